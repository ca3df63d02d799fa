using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Web.FollowUp;

/// <summary>A line of the progress grid as the user fills it: the new status, a note and an optional percent (<c>60</c> or <c>60%</c>).</summary>
public sealed class ProgressRow(TaskProgressLine line)
{
    public TaskProgressLine Line { get; } = line;

    public PlanTaskStatus Status { get; set; } = line.Status;

    public string PercentText { get; set; } = string.Empty;

    public string? Note { get; set; }

    /// <summary>False when the percent is not a whole number from 0 to 100.</summary>
    public bool IsValid => PercentText.Trim().Length == 0 || Percent is not null;

    public int? Percent =>
        int.TryParse(PercentText.Trim().TrimEnd('%').Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100 ? value : null;

    public bool IsChanged => Status != Line.Status || PercentText.Trim().Length > 0 || VietnameseText.CleanOrNull(Note) is not null;

    public TaskProgressEntry ToEntry() => new(Line.TaskId, Status, Percent, Note);
}
