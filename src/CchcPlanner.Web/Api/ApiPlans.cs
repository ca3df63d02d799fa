using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Web.Api;

/// <summary>The checks of a step made before it, to tell the API caller which status applies; the step checks again in its transaction.</summary>
internal static class ApiPlans
{
    public static async Task<(AccessScope Scope, Plan Plan)?> ReadableAsync(IDbContextFactory<CchcDbContext> contexts, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReadablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId)).Include(p => p.Unit).SingleOrDefaultAsync(cancellationToken);
        return plan is null ? null : (scope, plan);
    }

    public static string? WhyNot(AccessScope scope, Plan plan, WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => WorkflowPermissions.WhyNotSubmit(scope, plan),
        WorkflowAction.Return or WorkflowAction.Approve => WorkflowPermissions.WhyNotReview(scope, plan),
        WorkflowAction.Issue => WorkflowPermissions.WhyNotRegister(scope, plan),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a step of the API."),
    };
}
