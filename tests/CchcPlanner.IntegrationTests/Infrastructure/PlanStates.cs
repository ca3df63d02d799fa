using CchcPlanner.Plans;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>Brings a new plan to a state through the entity's own steps (no workflow service, so no history).</summary>
internal static class PlanStates
{
    /// <summary>Submitted, returned, approved, issued as <paramref name="number"/> on <paramref name="issuedOn"/>, or signed.</summary>
    public static Plan BringTo(Plan plan, PlanStatus status, int number, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (status != PlanStatus.Draft)
        {
            plan.Submit();
        }

        if (status == PlanStatus.Returned)
        {
            plan.Return();
        }

        if (status is PlanStatus.Approved or PlanStatus.Issued or PlanStatus.Signed)
        {
            plan.Approve();
        }

        if (status is PlanStatus.Issued or PlanStatus.Signed)
        {
            plan.Issue(number, issuedOn);
        }

        if (status == PlanStatus.Signed)
        {
            plan.MarkSigned();
        }

        return plan;
    }
}
