using CchcPlanner.Plans;

namespace CchcPlanner.FollowUp;

/// <summary>
/// One KPI of a plan with its result for the period the sheet is about; <see cref="ResultId"/> is the stored result (null
/// before anything was recorded) and <see cref="Evidence"/> the kind of its evidence file, when one is attached.
/// </summary>
public sealed record KpiResultLine(
    int KpiId, int Number, string? Group, string Text, Comparator Comparator, decimal? Target, string? Unit, decimal? Value, string? Note,
    int? ResultId = null, EvidenceKind? Evidence = null)
{
    public Attainment Attainment(ReportingPeriod period) => AttainmentRule.Assess(Comparator, Target, Value, period);
}

/// <summary>
/// The results of every KPI of a plan for one reporting period, as the entry page shows them; <see cref="WhyNotRecord"/>
/// is null when the user may record them, otherwise what to tell them (reviewers read the sheet).
/// </summary>
public sealed record KpiResultSheet(
    int PlanId, string Title, string UnitName, int Year, PlanStatus Status, Guid Version, ReportingPeriod Period,
    string? WhyNotRecord, IReadOnlyList<KpiResultLine> Lines)
{
    public bool CanRecord => WhyNotRecord is null;
}

/// <summary>What the user typed for one KPI: a blank value means no figure yet.</summary>
public sealed record KpiResultEntry(int KpiId, decimal? Value, string? Note);

/// <summary>A saved sheet: how many KPIs changed, and the plan's version to act on next.</summary>
public sealed record SavedResults(int Changed, Guid Version);
