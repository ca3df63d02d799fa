using System.Globalization;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Reports;

/// <summary>
/// Freezes what a report says about a plan for a period: each KPI's target, the value recorded for that period and its
/// attainment (<see cref="AttainmentRule"/>), and each task's status at the period's end (the last progress entry dated on
/// or before it; a task with none is not started). The plan must be loaded with its KPIs' results and tasks' progress.
/// </summary>
public static class ReportContentBuilder
{
    public static ReportContent Build(Plan plan, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var asOf = EndOf(period, plan.Year);
        var kpis = plan.Kpis.Select(k =>
        {
            var result = k.Results.FirstOrDefault(r => r.Period == period);
            return new ReportKpiLine(
                k.Position + 1, k.Group, k.Text, PartNames.TargetText(k.Comparator, k.Target, k.Unit), result?.Value, k.Unit, result?.Note,
                AttainmentRule.Assess(k.Comparator, k.Target, result?.Value, period));
        }).ToList();
        var tasks = plan.Tasks.Select(t =>
        {
            var last = t.Progress.Where(p => p.On <= asOf).OrderBy(p => p.On).ThenBy(p => p.Id).LastOrDefault();
            return new ReportTaskLine(
                t.Position + 1, t.Group, t.Content, t.LeadUnit, t.Timeline.ToString(), last?.Status ?? PlanTaskStatus.NotStarted,
                last?.PercentComplete, last?.Note);
        }).ToList();
        return new ReportContent(plan.Id, plan.NumberAndSymbol.Trim(), plan.IssuedOn, plan.Title, plan.Year, period, asOf, kpis, tasks);
    }

    /// <summary>The last day a period covers: 31/03 for Quý I, 30/06 for Quý II and the first half, 30/09 for Quý III and nine months, 31/12 otherwise.</summary>
    public static DateOnly EndOf(ReportingPeriod period, int year) => period switch
    {
        ReportingPeriod.Quarter1 => new DateOnly(year, 3, 31),
        ReportingPeriod.Quarter2 or ReportingPeriod.FirstHalf => new DateOnly(year, 6, 30),
        ReportingPeriod.Quarter3 or ReportingPeriod.NineMonths => new DateOnly(year, 9, 30),
        _ => new DateOnly(year, 12, 31),
    };

    /// <summary>How the report's title names the period: <c>quý I năm 2025</c>, <c>6 tháng đầu năm 2025</c>, <c>năm 2025</c>.</summary>
    public static string PeriodPhrase(ReportingPeriod period, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        return period switch
        {
            ReportingPeriod.FirstHalf => $"6 tháng đầu năm {y}",
            ReportingPeriod.NineMonths => $"9 tháng năm {y}",
            ReportingPeriod.Year => $"năm {y}",
            _ => $"{period.ToVietnamese().Replace("Quý", "quý", StringComparison.Ordinal)} năm {y}",
        };
    }
}
