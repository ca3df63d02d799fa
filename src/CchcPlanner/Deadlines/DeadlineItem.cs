using CchcPlanner.Common;

namespace CchcPlanner.Deadlines;

public enum DeadlineKind
{
    /// <summary>A report the unit owes under its plan in force (<see cref="Plans.ReportingDeadline"/>).</summary>
    Report = 0,

    /// <summary>The day a reviewing unit set for the plans of the units below (<see cref="Overview.SubmissionDeadline"/>).</summary>
    PlanSubmission = 1,
}

/// <summary>
/// One deadline as the calendar, the notification centre and the reminders show it.
/// <paramref name="Key"/> names it stably (<c>report:12</c>, <c>plan:3:7</c>, <c>plan:3</c>) for the sent-reminder log.
/// </summary>
public sealed record DeadlineItem(
    string Key, DeadlineKind Kind, DateOnly DueOn, string Title, string UnitName, int UnitId, int? PlanId, string Detail, DeadlineState State)
{
    public string DueOnText => VietnameseDates.Table(DueOn);

    public string StateText => State.ToVietnamese();

    public bool IsOverdue => State == DeadlineState.Overdue;

    public string KindText => Kind == DeadlineKind.Report ? "Hạn báo cáo" : "Hạn gửi kế hoạch";
}
