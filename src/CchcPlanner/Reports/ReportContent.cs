using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Reports;

/// <summary>
/// What a report (<see cref="PlanKind.Report"/>) says about the plan it reports on, frozen when the report is created and
/// again when it is submitted: later changes to the plan's results or task progress do not change a submitted report.
/// Serialised as JSON on the report's row (<see cref="Plan.ReportJson"/>) and in each submission's draft.
/// </summary>
public sealed record ReportContent(
    int PlanId,
    string PlanNumberAndSymbol,
    DateOnly? PlanIssuedOn,
    string PlanTitle,
    int Year,
    ReportingPeriod Period,
    DateOnly AsOf,
    IReadOnlyList<ReportKpiLine> Kpis,
    IReadOnlyList<ReportTaskLine> Tasks)
{
    public IEnumerable<ReportTaskLine> DoneTasks => Tasks.Where(t => t.Status == PlanTaskStatus.Done);

    public IEnumerable<ReportTaskLine> PendingTasks => Tasks.Where(t => t.Status != PlanTaskStatus.Done);

    public int Count(Attainment attainment) => Kpis.Count(k => k.Attainment == attainment);
}

/// <summary>A KPI with its target as the table prints it (<c>≥ 99%</c>), the period's value and the attainment then.</summary>
public sealed record ReportKpiLine(
    int Number, string? Group, string Text, string Target, decimal? Value, string? Unit, string? Note, Attainment Attainment)
{
    /// <summary>The value as the table prints it: <c>97,5%</c>, <c>12 sản phẩm</c>, <c>—</c> when none was recorded.</summary>
    public string ValueText => Value is not { } value
        ? "—"
        : Unit switch
        {
            null => value.ToString("0.##", Common.VietnameseText.Culture),
            "%" => $"{value.ToString("0.##", Common.VietnameseText.Culture)}%",
            var unit => $"{value.ToString("0.##", Common.VietnameseText.Culture)} {unit}",
        };
}

/// <summary>A task as it stood at the end of the period: its status and the last progress note recorded by then.</summary>
public sealed record ReportTaskLine(
    int Number, string Group, string Content, string? LeadUnit, string Timeline, PlanTaskStatus Status, int? PercentComplete, string? LastNote);
