namespace CchcPlanner.Deadlines;

public enum ReminderKind
{
    /// <summary>Sent <see cref="ReminderOptions.DaysBefore"/> days before the due date.</summary>
    BeforeDue = 1,

    /// <summary>Sent the day after the due date when the deadline is still not met.</summary>
    Overdue = 2,
}

/// <summary>Which reminder a deadline calls for on a day (docs/follow-up.md, "E-mail reminders").</summary>
public static class ReminderRule
{
    /// <summary>Days after the first day of a reminder on which a missed run still sends it (the server was down that day).</summary>
    public const int CatchUpDays = 6;

    /// <summary>
    /// <see cref="ReminderKind.BeforeDue"/> from <paramref name="daysBefore"/> days before the due date through the due date;
    /// <see cref="ReminderKind.Overdue"/> from the day after it for <see cref="CatchUpDays"/> more days; none otherwise.
    /// The sent-reminder log makes each go out once, on the first of those days the service runs.
    /// </summary>
    public static ReminderKind? KindOn(DateOnly dueOn, DateOnly today, int daysBefore)
    {
        var daysLeft = dueOn.DayNumber - today.DayNumber;
        if (daysLeft >= 0)
        {
            return daysLeft <= Math.Max(0, daysBefore) ? ReminderKind.BeforeDue : null;
        }

        return -daysLeft <= 1 + CatchUpDays ? ReminderKind.Overdue : null;
    }
}
