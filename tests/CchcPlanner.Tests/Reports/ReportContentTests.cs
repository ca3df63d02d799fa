using CchcPlanner.Common;
using CchcPlanner.Documents;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Reports;
using CchcPlanner.Tests.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Reports;

/// <summary>What a report on a plan says: the KPI table with targets, results and attainment, tasks done and pending, frozen.</summary>
public sealed class ReportContentTests
{
    private static readonly DateTimeOffset At = new(2025, 4, 3, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Build_Quarter_JudgesEachKpiByTheAttainmentRule()
    {
        var plan = IssuedPlan();

        var content = ReportContentBuilder.Build(plan, ReportingPeriod.Quarter1);

        Assert.Equal(
            [("≥ 99%", 99.5m, Attainment.Met), ("100%", 97.5m, Attainment.AtRisk), ("≤ 5%", null, Attainment.NoResult), ("—", null, Attainment.NoTarget)],
            content.Kpis.Select(k => (k.Target, k.Value, k.Attainment)));
        Assert.Equal([1, 2, 3, 4], content.Kpis.Select(k => k.Number));
        Assert.Equal("Hồ sơ trễ do thiếu thành phần", content.Kpis[1].Note);
        Assert.Equal(("01/KH-MNTH", new DateOnly(2025, 1, 6), ReportingPeriod.Quarter1, new DateOnly(2025, 3, 31)),
            (content.PlanNumberAndSymbol, content.PlanIssuedOn, content.Period, content.AsOf));
    }

    [Fact]
    public void Build_FinalPeriod_CountsAMissAsNotMet()
    {
        var plan = IssuedPlan();
        plan.RecordKpiResult(plan.Kpis[1], ReportingPeriod.Quarter4, 98m, null, "Nguyễn Văn A", At);

        var content = ReportContentBuilder.Build(plan, ReportingPeriod.Quarter4);

        Assert.Equal(Attainment.NotMet, content.Kpis[1].Attainment);
        Assert.Equal(Attainment.NoResult, content.Kpis[0].Attainment);
    }

    [Fact]
    public void Build_Tasks_TakeTheirStatusAtThePeriodsEndFromTheLastProgressNoteByThen()
    {
        var plan = IssuedPlan();

        var content = ReportContentBuilder.Build(plan, ReportingPeriod.Quarter1);

        Assert.Equal(
            [(PlanTaskStatus.Done, "Đã ban hành Quyết định kiện toàn"), (PlanTaskStatus.InProgress, "Đã rà soát 3/5 quy trình"), (PlanTaskStatus.NotStarted, null)],
            content.Tasks.Select(t => (t.Status, t.LastNote)));
        Assert.Equal(60, content.Tasks[1].PercentComplete);
        Assert.Equal(["Kiện toàn Ban chỉ đạo CCHC"], content.DoneTasks.Select(t => t.Content));
        Assert.Equal(2, content.PendingTasks.Count());

        var half = ReportContentBuilder.Build(plan, ReportingPeriod.FirstHalf);
        Assert.Equal((PlanTaskStatus.Done, 100), (half.Tasks[1].Status, half.Tasks[1].PercentComplete));
    }

    [Theory]
    [InlineData(ReportingPeriod.Quarter1, "quý I năm 2025", 3, 31)]
    [InlineData(ReportingPeriod.Quarter2, "quý II năm 2025", 6, 30)]
    [InlineData(ReportingPeriod.Quarter3, "quý III năm 2025", 9, 30)]
    [InlineData(ReportingPeriod.Quarter4, "quý IV năm 2025", 12, 31)]
    [InlineData(ReportingPeriod.FirstHalf, "6 tháng đầu năm 2025", 6, 30)]
    [InlineData(ReportingPeriod.NineMonths, "9 tháng năm 2025", 9, 30)]
    [InlineData(ReportingPeriod.Year, "năm 2025", 12, 31)]
    public void Period_IsNamedAndEndsAsReportsSay(ReportingPeriod period, string phrase, int month, int day)
    {
        Assert.Equal(phrase, ReportContentBuilder.PeriodPhrase(period, 2025));
        Assert.Equal(new DateOnly(2025, month, day), ReportContentBuilder.EndOf(period, 2025));
    }

    [Fact]
    public void Template_MakesADraftReportOfThePlansUnitWithNarrativeSections()
    {
        var plan = IssuedPlan();

        var report = ReportTemplate.Create(plan, ReportingPeriod.Quarter1);

        Assert.Equal((PlanKind.Report, PlanStatus.Draft, "BC-MNTH", 2025), (report.Kind, report.Status, report.Symbol, report.Year));
        Assert.Equal("Kết quả thực hiện công tác cải cách hành chính quý I năm 2025", report.Title);
        Assert.Equal((plan.Id, ReportingPeriod.Quarter1), (report.ReportOnPlanId, report.ReportPeriod));
        Assert.Equal(
            [SectionKind.Kpis, SectionKind.Tasks, SectionKind.Free, SectionKind.Free, SectionKind.Free],
            report.Sections.Select(s => s.Kind));
        Assert.Equal("PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2025", report.Sections[3].Heading);
        Assert.StartsWith("Thực hiện Kế hoạch số 01/KH-MNTH ngày 06/01/2025 của Trường mầm non Tuổi Hồng", report.LeadIn, StringComparison.Ordinal);
        Assert.Equal("Đạt 1/3 chỉ tiêu có mục tiêu định lượng; hoàn thành 1/3 nhiệm vụ của Kế hoạch.", report.Sections[2].Items[1].Text);
        Assert.Equal(["Phòng Giáo dục và Đào tạo Quận 1", "Lưu: VT"], report.Recipients.Select(r => r.Name));
        Assert.Equal("Trần Thị B", report.Signature!.SignerName);
    }

    [Fact]
    public void Document_IsABaoCaoWithTheKpiTableAndTheTasksDoneAndPending()
    {
        var report = ReportTemplate.Create(IssuedPlan(), ReportingPeriod.Quarter1);

        var document = PlanDocumentBuilder.Build(report);

        Assert.Equal(("BÁO CÁO", "Kết quả thực hiện công tác cải cách hành chính quý I năm 2025"), (document.TypeName, document.Summary));
        Assert.Equal("Số:       /BC-MNTH", document.Header.NumberLine);
        Assert.Null(document.Annex);
        var tables = document.Body.Where(b => b.Style == BlockStyle.Table).Select(b => b.Table!).ToList();
        Assert.Equal(3, tables.Count);
        Assert.All(tables, t => Assert.Equal(100, t.Widths.Sum()));
        Assert.Equal(["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá", "Ghi chú"], tables[0].Columns);
        Assert.Equal(
            [["I", "Về giải quyết hồ sơ"], ["1", "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên", "≥ 99%", "99,5%", "Đạt", ""],
             ["2", "Tỷ lệ hồ sơ trực tuyến đạt 100%", "100%", "97,5%", "Có nguy cơ không đạt", "Hồ sơ trễ do thiếu thành phần"],
             ["3", "Tỷ lệ hồ sơ trễ hạn không quá 5%", "≤ 5%", "—", "Chưa có số liệu", ""]],
            tables[0].Rows.Take(4).Select(r => r.Cells.ToArray()));
        Assert.Equal(["1", "Kiện toàn Ban chỉ đạo CCHC", "Ban giám hiệu", "Quý I/2025", "Đã ban hành Quyết định kiện toàn"], tables[1].Rows.Single().Cells);
        // No pending task names a lead unit or a timeline: those columns are left out and the content takes their width.
        Assert.Equal(["TT", "Nhiệm vụ", "Tình hình thực hiện"], tables[2].Columns);
        Assert.Equal([7, 69, 24], tables[2].Widths);
        Assert.Equal(["2", "Rà soát quy trình nội bộ", "Đang thực hiện (60%): Đã rà soát 3/5 quy trình"], tables[2].Rows[0].Cells);
        Assert.Equal("Chưa thực hiện", tables[2].Rows[1].Cells[2]);
        var texts = document.Body.Select(b => b.Text).ToList();
        Assert.Contains("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", texts);
        Assert.Contains("Kế hoạch đề ra 4 chỉ tiêu; kết quả quý I năm 2025: đạt 1, có nguy cơ không đạt 1, chưa có số liệu 1, không có mục tiêu định lượng 1.", texts);
        Assert.Contains("Kế hoạch có 3 nhiệm vụ; đến ngày 31/03/2025: đã hoàn thành 1, đang thực hiện 1, chưa thực hiện 1.", texts);
        Assert.Equal(["1. Nhiệm vụ đã hoàn thành", "2. Nhiệm vụ chưa hoàn thành"], document.Body.Where(b => b.Style == BlockStyle.SubHeading).Take(2).Select(b => b.Text));
    }

    [Fact]
    public void Report_IsFrozen_LaterResultsChangeItOnlyWhenFrozenAgain()
    {
        var plan = IssuedPlan();
        var report = ReportTemplate.Create(plan, ReportingPeriod.Quarter1);

        plan.RecordKpiResult(plan.Kpis[2], ReportingPeriod.Quarter1, 4m, null, "Nguyễn Văn A", At);

        Assert.Equal(Attainment.NoResult, report.Report!.Kpis[2].Attainment);
        var version = report.Version;
        report.FreezeReport(ReportContentBuilder.Build(plan, ReportingPeriod.Quarter1));
        Assert.Equal((4m, Attainment.Met), (report.Report!.Kpis[2].Value, report.Report.Kpis[2].Attainment));
        Assert.NotEqual(version, report.Version);

        report.Submit();
        Assert.Throws<DomainRuleException>(() => report.FreezeReport(ReportContentBuilder.Build(plan, ReportingPeriod.Quarter1)));
    }

    [Fact]
    public void Preview_OfTheEditorsDraft_PrintsTheSameTables()
    {
        var report = ReportTemplate.Create(IssuedPlan(), ReportingPeriod.Quarter1);
        var draft = PlanDrafts.From(report);
        draft.Sections[4].Items[0].Text = "Đề nghị Phòng Giáo dục và Đào tạo tổ chức tập huấn.";

        var preview = DraftDocument.Build(draft, report.Unit);

        var saved = PlanDocumentBuilder.Build(report);
        Assert.Equal(saved.Body.Where(b => b.Table is not null).SelectMany(b => b.Table!.Rows).SelectMany(r => r.Cells),
            preview.Body.Where(b => b.Table is not null).SelectMany(b => b.Table!.Rows).SelectMany(r => r.Cells));
        Assert.Contains(preview.Body, b => b.Text == "- Đề nghị Phòng Giáo dục và Đào tạo tổ chức tập huấn.");
        Assert.Equal("BÁO CÁO", preview.TypeName);
    }

    [Fact]
    public void Kind_CannotTurnAPlanIntoAReportOrBack()
    {
        var plan = IssuedPlan();
        var report = ReportTemplate.Create(plan, ReportingPeriod.Quarter1);

        Assert.Throws<DomainRuleException>(() => report.ChangeHeader(PlanKind.AnnualCchc, 2025, report.Title, report.Place, null));
        var draft = new Plan(plan.Unit, PlanKind.AnnualCchc, 2025, "Kế hoạch");
        Assert.Throws<DomainRuleException>(() => draft.ChangeHeader(PlanKind.Report, 2025, draft.Title, draft.Place, null));
    }

    [Fact]
    public void Copy_OfAReport_IsRefused()
    {
        var report = ReportTemplate.Create(IssuedPlan(), ReportingPeriod.Quarter1);

        Assert.Throws<DomainRuleException>(() => PlanCopier.Duplicate(report));
        Assert.Throws<DomainRuleException>(() => PlanCopier.ToYear(report, 2026));
    }

    /// <summary>An issued plan of a kindergarten with four KPIs (one without a target), three tasks and Quý I results.</summary>
    internal static Plan IssuedPlan()
    {
        var district = Persisted.WithId(new Unit("Ủy ban nhân dân Quận 1", "UBND", "Quận 1", "Chủ tịch", UnitCategory.PeoplesCommittee), 4);
        var school = Persisted.WithId(new Unit("Trường mầm non Tuổi Hồng", "MNTH", "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten, district), 9);
        var plan = Persisted.WithId(new Plan(school, PlanKind.AnnualCchc, 2025, "Thực hiện công tác cải cách hành chính năm 2025"), 31);
        var onTime = plan.AddKpi("Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên", Comparator.AtLeast, 99, "%", "Về giải quyết hồ sơ");
        var online = plan.AddKpi("Tỷ lệ hồ sơ trực tuyến đạt 100%", Comparator.Exactly, 100, "%", "Về giải quyết hồ sơ");
        plan.AddKpi("Tỷ lệ hồ sơ trễ hạn không quá 5%", Comparator.AtMost, 5, "%", "Về giải quyết hồ sơ");
        plan.AddKpi("Nâng cao chất lượng phục vụ phụ huynh", Comparator.None, null, null);
        var steering = plan.AddTask(ReformArea.Direction, "Kiện toàn Ban chỉ đạo CCHC");
        plan.AssignTask(steering, "Ban giám hiệu", null, TaskTimeline.InQuarter(1, 2025), "Quyết định");
        var review = plan.AddTask(ReformArea.AdministrativeProcedures, "Rà soát quy trình nội bộ");
        plan.AddTask(ReformArea.DigitalGovernment, "Số hóa hồ sơ trẻ");
        plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(2025, 3, 15), "Phòng Giáo dục và Đào tạo Quận 1");
        plan.AddRecipient("Phòng Nội vụ Quận 1");
        plan.Sign(new SignatureBlock(SignaturePrefix.None, null, "Hiệu trưởng", "Trần Thị B"));
        plan.Submit();
        plan.Approve();
        plan.Issue(1, new DateOnly(2025, 1, 6));
        plan.RecordKpiResult(onTime, ReportingPeriod.Quarter1, 99.5m, null, "Nguyễn Văn A", At);
        plan.RecordKpiResult(online, ReportingPeriod.Quarter1, 97.5m, "Hồ sơ trễ do thiếu thành phần", "Nguyễn Văn A", At);
        plan.RecordTaskProgress(steering, new DateOnly(2025, 2, 10), PlanTaskStatus.Done, "Đã ban hành Quyết định kiện toàn", 100, "Nguyễn Văn A");
        plan.RecordTaskProgress(review, new DateOnly(2025, 3, 20), PlanTaskStatus.InProgress, "Đã rà soát 3/5 quy trình", 60, "Nguyễn Văn A");
        plan.RecordTaskProgress(review, new DateOnly(2025, 5, 20), PlanTaskStatus.Done, "Đã rà soát xong", 100, "Nguyễn Văn A");
        return plan;
    }
}
