using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Dashboard;

/// <summary>A KPI of a followed plan with its results of the year, as the dashboard reads it.</summary>
public sealed record KpiFacts(int KpiId, int PlanId, ReformArea Area, Comparator Comparator, decimal? Target, IReadOnlyList<(ReportingPeriod Period, decimal? Value)> Results);

/// <summary>The dashboard's arithmetic, apart from the database so that the rules can be tested on their own.</summary>
public static class DashboardMath
{
    /// <summary>The quarter a period ends with: six months with quarter II, nine months with III, the year with IV.</summary>
    public static int QuarterOf(ReportingPeriod period) => period switch
    {
        ReportingPeriod.Quarter1 => 1,
        ReportingPeriod.Quarter2 or ReportingPeriod.FirstHalf => 2,
        ReportingPeriod.Quarter3 or ReportingPeriod.NineMonths => 3,
        _ => 4,
    };

    /// <summary>Results that cover the year so far (six months, nine months, the year) say more than one quarter's.</summary>
    private static bool IsCumulative(ReportingPeriod period) =>
        period is ReportingPeriod.FirstHalf or ReportingPeriod.NineMonths or ReportingPeriod.Year;

    /// <summary>
    /// Where the KPI stands: judged on its latest result with a value (the one whose period ends last, a cumulative one
    /// before a quarter's that ends with it); <see cref="Attainment.NoResult"/> when it has none yet.
    /// </summary>
    public static Attainment Latest(KpiFacts kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);

        // Plain loops: the dashboard judges every KPI of every unit below (tens of thousands) on each load.
        (ReportingPeriod Period, decimal Value)? chosen = null;
        foreach (var (period, value) in kpi.Results)
        {
            if (value is { } v && (chosen is not { } best || Rank(period) > Rank(best.Period)))
            {
                chosen = (period, v);
            }
        }

        return AttainmentRule.Assess(kpi.Comparator, kpi.Target, chosen?.Value, chosen?.Period ?? ReportingPeriod.Quarter1);
    }

    /// <summary>The result that stands for a quarter: the quarter's own, else the cumulative one ending with it.</summary>
    public static Attainment InQuarter(KpiFacts kpi, int quarter)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        (ReportingPeriod Period, decimal Value)? chosen = null;
        foreach (var (period, value) in kpi.Results)
        {
            if (value is { } v && QuarterOf(period) == quarter && (chosen is null || !IsCumulative(period)))
            {
                chosen = (period, v);
            }
        }

        return AttainmentRule.Assess(kpi.Comparator, kpi.Target, chosen?.Value, chosen?.Period ?? ReportingPeriod.Quarter1);
    }

    /// <summary>Later quarters first; within a quarter, the cumulative result before the quarter's own.</summary>
    private static int Rank(ReportingPeriod period) => (QuarterOf(period) * 2) + (IsCumulative(period) ? 1 : 0);

    /// <summary>The quarters of <paramref name="year"/> that have begun by <paramref name="today"/>: a quarter still to come has no results to show.</summary>
    public static IReadOnlyList<QuarterTrend> Trend(IEnumerable<KpiFacts> kpis, int year, DateOnly today)
    {
        var measurable = kpis.Where(k => k.Comparator != Comparator.None && k.Target is not null).ToList();
        var begun = year < today.Year ? 4 : year > today.Year ? 0 : ((today.Month - 1) / 3) + 1;
        return Enumerable.Range(1, begun).Select(quarter =>
        {
            var judged = measurable.Select(k => InQuarter(k, quarter)).ToList();
            return new QuarterTrend(quarter, measurable.Count, judged.Count(a => a != Attainment.NoResult), judged.Count(a => a == Attainment.Met));
        }).ToList();
    }

    /// <summary>
    /// The units furthest behind: the lowest share of KPIs met, then the most missed or at risk, then the most without a
    /// result. Units whose plan has no measurable KPI are not ranked.
    /// </summary>
    public static IReadOnlyList<HeatMapRow> MostBehind(IEnumerable<HeatMapRow> rows, int count) =>
        rows.Where(r => r.Total.Kpis > 0)
            .OrderBy(r => r.Total.MetRate)
            .ThenByDescending(r => r.Total.NotMet + r.Total.AtRisk)
            .ThenByDescending(r => r.Total.NoResult)
            .ThenBy(r => r.UnitName, Common.VietnameseText.Comparer)
            .Take(count)
            .ToList();
}
