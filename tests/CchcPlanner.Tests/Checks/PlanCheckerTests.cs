using System.Text.Json;
using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

public sealed class PlanCheckerTests
{
    [Fact]
    public void Check_CleanPlan_FindsNothing()
    {
        Assert.Empty(CheckPlans.Check(CheckPlans.Clean(), new CheckContext { Catalogue = CheckPlans.Catalogue() }));
    }

    [Fact]
    public void Check_SamePlanTwice_GivesTheSameFindingsInTheSameOrder()
    {
        var plan = Defective();

        Assert.Equal(CheckPlans.Check(plan), CheckPlans.Check(plan));
    }

    [Fact]
    public void Check_FindingsInSeveralParts_AreOrderedAsTheDocumentPrintsThem()
    {
        var subjects = CheckPlans.Check(Defective()).Select(f => f.Subject).ToList();

        // KPIs and tasks are printed after the paragraphs of their own section, before the reporting section.
        Assert.Equal(
            ["header.number", "header.issuedOn", "title", "legalBases[0]", "sections[0].children[0]", "kpis[0]", "tasks[1]", "tasks[1]", "reportingDeadlines[0]", "recipients", "signature"],
            subjects);
    }

    [Fact]
    public void Check_TwoFindingsInOneText_ListsThemInTextOrder()
    {
        var plan = CheckPlans.WithText("Thực hiện chủ đề năm 2022 theo Kế hoạch số 12/QĐ-UBND ngày 05/01/2023 của Ủy ban nhân dân Quận 1.");

        var findings = CheckPlans.Check(plan);

        Assert.Equal([CheckCodes.StaleYear, CheckCodes.CitationTypeMismatch], findings.Select(f => f.Code));
    }

    [Fact]
    public void CheckCatalogue_EveryCode_HasOneVietnameseTitleAndExplanation()
    {
        var codes = typeof(CheckCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), CheckCatalogue.All.Select(c => c.Code).Order(StringComparer.Ordinal));
        Assert.All(CheckCatalogue.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Title) || string.IsNullOrWhiteSpace(c.Explanation)));
        Assert.Equal("Loại văn bản không khớp ký hiệu", CheckCatalogue.Get(CheckCodes.CitationTypeMismatch).Title);
    }

    [Fact]
    public void WithFindings_Plan_WritesFindingsIntoTheJson()
    {
        var plan = PlanChecker.WithFindings(CheckPlans.Clean() with { Recipients = [] });

        var json = JsonSerializer.Serialize(plan, PlanJson.Options);

        Assert.Contains("\"code\": \"missing-file-copy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", json, StringComparison.Ordinal);
        Assert.Contains("\"subject\": \"recipients\"", json, StringComparison.Ordinal);
        Assert.Contains("Lưu: VT", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tasks[12]", "nhiệm vụ thứ 13")]
    [InlineData("sections[1].children[3]", "mục II, đoạn 4")]
    [InlineData("legalBases[0]", "căn cứ thứ 1")]
    [InlineData("header.number", "số văn bản")]
    [InlineData("recipients", "nơi nhận")]
    public void Describe_Subject_NamesThePlaceForAReader(string subject, string expected)
    {
        Assert.Equal(expected, Subjects.Describe(subject));
    }

    /// <summary>One defect in each part, listed here in another order than the document's.</summary>
    private static PlanJson Defective()
    {
        var plan = CheckPlans.Clean();
        return CheckPlans.WithTask(plan, 1, t => t with { LeadUnit = null, Timeline = "unspecified" }) with
        {
            Status = "issued",
            Signature = new("KT.", "HIỆU TRƯỞNG", "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"),
            Recipients = [new("Phòng Nội vụ Q1", null)],
            ReportingDeadlines = [new("Báo cáo quý I", "quarter1", new DateOnly(2022, 3, 1), "Phòng Nội vụ Quận 1")],
            Kpis = [new("Nhà trường sử dụng hệ thống thư điện tử công vụ", "none", null, null, null)],
            Number = null,
            IssuedOn = null,
            Title = "Thực hiện công tác cải cách hành chính năm 2022",
            LegalBases = [new("Căn cứ", "Kế hoạch số 406/QĐ-UBND ngày 29/12/2022 của Ủy ban nhân dân Quận 1", null)],
            Sections = [new("MỤC TIÊU", "objectives", [new("bullet", "Thực hiện Quyết định số 12/QĐ-UBND ngày   tháng 3 năm 2023.")]), .. plan.Sections.Skip(1)],
        };
    }
}
