using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Tests.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Plans.Creation;

public sealed class PlanCopierTests
{
    [Fact]
    public void ToYear_Kindergarten2023To2024_IsAnUnnumberedDraftTitledFor2024()
    {
        var copy = CopyKindergartenTo2024().Plan;

        Assert.Equal("Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2024", copy.Title);
        Assert.Equal((2024, PlanStatus.Draft, (int?)null, (DateOnly?)null), (copy.Year, copy.Status, copy.Number, copy.IssuedOn));
        Assert.Equal("      /KH-MNTH", copy.NumberAndSymbol);
        Assert.Equal((PlanKind.AnnualCchc, "Quận 1", false), (copy.Kind, copy.Place, copy.TasksInAnnex));
        Assert.Null(copy.ParentPlan);
    }

    [Fact]
    public void ToYear_Kindergarten2023_CopiesEveryPartInOrder()
    {
        var source = Kindergarten2023();

        var copy = PlanCopier.ToYear(source, 2024).Plan;

        Assert.Equal(source.LegalBases.Select(b => (b.Verb, b.LegalDocument)), copy.LegalBases.Select(b => (b.Verb, b.LegalDocument)));
        Assert.Equal(source.Sections.Select(s => (s.Kind, s.Heading)), copy.Sections.Select(s => (s.Kind, s.Heading)));
        Assert.Equal(source.Sections.SelectMany(s => s.Items).Select(i => (i.Style, i.Text)), copy.Sections.SelectMany(s => s.Items).Select(i => (i.Style, i.Text)));
        Assert.Equal(source.Kpis.Select(k => (k.Comparator, k.Target, k.Unit, k.Group, k.AssignedTo)), copy.Kpis.Select(k => (k.Comparator, k.Target, k.Unit, k.Group, k.AssignedTo)));
        Assert.Equal(
            source.Tasks.Select(t => (t.Area, t.Group, t.Content, t.Details, t.LeadUnit, t.CoordinatingUnits, t.Timeline, t.Product)),
            copy.Tasks.Select(t => (t.Area, t.Group, t.Content, t.Details, t.LeadUnit, t.CoordinatingUnits, t.Timeline, t.Product)));
        Assert.Equal(source.ReportingDeadlines.Count, copy.ReportingDeadlines.Count);
        Assert.Equal(source.Responsibilities.Select(r => (r.Party, r.Duties)), copy.Responsibilities.Select(r => (r.Party, r.Duties)));
        Assert.Equal(source.Recipients.Select(r => (r.Name, r.Purpose)), copy.Recipients.Select(r => (r.Name, r.Purpose)));
        Assert.Equal(source.Signature, copy.Signature);
        Assert.True(copy.PositionsAreContiguous);
    }

    [Fact]
    public void ToYear_Kindergarten2023_MovesTheYearInLeadInAndClosingButNotInCitedSymbols()
    {
        var copy = CopyKindergartenTo2024().Plan;

        Assert.Contains("cải cách hành chính năm 2024 gắn với", copy.LeadIn, StringComparison.Ordinal);
        Assert.DoesNotContain("2023", copy.LeadIn, StringComparison.Ordinal);
        Assert.StartsWith("Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm 2024 của Trường mầm non Tuổi Hồng", copy.Closing, StringComparison.Ordinal);
        Assert.Contains(copy.Tasks, t => t.Content.Contains("Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020", StringComparison.Ordinal));
        Assert.Contains(copy.Kpis, k => k.Text.Contains("Quyết định số 41/2011/QĐ-UBND ngày 17 tháng 6 năm 2011", StringComparison.Ordinal));
    }

    [Fact]
    public void ToYear_PlanWithResultsAndProgress_CopiesNeitherAndStartsTasksAfresh()
    {
        var source = Kindergarten2023();
        source.RecordKpiResult(source.Kpis[0], ReportingPeriod.Quarter1, 100, null, "Nguyễn Thị Thu Hà", DateTimeOffset.UnixEpoch);
        source.RecordTaskProgress(source.Tasks[0], new DateOnly(2023, 3, 1), PlanTaskStatus.Done, "Đã kiện toàn", 100, "Nguyễn Thị Thu Hà");

        var copy = PlanCopier.ToYear(source, 2024).Plan;

        Assert.All(copy.Kpis, k => Assert.Empty(k.Results));
        Assert.All(copy.Tasks, t => Assert.Empty(t.Progress));
        Assert.All(copy.Tasks, t => Assert.Equal(PlanTaskStatus.NotStarted, t.Status));
    }

