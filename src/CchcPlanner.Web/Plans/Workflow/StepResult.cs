using CchcPlanner.Plans.Creation;
using CchcPlanner.Workflow;

namespace CchcPlanner.Web.Plans.Workflow;

/// <summary>How a workflow dialog ended: the step done (the plan's new state), or the plan changed meanwhile and must be read again.</summary>
public sealed record StepResult(PlanState? Done, bool Reload)
{
    public static StepResult Of(PlanState done) => new(done, false);

    public static readonly StepResult Stale = new(null, true);

    /// <summary>Whether the step was refused because someone changed the plan since the page read it.</summary>
    public static bool IsStale(LifecycleResult<PlanState> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Refusal == PlanWorkflow.Stale;
    }
}
