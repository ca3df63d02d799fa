using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Tests.Common;
using CchcPlanner.Tests.Data.Demo;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Plans.Creation;

public sealed class PlanTemplatesTests
{
    public static TheoryData<PlanKind> Kinds => [PlanKind.AnnualCchc, PlanKind.CchcCommunication, PlanKind.TthcControl];

    [Fact]
    public void Create_AnnualPlan_HasTheSixSectionsOfAnAnnualPlanInOrder()
    {
        var plan = Create(PlanKind.AnnualCchc);

        Assert.Equal(
            ["MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU", "NHIỆM VỤ TRỌNG TÂM", "CHẾ ĐỘ BÁO CÁO", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"],
            plan.Sections.Select(s => s.Heading));
        Assert.Equal(
            [SectionKind.Objectives, SectionKind.Kpis, SectionKind.Tasks, SectionKind.Reporting, SectionKind.Budget, SectionKind.Responsibilities],
            plan.Sections.Select(s => s.Kind));
        Assert.Equal(["Mục đích", "Yêu cầu"], plan.Sections[0].Items.Where(i => i.Style == ItemStyle.Heading).Select(i => i.Text));
    }

    [Fact]
    public void Create_AnnualPlan_HasTasksInEachOfTheSixAreasPlusDirectionCommunicationAndSurvey()
    {
        var areas = Create(PlanKind.AnnualCchc).Tasks.Select(t => t.Area).Distinct().ToList();

        Assert.Equal(Enum.GetValues<ReformArea>().Where(a => a != ReformArea.Other), areas.Order());
        Assert.Equal(ReformArea.Direction, areas[0]);
    }

    [Fact]
    public void Create_AnnualPlan_HasTheUsualMeasurableKpis()
    {
        var kpis = Create(PlanKind.AnnualCchc).Kpis;

        Assert.Contains(kpis, k => k.Text == "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%." && k.Comparator == Comparator.Exactly && k.Target == 100);
        Assert.Contains(kpis, k => k.Text.StartsWith("Mức độ hài lòng của người dân, tổ chức", StringComparison.Ordinal) && k.Comparator == Comparator.AtLeast && k.Target == 90);
        Assert.Contains(kpis, k => k.Text.StartsWith("Tỷ lệ văn bản trao đổi", StringComparison.Ordinal) && k.Text.Contains("môi trường điện tử đạt từ 90% trở lên", StringComparison.Ordinal));
        Assert.Contains(kpis, k => k.Text == "Tỷ lệ cán bộ, giáo viên, nhân viên được bồi dưỡng, cập nhật kiến thức về cải cách hành chính đạt 100%.");
    }

    [Fact]
    public void Create_CommunicationPlan_HasAudienceContentFormsAndOnlyCommunicationTasks()
    {
        var plan = Create(PlanKind.CchcCommunication);

        Assert.Equal(
            ["MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU", "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "NHIỆM VỤ, SẢN PHẨM", "CHẾ ĐỘ BÁO CÁO", "TỔ CHỨC THỰC HIỆN"],
            plan.Sections.Select(s => s.Heading));
        Assert.Equal(
            ["Đối tượng tuyên truyền", "Nội dung tuyên truyền", "Hình thức tuyên truyền"],
            plan.Sections[2].Items.Where(i => i.Style == ItemStyle.Heading).Select(i => i.Text));
        Assert.All(plan.Tasks, t => Assert.Equal(ReformArea.Communication, t.Area));
        Assert.Equal(["76/NQ-CP", "23/CT-TTg"], plan.LegalBases.Select(b => b.LegalDocument!.Symbol));
    }

    [Fact]
    public void Create_TthcControlPlan_CoversReviewPublicationFeedbackDigitisationAndReporting()
    {
        var plan = Create(PlanKind.TthcControl);
        var tasks = plan.Tasks.Select(t => t.Content).ToList();

        Assert.Contains(tasks, t => t.StartsWith("Rà soát, đánh giá thủ tục hành chính", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Contains("quyết định công bố thủ tục hành chính", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("Niêm yết, công khai", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.Contains("phản ánh, kiến nghị", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("Số hóa hồ sơ, kết quả giải quyết", StringComparison.Ordinal));
        Assert.Contains(tasks, t => t.StartsWith("Báo cáo định kỳ", StringComparison.Ordinal));
        Assert.Equal(
            ["63/2010/NĐ-CP", "92/2017/NĐ-CP", "20/2008/NĐ-CP", "61/2018/NĐ-CP", "107/2021/NĐ-CP", "01/2018/TT-VPCP", "45/2020/NĐ-CP"],
            plan.LegalBases.Select(b => b.LegalDocument!.Symbol));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_TitleLeadInAndClosingNameTheYearAndTheUnit(PlanKind kind)
    {
        var plan = Create(kind, year: 2025);

        var expected = kind switch
        {
            PlanKind.AnnualCchc => "Thực hiện công tác cải cách hành chính năm 2025",
            PlanKind.CchcCommunication => "Tuyên truyền cải cách hành chính năm 2025",
            _ => "Kiểm soát thủ tục hành chính năm 2025",
        };
        Assert.Equal(expected, plan.Title);
        Assert.Contains("Trường mầm non Tuổi Hồng xây dựng Kế hoạch", plan.LeadIn, StringComparison.Ordinal);
        Assert.EndsWith("năm 2025 như sau:", plan.LeadIn, StringComparison.Ordinal);
        Assert.Contains("năm 2025 của Trường mầm non Tuổi Hồng", plan.Closing, StringComparison.Ordinal);
        Assert.EndsWith("./.", plan.Closing, StringComparison.Ordinal);
        Assert.Equal((kind, 2025, PlanStatus.Draft, "      /KH-MNTH", "Quận 1"), (plan.Kind, plan.Year, plan.Status, plan.NumberAndSymbol, plan.Place));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_CitesItsSymbolsFromTheCatalogueAsBasedOn(PlanKind kind)
    {
        var plan = Create(kind);

        Assert.Equal(PlanTemplates.LegalBasisSymbols(kind), plan.LegalBases.Select(b => b.LegalDocument?.Symbol));
        Assert.All(plan.LegalBases, b => Assert.Equal(LegalBasisVerb.BasedOn, b.Verb));
        Assert.Equal(["76/NQ-CP", "23/CT-TTg", "61/2018/NĐ-CP", "107/2021/NĐ-CP"], PlanTemplates.LegalBasisSymbols(PlanKind.AnnualCchc));
    }

    [Fact]
    public void LegalBasisSymbols_EveryTemplate_AreAllInTheNationalCatalogue()
    {
        var national = NationalCatalogue.Create().Select(d => d.Symbol).ToHashSet();

        Assert.All(PlanTemplates.Kinds.SelectMany(PlanTemplates.LegalBasisSymbols), symbol => Assert.Contains(symbol, national));
        Assert.Equal([PlanKind.AnnualCchc, PlanKind.CchcCommunication, PlanKind.TthcControl], PlanTemplates.Kinds);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_EveryKpiHasAMeasurableTarget(PlanKind kind)
    {
        var kpis = Create(kind).Kpis;

        Assert.InRange(kpis.Count, 4, 10);
        Assert.All(kpis, k =>
        {
            Assert.NotEqual(Comparator.None, k.Comparator);
            Assert.NotNull(k.Target);
            Assert.NotNull(k.Unit);
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_EveryTaskHasALeadATimelineInTheYearAndAProduct(PlanKind kind)
    {
        var units = CreationTestData.Units();
        foreach (var unit in new[] { units.TuoiHong, units.District1, units.Ministry })
        {
            var tasks = PlanTemplates.Create(kind, unit, 2026, CreationTestData.Catalogue()).Tasks;

            Assert.InRange(tasks.Count, 5, 25);
            Assert.All(tasks, t =>
            {
                Assert.False(string.IsNullOrWhiteSpace(t.LeadUnit));
                Assert.False(string.IsNullOrWhiteSpace(t.Product));
                Assert.NotEqual(t.LeadUnit, t.CoordinatingUnits);
                Assert.DoesNotContain("Đề nghị", t.CoordinatingUnits ?? string.Empty, StringComparison.Ordinal);
                Assert.Contains(t.Timeline.Kind, new[] { TimelineKind.Ongoing, TimelineKind.Quarter });
                Assert.True(t.Timeline.Kind == TimelineKind.Ongoing || t.Timeline.Year == 2026);
            });
            Assert.Contains(tasks, t => t.Timeline.Kind == TimelineKind.Ongoing);
            Assert.Contains(tasks, t => t.Timeline.Kind == TimelineKind.Quarter);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_ReportsQuarterHalfNineMonthsAndYearToTheParentWithinTheYear(PlanKind kind)
    {
        var deadlines = Create(kind, year: 2025).ReportingDeadlines;

        Assert.Equal(
            [new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 1), new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 1)],
            deadlines.Select(d => d.DueOn));
        Assert.Equal(
            [ReportingPeriod.Quarter1, ReportingPeriod.FirstHalf, ReportingPeriod.NineMonths, ReportingPeriod.Year],
            deadlines.Select(d => d.Period));
        Assert.Equal(["Báo cáo quý I", "Báo cáo 6 tháng", "Báo cáo 9 tháng", "Báo cáo năm"], deadlines.Select(d => d.Name));
        Assert.All(deadlines, d => Assert.Equal("Ủy ban nhân dân Quận 1", d.ReceivingUnit));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_SendsToTheParentForReportAndKeepsAFileCopy(PlanKind kind)
    {
        var recipients = Create(kind).Recipients;

        Assert.Equal([("Ủy ban nhân dân Quận 1", "để b/c"), ("Lưu: VT", null)], recipients.Select(r => (r.Name, r.Purpose)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EachKind_TextIsCleanNfcAndPassesTheEditorsChecks(PlanKind kind)
    {
        var plan = Create(kind);

        PlanTexts.AssertClean(plan);
        Assert.Empty(DraftValidator.Validate(PlanDrafts.From(plan)));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void Create_School_SignedByTheHeadsTitleWithoutPrefix()
    {
        var units = CreationTestData.Units();

        var signature = PlanTemplates.Create(PlanKind.AnnualCchc, units.TuoiHong, 2025, CreationTestData.Catalogue(), "Vũ Thị Ngọc Bắc").Signature;

        Assert.Equal(new SignatureBlock(SignaturePrefix.None, null, "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"), signature);
    }

    [Fact]
    public void Create_PeoplesCommittee_SignedOnBehalfOfTheCommitteeByItsChairman()
    {
        var units = CreationTestData.Units();

        var plan = PlanTemplates.Create(PlanKind.AnnualCchc, units.District1, 2025, CreationTestData.Catalogue());

        Assert.Equal("TM. ỦY BAN NHÂN DÂN", plan.Signature?.AuthorityLine);
        Assert.Equal("CHỦ TỊCH", plan.Signature?.Title);
        Assert.Equal(PlanTemplates.UnknownSigner, plan.Signature?.SignerName);
        Assert.Contains(plan.Tasks, t => t.LeadUnit == "Phòng Nội vụ");
        Assert.All(plan.ReportingDeadlines, d => Assert.Equal("Ủy ban nhân dân Thành phố Hồ Chí Minh", d.ReceivingUnit));
    }

    [Fact]
    public void Create_UnitAtTheTop_ReportsToTheBodyAboveByNameAndSendsNoCopyUp()
    {
        var ministry = CreationTestData.Units().Ministry;

        var plan = PlanTemplates.Create(PlanKind.TthcControl, ministry, 2025, CreationTestData.Catalogue());

        Assert.All(plan.ReportingDeadlines, d => Assert.Equal("cơ quan cấp trên", d.ReceivingUnit));
        Assert.Equal(["Lưu: VT"], plan.Recipients.Select(r => r.Name));
        Assert.Equal("BỘ TRƯỞNG", plan.Signature?.Title);
    }

    [Fact]
    public void Create_DocumentReplacedInTheCatalogue_CitesItsReplacement()
    {
        var catalogue = CreationTestData.Catalogue();
        var replacement = Persisted.WithId(
            new LegalDocument(LegalDocumentType.Decree, "118/2025/NĐ-CP", new DateOnly(2025, 6, 9), "Chính phủ", "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"),
            500);
        catalogue.Add(replacement);
        catalogue.Single(d => d.Symbol == "61/2018/NĐ-CP").MarkReplacedBy(replacement);
        catalogue.Single(d => d.Symbol == "107/2021/NĐ-CP").MarkReplacedBy(replacement);

        var plan = PlanTemplates.Create(PlanKind.AnnualCchc, CreationTestData.Units().TuoiHong, 2026, catalogue);

        Assert.Equal(["76/NQ-CP", "23/CT-TTg", "118/2025/NĐ-CP"], plan.LegalBases.Select(b => b.LegalDocument!.Symbol));
    }

    [Fact]
    public void Create_DocumentMissingFromTheCatalogue_IsLeftOut()
    {
        var catalogue = CreationTestData.Catalogue().Where(d => d.Symbol != "23/CT-TTg");

        var plan = PlanTemplates.Create(PlanKind.CchcCommunication, CreationTestData.Units().TuoiHong, 2025, catalogue);

        Assert.Equal(["76/NQ-CP"], plan.LegalBases.Select(b => b.LegalDocument!.Symbol));
    }

    [Fact]
    public void Create_KindWithoutTemplate_IsRefusedInVietnamese()
    {
        var error = Assert.Throws<DomainRuleException>(() => Create(PlanKind.Other));

        Assert.Equal("Chưa có mẫu cho loại kế hoạch này.", error.Message);
        Assert.False(PlanTemplates.Has(PlanKind.Other));
    }

    [Fact]
    public void Create_YearOutOfRange_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => Create(PlanKind.AnnualCchc, year: 1999));
    }

    private static Plan Create(PlanKind kind, int year = 2025) =>
        PlanTemplates.Create(kind, CreationTestData.Units().TuoiHong, year, CreationTestData.Catalogue());
}
