using CchcPlanner.Dashboard;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Dashboard;

/// <summary>The dashboard's arithmetic: which result stands for a KPI, the quarters of the trend, the ranking of units.</summary>
public sealed class DashboardMathTests
{
    private static KpiFacts Kpi(Comparator comparator, decimal? target, params (ReportingPeriod, decimal?)[] results) =>
        new(1, 1, ReformArea.AdministrativeProcedures, comparator, target, results);

    [Fact]
    public void Latest_TheResultEndingLast_CumulativeBeforeTheQuarterEndingWithIt()
    {
        var kpi = Kpi(Comparator.AtLeast, 95, (ReportingPeriod.Quarter1, 99), (ReportingPeriod.Quarter2, 90), (ReportingPeriod.FirstHalf, 96));
        Assert.Equal(Attainment.Met, DashboardMath.Latest(kpi));
        Assert.Equal(Attainment.AtRisk, DashboardMath.InQuarter(kpi, 2));
    }

    [Fact]
    public void Latest_AMissInTheLastQuarter_IsNotMet_AndAnEmptyValueIsNoResult()
    {
        Assert.Equal(Attainment.NotMet, DashboardMath.Latest(Kpi(Comparator.Exactly, 100, (ReportingPeriod.Quarter1, 100), (ReportingPeriod.Quarter4, 97))));
        Assert.Equal(Attainment.NoResult, DashboardMath.Latest(Kpi(Comparator.Exactly, 100, (ReportingPeriod.Quarter1, null))));
        Assert.Equal(Attainment.NoTarget, DashboardMath.Latest(Kpi(Comparator.None, null, (ReportingPeriod.Quarter1, 5))));
    }

    [Fact]
    public void InQuarter_TheQuartersOwnResult_ElseTheCumulativeOneEndingWithIt()
    {
        var kpi = Kpi(Comparator.AtLeast, 95, (ReportingPeriod.Quarter3, 90), (ReportingPeriod.NineMonths, 96), (ReportingPeriod.Year, 99));
        Assert.Equal(Attainment.AtRisk, DashboardMath.InQuarter(kpi, 3));
        Assert.Equal(Attainment.Met, DashboardMath.InQuarter(kpi, 4));
        Assert.Equal(Attainment.NoResult, DashboardMath.InQuarter(kpi, 1));
    }

    [Fact]
    public void Trend_ThisYear_OnlyTheQuartersBegun_CountingKpisWithATarget()
    {
        KpiFacts[] kpis =
        [
            Kpi(Comparator.Exactly, 100, (ReportingPeriod.Quarter1, 100), (ReportingPeriod.Quarter2, 99)),
            Kpi(Comparator.AtMost, 5, (ReportingPeriod.Quarter1, 7)),
            Kpi(Comparator.None, null, (ReportingPeriod.Quarter1, 1)),
        ];

        var trend = DashboardMath.Trend(kpis, 2024, new DateOnly(2024, 4, 1));

        Assert.Equal([("Quý I", 2, 2, 1, 100m, 50m), ("Quý II", 2, 1, 0, 50m, 0m)], trend.Select(t => (t.Label, t.Kpis, t.Reported, t.Met, t.ReportedRate!.Value, t.MetRate!.Value)));
        Assert.Equal(4, DashboardMath.Trend(kpis, 2023, new DateOnly(2024, 4, 1)).Count);
        Assert.Empty(DashboardMath.Trend(kpis, 2025, new DateOnly(2024, 4, 1)));
    }

    [Fact]
    public void MostBehind_LowestRateFirst_ThenMostMissed_ThenMostWithoutResult_UnitsWithoutKpisLeftOut()
    {
        HeatMapRow Row(string name, AttainmentTally total) => new(1, name, 1, new Dictionary<ReformArea, AttainmentTally>(), total);
        HeatMapRow[] rows =
        [
            Row("Trường A", new(4, 4, 0, 0, 0)),
            Row("Trường B", new(4, 2, 0, 0, 2)),
            Row("Trường C", new(4, 2, 1, 1, 0)),
            Row("Trường D", new(2, 0, 0, 0, 2)),
            Row("Trường E", AttainmentTally.Empty),
        ];

        Assert.Equal(["Trường D", "Trường C", "Trường B"], DashboardMath.MostBehind(rows, 3).Select(r => r.UnitName));
        Assert.DoesNotContain("Trường E", DashboardMath.MostBehind(rows, 10).Select(r => r.UnitName));
    }

    [Fact]
    public void Tally_AddsEachAttainment_AndLeavesKpisWithoutTargetOut()
    {
        var tally = new[] { Attainment.Met, Attainment.AtRisk, Attainment.NotMet, Attainment.NoResult, Attainment.NoTarget, Attainment.Met }
            .Aggregate(AttainmentTally.Empty, (t, a) => t.Add(a));
        Assert.Equal(new AttainmentTally(5, 2, 1, 1, 1), tally);
        Assert.Equal(40m, tally.MetRate);
        Assert.Null(AttainmentTally.Empty.MetRate);
        Assert.Equal(66.7m, new AttainmentTally(3, 2, 0, 0, 1).MetRate);
    }
}
