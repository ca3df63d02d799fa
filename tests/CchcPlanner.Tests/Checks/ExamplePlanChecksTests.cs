using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

/// <summary>The two real plans (entered whole in the demo data) and the defects they really contain.</summary>
public sealed class ExamplePlanChecksTests
{
    [Fact]
    public void ForPlan_Kindergarten_FindsEveryTaskWithoutLeadOrTimeline()
    {
        var plan = CheckPlans.Kindergarten();

        var findings = PlanChecks.ForPlan(plan, CheckPlans.Catalogue());

        Assert.Equal(plan.Tasks.Count, findings.Count(f => f.Code == CheckCodes.TaskWithoutLead));
        Assert.Equal(plan.Tasks.Count, findings.Count(f => f.Code == CheckCodes.TaskWithoutTimeline));
        Assert.Equal(
            Enumerable.Range(0, plan.Tasks.Count).Select(i => $"tasks[{i}]"),
            findings.Where(f => f.Code == CheckCodes.TaskWithoutLead).Select(f => f.Subject));
    }

    [Fact]
    public void ForPlan_Kindergarten_FindsTheEmailKpiWithoutTarget()
    {
        var finding = Assert.Single(PlanChecks.ForPlan(CheckPlans.Kindergarten()), f => f.Code == CheckCodes.KpiWithoutTarget);

        Assert.Equal("kpis[9]", finding.Subject);
        Assert.StartsWith("Nhà trường sử dụng hệ thống thư điện tử công vụ", finding.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void ForPlan_Kindergarten_FindsDecree106CitedWithTwoDatesAndNamesTheRightOne()
    {
        var plan = CheckPlans.Kindergarten();

        var finding = Assert.Single(PlanChecks.ForPlan(plan, CheckPlans.Catalogue()), f => f.Code == CheckCodes.CitationDateConflict);

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", finding.Quote);
        Assert.Contains("theo danh mục văn bản ngày ban hành là 10/9/2020", finding.Message, StringComparison.Ordinal);
        var index = int.Parse(finding.Subject["tasks[".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", plan.Tasks[index].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void ForPlan_KindergartenWithoutCatalogue_StillFindsTheTwoDates()
    {
        var finding = Assert.Single(PlanChecks.ForPlan(CheckPlans.Kindergarten()), f => f.Code == CheckCodes.CitationDateConflict);

        Assert.StartsWith("Nghị định số 106/2020/NĐ-CP được trích dẫn với hai ngày khác nhau: 15/9/2020", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020", finding.Quote);
    }

    [Fact]
    public void ForPlan_Kindergarten_HasNoOtherErrorsNorFalseStaleYears()
    {
        var findings = PlanChecks.ForPlan(CheckPlans.Kindergarten(), CheckPlans.Catalogue());

        Assert.Equal([CheckCodes.CitationDateConflict], findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Code));
        Assert.DoesNotContain(findings, f => f.Code is CheckCodes.StaleYear or CheckCodes.MissingFileCopy or CheckCodes.CitationTypeMismatch or CheckCodes.NonNfcText);
    }

    [Fact]
    public void ForPlan_NinhGiang_FindsDecision4707CitedAsAPlanWhereverItIsCited()
    {
        var findings = PlanChecks.ForPlan(CheckPlans.NinhGiang(), CheckPlans.Catalogue());

        var mismatches = findings.Where(f => f.Code == CheckCodes.CitationTypeMismatch).ToList();
        Assert.Equal(["legalBases[3]", "sections[1].children[3]"], mismatches.Select(f => f.Subject));
        Assert.All(mismatches, f => Assert.StartsWith("Kế hoạch số 4707/QĐ-UBND", f.Quote, StringComparison.Ordinal));
        Assert.All(mismatches, f => Assert.Contains("là ký hiệu của Quyết định (QĐ), không phải Kế hoạch", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ForPlan_NinhGiang_NoStaleYearOnPeriodsOrSymbolsAndNothingElseWrong()
    {
        var findings = PlanChecks.ForPlan(CheckPlans.NinhGiang(), CheckPlans.Catalogue());

        Assert.Equal([CheckCodes.CitationTypeMismatch], findings.Select(f => f.Code).Distinct());
    }

    [Fact]
    public void ForPlan_NinhGiangCopiedIntoNextYear_FlagsThe2022sThatAreThePlansYear()
    {
        var plan = CheckPlans.NinhGiang();
        var json = PlanJsonWriter.From(plan) with { Year = 2023, IssuedOn = new DateOnly(2023, 1, 28) };

        var stale = PlanChecker.Check(json).Where(f => f.Code == CheckCodes.StaleYear).ToList();

        // The title, the requirements' "kế hoạch CCHC năm 2022", the content's "kết quả … năm 2022" is a look back.
        Assert.Contains(stale, f => f.Subject == "title");
        Assert.Contains(stale, f => f.Quote!.Contains("kế hoạch CCHC năm 2022", StringComparison.Ordinal));
        Assert.DoesNotContain(stale, f => f.Subject.StartsWith("legalBases", StringComparison.Ordinal));
        Assert.DoesNotContain(stale, f => f.Quote!.Contains("2021-20", StringComparison.Ordinal) || f.Quote!.Contains("/20", StringComparison.Ordinal) && !f.Quote.Contains("năm 2022", StringComparison.Ordinal));
    }
}
