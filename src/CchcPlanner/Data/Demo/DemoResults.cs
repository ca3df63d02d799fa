using CchcPlanner.Plans;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// The kindergarten's results for the first three quarters of 2023, entered by its drafter, so that the results page,
/// the report and the reviewer's dashboard have figures to show: most KPIs met, a satisfaction rate below its 99% target
/// (at risk, the year is not over), and no figure yet for the KPI without a measurable target.
/// </summary>
internal static class DemoResults
{
    private const string Drafter = "Nguyễn Thị Thu Hà";

    /// <summary>Values per KPI in the order of the plan, for quarters I, II and III; null where nothing was entered.</summary>
    private static readonly decimal?[][] Values =
    [
        [100m, 100m, 100m],
        [100m, 100m, 100m],
        [99.2m, 99.4m, 99.5m],
        [98.1m, 98.6m, 99.1m],
        [99.5m, 99.0m, 98.7m],
        [100m, 100m, 100m],
        [100m, 100m, 100m],
        [85m, 92m, 96m],
        [100m, 100m, 100m],
        [null, null, null],
    ];

    public static void Add(Plan kindergarten)
    {
        ArgumentNullException.ThrowIfNull(kindergarten);
        ReportingPeriod[] quarters = [ReportingPeriod.Quarter1, ReportingPeriod.Quarter2, ReportingPeriod.Quarter3];
        for (var q = 0; q < quarters.Length; q++)
        {
            var enteredAt = new DateTimeOffset(2023, 3 * (q + 1), 28, 9, 0, 0, TimeSpan.FromHours(7));
            foreach (var (kpi, values) in kindergarten.Kpis.Zip(Values))
            {
                if (values[q] is { } value)
                {
                    kindergarten.RecordKpiResult(kpi, quarters[q], value, null, Drafter, enteredAt);
                }
            }
        }
    }
}
