using CchcPlanner.Plans;

namespace CchcPlanner.Deadlines;

/// <summary>Where a deadline stands on a given day (rule in docs/follow-up.md, "Deadlines").</summary>
public enum DeadlineState
{
    Upcoming = 0,
    DueSoon = 1,
    Overdue = 2,
    Done = 3,
}

public static class DeadlineStates
{
    /// <summary>
    /// Done wins whatever the date; otherwise overdue from the day after the due date, due soon from
    /// <paramref name="dueSoonDays"/> days before it through the due date itself, upcoming before that.
    /// </summary>
    public static DeadlineState Of(DateOnly dueOn, bool done, DateOnly today, int dueSoonDays)
    {
        if (done)
        {
            return DeadlineState.Done;
        }

        var daysLeft = dueOn.DayNumber - today.DayNumber;
        return daysLeft < 0 ? DeadlineState.Overdue
            : daysLeft <= Math.Max(0, dueSoonDays) ? DeadlineState.DueSoon
            : DeadlineState.Upcoming;
    }

    /// <summary>
    /// The state of each report deadline of a plan in force; null for a plan not in force (its deadlines bind no one yet).
    /// The deadline is met once the report of its period has been sent (<paramref name="sentReports"/>, the same rule as
    /// the database query in <see cref="DeadlineFacts.ReportsAsync"/>).
    /// </summary>
    public static DeadlineState? OfReport(Plan plan, ReportingDeadline deadline, IReadOnlySet<ReportingPeriod> sentReports, DateOnly today, int dueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(deadline);
        ArgumentNullException.ThrowIfNull(sentReports);
        return plan.Status is PlanStatus.Issued or PlanStatus.Signed
            ? Of(deadline.DueOn, sentReports.Contains(deadline.Period), today, dueSoonDays)
            : null;
    }

    public static string ToVietnamese(this DeadlineState state) => state switch
    {
        DeadlineState.Done => "Đã hoàn thành",
        DeadlineState.Overdue => "Quá hạn",
        DeadlineState.DueSoon => "Sắp đến hạn",
        _ => "Chưa đến hạn",
    };
}
