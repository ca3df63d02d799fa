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

    public static string ToVietnamese(this DeadlineState state) => state switch
    {
        DeadlineState.Done => "Đã hoàn thành",
        DeadlineState.Overdue => "Quá hạn",
        DeadlineState.DueSoon => "Sắp đến hạn",
        _ => "Chưa đến hạn",
    };
}
