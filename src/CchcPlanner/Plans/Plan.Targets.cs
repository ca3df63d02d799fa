using CchcPlanner.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Plans;

/// <summary>KPIs and tasks, and what is recorded against them while the plan is carried out.</summary>
public sealed partial class Plan
{
    private readonly List<Kpi> _kpis = [];
    private readonly List<PlanTask> _tasks = [];

    public IReadOnlyList<Kpi> Kpis => Positions.Ordered(_kpis);

    public IReadOnlyList<PlanTask> Tasks => Positions.Ordered(_tasks);

    public Kpi AddKpi(string text, Comparator comparator, decimal? target, string? unit, string? group = null)
    {
        EnsureEditable();
        Touch();
        return Positions.Append(_kpis, new Kpi(text, comparator, target, unit, group));
    }

    public void ChangeKpi(Kpi kpi, string text, Comparator comparator, decimal? target, string? unit, string? group) =>
        Edit(_kpis, kpi).Change(text, comparator, target, unit, group);

    public void AssignKpi(Kpi kpi, UnitCategory? category) => Edit(_kpis, kpi).AssignTo(category);

    public void RemoveKpi(Kpi kpi) => Remove(_kpis, kpi);

    public void MoveKpi(Kpi kpi, int newPosition) => Move(_kpis, kpi, newPosition);

    public PlanTask AddTask(ReformArea area, string content, string? group = null, string? details = null)
    {
        EnsureEditable();
        var task = new PlanTask(area, content);
        task.Change(area, group, content, details);
        Touch();
        return Positions.Append(_tasks, task);
    }

    public void ChangeTask(PlanTask task, ReformArea area, string? group, string content, string? details) =>
        Edit(_tasks, task).Change(area, group, content, details);

    public void AssignTask(PlanTask task, string? leadUnit, string? coordinatingUnits, TaskTimeline timeline, string? product) =>
        Edit(_tasks, task).Assign(leadUnit, coordinatingUnits, timeline, product);

    public void AssignTaskTo(PlanTask task, UnitCategory? category) => Edit(_tasks, task).AssignTo(category);

    public void RemoveTask(PlanTask task) => Remove(_tasks, task);

    public void MoveTask(PlanTask task, int newPosition) => Move(_tasks, task, newPosition);

    /// <summary>Results are recorded once the plan is in force, so this does not require an editable plan.</summary>
    public KpiResult RecordKpiResult(Kpi kpi, ReportingPeriod period, decimal? value, string? note, string recordedBy, DateTimeOffset at)
    {
        EnsureOwned(_kpis, kpi);
        Touch();
        return kpi.RecordResult(period, value, note, recordedBy, at);
    }

    public TaskProgress RecordTaskProgress(PlanTask task, DateOnly on, PlanTaskStatus status, string note, int? percentComplete, string recordedBy)
    {
        EnsureOwned(_tasks, task);
        Touch();
        return task.RecordProgress(on, status, note, percentComplete, recordedBy);
    }

    private static void EnsureOwned<T>(List<T> items, T item)
    {
        if (!items.Contains(item))
        {
            throw new DomainRuleException("Mục này không thuộc kế hoạch.");
        }
    }
}
