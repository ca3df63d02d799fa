using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Dashboard;

/// <summary>
/// How the KPIs of one unit (in one reform area, or all of them) stand as of their latest result of the year. Only KPIs
/// with a measurable target count: a KPI without one cannot be met or missed.
/// </summary>
public sealed record AttainmentTally(int Kpis, int Met, int AtRisk, int NotMet, int NoResult)
{
    public static readonly AttainmentTally Empty = new(0, 0, 0, 0, 0);

    /// <summary>Met as a share of the KPIs with a target, in percent with one decimal; null when there are none.</summary>
    public decimal? MetRate => Kpis == 0 ? null : Math.Round(100m * Met / Kpis, 1);

    public AttainmentTally Add(Attainment attainment) => attainment switch
    {
        Attainment.Met => this with { Kpis = Kpis + 1, Met = Met + 1 },
        Attainment.AtRisk => this with { Kpis = Kpis + 1, AtRisk = AtRisk + 1 },
        Attainment.NotMet => this with { Kpis = Kpis + 1, NotMet = NotMet + 1 },
        Attainment.NoResult => this with { Kpis = Kpis + 1, NoResult = NoResult + 1 },
        _ => this,
    };

    public AttainmentTally Plus(AttainmentTally other) =>
        new(Kpis + other.Kpis, Met + other.Met, AtRisk + other.AtRisk, NotMet + other.NotMet, NoResult + other.NoResult);
}

/// <summary>A unit below with the state of its plans and reports of the year.</summary>
public sealed record UnitStates(
    int UnitId,
    string UnitName,
    string ParentName,
    int Depth,
    int? PlanId,
    PlanStatus? AnnualPlan,
    PlanStatus? CommunicationPlan,
    IReadOnlyDictionary<ReportingPeriod, PlanStatus> Reports);

/// <summary>A row of the heat map: the unit's followed plan (its latest issued annual plan) and a tally per reform area.</summary>
public sealed record HeatMapRow(int UnitId, string UnitName, int? PlanId, IReadOnlyDictionary<ReformArea, AttainmentTally> Areas, AttainmentTally Total)
{
    public AttainmentTally In(ReformArea area) => Areas.TryGetValue(area, out var tally) ? tally : AttainmentTally.Empty;
}

/// <summary>
/// One quarter of the trend, over every KPI with a target of every followed plan: how many had a result for the quarter
/// (a quarter's own, or the six-month, nine-month or year result that ends with it), and how many of those met it.
/// </summary>
public sealed record QuarterTrend(int Quarter, int Kpis, int Reported, int Met)
{
    public string Label => Quarter switch { 1 => "Quý I", 2 => "Quý II", 3 => "Quý III", _ => "Quý IV" };

    public decimal? ReportedRate => Kpis == 0 ? null : Math.Round(100m * Reported / Kpis, 1);

    public decimal? MetRate => Kpis == 0 ? null : Math.Round(100m * Met / Kpis, 1);
}

/// <summary>How many units' plans (or reports) of a kind are in a state; a null state counts the units with none.</summary>
public sealed record StateCount(PlanStatus? Status, int AnnualPlans, int CommunicationPlans, int Reports)
{
    public string StateText => Status?.ToVietnamese() ?? "Chưa có";
}

/// <summary>The reviewer's dashboard of one year over the units below.</summary>
public sealed record ReviewerDashboard(
    string ReviewingUnitName,
    int Year,
    DateOnly Today,
    IReadOnlyList<ReformArea> Areas,
    IReadOnlyList<StateCount> StateCounts,
    IReadOnlyList<UnitStates> States,
    IReadOnlyList<HeatMapRow> HeatMap,
    IReadOnlyList<QuarterTrend> Trend,
    IReadOnlyList<HeatMapRow> MostBehind)
{
    /// <summary>The periods a report may cover, in the order the dashboard shows them.</summary>
    public static readonly IReadOnlyList<ReportingPeriod> ReportPeriods =
        [ReportingPeriod.Quarter1, ReportingPeriod.Quarter2, ReportingPeriod.FirstHalf, ReportingPeriod.Quarter3, ReportingPeriod.NineMonths, ReportingPeriod.Quarter4, ReportingPeriod.Year];
}
