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
    /// A report deadline is met once the plan's unit has recorded a value for the deadline's period for every KPI of the
    /// plan (the same rule as the database query in <see cref="DeadlineFacts.ReportsAsync"/>). A plan without KPIs never meets it.
    /// </summary>
    public static bool ResultsRecorded(Plan plan, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Kpis.Count > 0 && plan.Kpis.All(k => k.Results.Any(r => r.Period == period && r.Value is not null));
    }

    /// <summary>The state of each report deadline of a plan in force; null for a plan not in force (its deadlines bind no one yet).</summary>
    public static DeadlineState? OfReport(Plan plan, ReportingDeadline deadline, DateOnly today, int dueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(deadline);
        return plan.Status is PlanStatus.Issued or PlanStatus.Signed
            ? Of(deadline.DueOn, ResultsRecorded(plan, deadline.Period), today, dueSoonDays)
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
