using CchcPlanner.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Plans;

public enum PlanTaskStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Suspended = 3,
}

/// <summary>A task of the plan (nhiệm vụ), by reform area, with who leads it, when and what it produces.</summary>
public sealed class PlanTask : IPositioned
{
    private readonly List<TaskProgress> _progress = [];

    private PlanTask()
    {
        Content = Group = string.Empty;
        Timeline = TaskTimeline.Unspecified;
    }

    internal PlanTask(ReformArea area, string content)
        : this()
    {
        Area = area;
        Group = area.ToVietnamese();
        Content = VietnameseText.Required(content, "Nội dung nhiệm vụ");
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    public ReformArea Area { get; private set; }

    /// <summary>The heading the task is printed under; the area's name unless the plan words it otherwise.</summary>
    public string Group { get; private set; }

    public string Content { get; private set; }

    /// <summary>Sub-items printed under the task, one per line (<c>+ …</c>).</summary>
    public string? Details { get; private set; }

    /// <summary>Chủ trì.</summary>
    public string? LeadUnit { get; private set; }

    /// <summary>Phối hợp.</summary>
    public string? CoordinatingUnits { get; private set; }

    public TaskTimeline Timeline { get; private set; }

    /// <summary>Sản phẩm: <c>Kế hoạch</c>, <c>Báo cáo</c>, <c>Tin, bài</c>.</summary>
    public string? Product { get; private set; }

    public PlanTaskStatus Status { get; private set; }

    public UnitCategory? AssignedTo { get; private set; }

    public IReadOnlyList<TaskProgress> Progress => _progress.OrderBy(p => p.On).ToList();

    internal void Change(ReformArea area, string? group, string content, string? details)
    {
        var cleanContent = VietnameseText.Required(content, "Nội dung nhiệm vụ");
        Area = area;
        Group = VietnameseText.CleanOrNull(group) ?? area.ToVietnamese();
        Content = cleanContent;
        Details = VietnameseText.CleanOrNull(details);
    }

    internal void Assign(string? leadUnit, string? coordinatingUnits, TaskTimeline timeline, string? product)
    {
        LeadUnit = VietnameseText.CleanOrNull(leadUnit);
        CoordinatingUnits = VietnameseText.CleanOrNull(coordinatingUnits);
        Timeline = timeline;
        Product = VietnameseText.CleanOrNull(product);
    }

    internal void AssignTo(UnitCategory? category) => AssignedTo = category;

    internal TaskProgress RecordProgress(DateOnly on, PlanTaskStatus status, string note, int? percentComplete, string recordedBy)
    {
        var entry = new TaskProgress(on, status, note, percentComplete, recordedBy);
        _progress.Add(entry);
        Status = status;
        return entry;
    }

    void IPositioned.SetPosition(int position) => Position = position;
}

/// <summary>A dated note on how a task is going.</summary>
public sealed class TaskProgress
{
    private TaskProgress()
    {
        Note = RecordedBy = string.Empty;
    }

    internal TaskProgress(DateOnly on, PlanTaskStatus status, string note, int? percentComplete, string recordedBy)
        : this()
    {
        if (percentComplete is < 0 or > 100)
        {
            throw new DomainRuleException("Tiến độ hoàn thành phải nằm trong khoảng từ 0 đến 100%.");
        }

        On = on;
        Status = status;
        Note = VietnameseText.Required(note, "Nội dung tiến độ");
        PercentComplete = percentComplete;
        RecordedBy = VietnameseText.Required(recordedBy, "Người nhập");
    }

    public int Id { get; private set; }

    public int PlanTaskId { get; private set; }

    public DateOnly On { get; private set; }

    public PlanTaskStatus Status { get; private set; }

    public string Note { get; private set; }

    public int? PercentComplete { get; private set; }

    public string RecordedBy { get; private set; }
}
