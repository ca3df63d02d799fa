using CchcPlanner.Plans;

namespace CchcPlanner.FollowUp;

/// <summary>A dated progress note of a task, as the history under the task shows it.</summary>
public sealed record ProgressNote(DateOnly On, PlanTaskStatus Status, int? PercentComplete, string Note, string RecordedBy);

/// <summary>One task of the plan: its timeline, where it stands, whether it is overdue, and its notes, oldest first.</summary>
public sealed record TaskProgressLine(
    int TaskId, int Number, string Group, string Content, string? LeadUnit, TaskTimeline Timeline, PlanTaskStatus Status, bool Overdue,
    IReadOnlyList<ProgressNote> History)
{
    public string TimelineText => Timeline.ToString();

    public int? PercentComplete => History.LastOrDefault(h => h.PercentComplete is not null)?.PercentComplete;
}

/// <summary>The progress of every task of a plan on <see cref="Today"/>; <see cref="WhyNotRecord"/> is null when the user may record it.</summary>
public sealed record TaskProgressSheet(
    int PlanId, string Title, string UnitName, int Year, Guid Version, DateOnly Today, string? WhyNotRecord, IReadOnlyList<TaskProgressLine> Lines)
{
    public bool CanRecord => WhyNotRecord is null;
}

/// <summary>What the user entered for one task: its status, and a note (required) with an optional percent complete.</summary>
public sealed record TaskProgressEntry(int TaskId, PlanTaskStatus Status, int? PercentComplete, string? Note);

/// <summary>A saved progress sheet: how many tasks got a note, and the plan's version to act on next.</summary>
public sealed record SavedProgress(int Recorded, Guid Version);