    [Fact]
    public void ToYear_Kindergarten2023_ShiftsReportingDeadlinesIntoTheNewYear()
    {
        var copy = CopyKindergartenTo2024().Plan;

        Assert.Equal(
            [new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1), new DateOnly(2024, 12, 1)],
            copy.ReportingDeadlines.Select(d => d.DueOn));
    }

    [Fact]
    public void ToYear_Kindergarten2023_ListsTheDistrictPlanOf2023AndLastYearsThemeToReRead()
    {
        var reRead = CopyKindergartenTo2024().ReRead;

        var basis = Assert.Single(reRead, r => r.Place == "Căn cứ pháp lý 1");
        Assert.Contains("406/KH-UBND", basis.Snippet, StringComparison.Ordinal);
        Assert.Contains(reRead, r => r.Place == "Phần I, mục 2" && r.Snippet.Contains("chủ đề năm 2023", StringComparison.Ordinal));
        Assert.Contains(reRead, r => r.Place == "Phần I, mục 1" && r.Snippet.Contains("Kế hoạch CCHC năm 2023", StringComparison.Ordinal));
        Assert.Contains(reRead, r => r.Place.StartsWith("Phần IV", StringComparison.Ordinal));
        Assert.Contains(reRead, r => r.Place == "Tổ chức thực hiện 1");
        Assert.DoesNotContain(reRead, r => r.Place is "Trích yếu" or "Lời mở đầu" or "Đoạn kết");
        Assert.DoesNotContain(reRead, r => r.Place.StartsWith("Chỉ tiêu", StringComparison.Ordinal));
        Assert.Equal(reRead.Count, reRead.Select(r => r.Place).Distinct().Count());
    }

    [Fact]
    public void ToYear_DatesAndQuarters_MoveByTheYearsBetweenAnd29FebruaryBecomes28()
    {
        var source = new Plan(CreationTestData.Units().BenNghe, PlanKind.AnnualCchc, 2024, "Thực hiện công tác cải cách hành chính năm 2024");
        AssignedTask(source, TaskTimeline.By(new DateOnly(2024, 2, 29)));
        AssignedTask(source, TaskTimeline.InQuarter(3, 2024));
        AssignedTask(source, TaskTimeline.Ongoing);
        source.AddReportingDeadline("Báo cáo tháng 2", ReportingPeriod.Quarter1, new DateOnly(2024, 2, 29), "Phòng Nội vụ Quận 1");

        var copy = PlanCopier.ToYear(source, 2026).Plan;

        Assert.Equal([TaskTimeline.By(new DateOnly(2026, 2, 28)), TaskTimeline.InQuarter(3, 2026), TaskTimeline.Ongoing], copy.Tasks.Select(t => t.Timeline));
        Assert.Equal(new DateOnly(2026, 2, 28), copy.ReportingDeadlines[0].DueOn);
        Assert.Equal("Thực hiện công tác cải cách hành chính năm 2026", copy.Title);
    }

    [Fact]
    public void ToYear_PlanFromTheTemplate_LeavesNothingToReRead()
    {
        var source = PlanTemplates.Create(PlanKind.AnnualCchc, CreationTestData.Units().TuoiHong, 2024, CreationTestData.Catalogue());

        var copy = PlanCopier.ToYear(source, 2025);

        Assert.Empty(copy.ReRead);
        Assert.Equal("Thực hiện công tác cải cách hành chính năm 2025", copy.Plan.Title);
        Assert.Contains("năm 2025 như sau:", copy.Plan.LeadIn, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYear_AssignmentsOfAParentPlan_AreKeptForTheUnitsBelow()
    {
        var units = CreationTestData.Units();
        var source = CreationTestData.District1Plan(units);

        var copy = PlanCopier.ToYear(source, 2025);

        Assert.Equal(source.Kpis.Select(k => k.AssignedTo), copy.Plan.Kpis.Select(k => k.AssignedTo));
        Assert.Equal(source.Tasks.Select(t => t.AssignedTo), copy.Plan.Tasks.Select(t => t.AssignedTo));
        Assert.Equal(source.BudgetLines.Select(l => (l.Content, l.Amount, l.FundingSource)), copy.Plan.BudgetLines.Select(l => (l.Content, l.Amount, l.FundingSource)));
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", copy.Plan.Signature?.AuthorityLine);
        Assert.Contains(copy.ReRead, r => r.Place == "Nhiệm vụ 1" && r.Snippet.Contains("năm 2024", StringComparison.Ordinal));
        Assert.Contains(copy.ReRead, r => r.Place == "Phần V, mục 1" && r.Snippet.Contains("ngân sách năm 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_SignedPlan_IsADraftOfTheSameYearTitledAsACopy()
    {
        var source = Kindergarten2023();

        var copy = PlanCopier.Duplicate(source);

        Assert.Equal("Bản sao - " + KindergartenPlan2023.Title, copy.Title);
        Assert.Equal((2023, PlanStatus.Draft, (int?)null, (DateOnly?)null), (copy.Year, copy.Status, copy.Number, copy.IssuedOn));
        Assert.Equal(source.LeadIn, copy.LeadIn);
        Assert.Equal(source.Closing, copy.Closing);
        Assert.Equal(source.Kpis.Select(k => k.Text), copy.Kpis.Select(k => k.Text));
        Assert.Equal(source.ReportingDeadlines.Select(d => d.DueOn), copy.ReportingDeadlines.Select(d => d.DueOn));
    }

    [Fact]
    public void Duplicate_PlanCarryingOutAParentPlan_StillCarriesItOut()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);
        var source = PlanTemplates.Create(PlanKind.AnnualCchc, units.TuoiHong, 2024, CreationTestData.Catalogue());
        source.Implement(parent);

        var copy = PlanCopier.Duplicate(source);

        Assert.Same(parent, copy.ParentPlan);
        Assert.Equal(parent.Id, copy.ParentPlanId);
    }

    private static PlanCopy CopyKindergartenTo2024() => PlanCopier.ToYear(Kindergarten2023(), 2024);

    private static Plan Kindergarten2023() =>
        Persisted.WithId(KindergartenPlan2023.Build(CreationTestData.Units().TuoiHong, CreationTestData.BySymbol(CreationTestData.Catalogue())), 16);

    private static void AssignedTask(Plan plan, TaskTimeline timeline)
    {
        var task = plan.AddTask(ReformArea.AdministrativeProcedures, "Rà soát thủ tục hành chính");
        plan.AssignTask(task, "Văn thư", null, timeline, "Báo cáo");
        plan.AssignTaskTo(task, UnitCategory.Kindergarten);
    }
}
