using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>The structured parts read from the sections, and what the readers of each part need to know of the plan.</summary>
internal sealed class PlanParts(int year, List<ImportWarning> warnings)
{
    /// <summary>The plan's year, for dates written without one (<c>trước ngày 01/3</c>, <c>Quý II</c>).</summary>
    public int Year { get; } = year;

    public List<ImportWarning> Warnings { get; } = warnings;

    public List<KpiJson> Kpis { get; } = [];

    public List<TaskJson> Tasks { get; } = [];

    public List<DeadlineJson> Deadlines { get; } = [];

    public List<BudgetLineJson> Budget { get; } = [];

    public List<ResponsibilityJson> Responsibilities { get; } = [];

    public void Warn(string code, string message, int? paragraph = null) => Warnings.Add(new ImportWarning(code, message, paragraph));
}
