using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Overview;

/// <summary>One unit below the reviewer, with where its plan of the chosen year and kind stands.</summary>
public sealed record OverviewRow(
    int UnitId, string UnitName, string ParentName, int Depth, int? PlanId, string? Title, PlanStatus? Status, DateOnly? SubmittedOn,
    int DaysLate, int OpenComments)
{
    public const string NoPlan = "Chưa có kế hoạch";

    public string StatusText => Status?.ToVietnamese() ?? NoPlan;

    public string SubmittedOnText => SubmittedOn is { } day ? VietnameseDates.Table(day) : string.Empty;

    public bool IsLate => DaysLate > 0;
}

/// <summary>The deadline a reviewer set, as the page shows it.</summary>
public sealed record DeadlineRow(DateOnly DueOn, string SetBy, DateTimeOffset SetAt)
{
    public string DueOnText => VietnameseDates.Table(DueOn);
}

/// <summary>The reviewer's overview of one year and kind: the deadline (if set) and every active unit below the reviewer's unit.</summary>
public sealed record OverviewReport(string ReviewingUnitName, int Year, PlanKind Kind, DateOnly Today, DeadlineRow? Deadline, IReadOnlyList<OverviewRow> Rows);

public static class Lateness
{
    /// <summary>
    /// Whole days after the deadline: of the first submission when there is one; of today while the unit still owes its
    /// plan (no plan, or a draft never sent); 0 when on time, when no deadline is set, or when a plan moved on without a
    /// recorded submission (entered already approved or issued).
    /// </summary>
    public static int DaysLate(DateOnly? dueOn, DateOnly? submittedOn, bool stillOwed, DateOnly today)
    {
        if (dueOn is not { } due)
        {
            return 0;
        }

        DateOnly? reference = submittedOn ?? (stillOwed ? today : null);
        return reference is { } day ? Math.Max(0, day.DayNumber - due.DayNumber) : 0;
    }
}
