using CchcPlanner.Plans;

namespace CchcPlanner.FollowUp;

/// <summary>
/// The overdue rule (docs/follow-up.md): a task is overdue (<c>Quá hạn</c>) when the last day of its timeline has passed in
/// Viet Nam and it is not completed. A task due by a date has until the end of that day; a task of a quarter until the last
/// day of the quarter. Ongoing tasks (<c>Thường xuyên</c>) and tasks without a timeline have no last day and are never
/// overdue. A suspended task past its last day is overdue too: it was not done in time, whatever the reason.
/// </summary>
public static class TaskSchedule
{
    /// <summary>The last day the task may be completed on, or null when its timeline has none.</summary>
    public static DateOnly? LastDay(TaskTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return timeline.Kind switch
        {
            TimelineKind.ByDate => timeline.DueOn,
            TimelineKind.Quarter when timeline is { Quarter: { } quarter, Year: { } year } => new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1),
            _ => null,
        };
    }

    public static bool IsOverdue(TaskTimeline timeline, PlanTaskStatus status, DateOnly today) =>
        status != PlanTaskStatus.Done && LastDay(timeline) is { } last && today > last;
}
