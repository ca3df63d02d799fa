using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Workflow;

namespace CchcPlanner.Web.Api;

/// <summary>Body of submit and approve: an optional comment for the history.</summary>
internal sealed record StepBody(string? Comment);

/// <summary>Body of return: the reason, required.</summary>
internal sealed record ReturnBody(string? Reason);

/// <summary>Body of issue: the date of issue, today in Viet Nam when left out.</summary>
internal sealed record IssueBody(DateOnly? IssuedOn);

/// <summary>
/// The workflow's steps for scripts: <c>POST /api/plans/{id}/submit</c>, <c>/return</c>, <c>/approve</c>, <c>/issue</c>.
/// Each needs the plan's version in <c>If-Match</c> (the ETag of <c>GET /api/plans/{id}</c>) and calls the same
/// <see cref="PlanWorkflow"/> step as the pages, with the same rights (<see cref="WorkflowPermissions"/>).
/// </summary>
internal static class WorkflowApi
{
    public static void MapWorkflowApi(this IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapPlansGroup();
        plans.MapPost("/{id:int}/submit", (int id, StepBody? body, WorkflowStep step, CancellationToken cancellationToken) =>
            step.RunAsync(id, WorkflowAction.Submit, (workflow, user, version) => workflow.SubmitAsync(user, id, version, body?.Comment, cancellationToken), cancellationToken));
        plans.MapPost("/{id:int}/return", (int id, ReturnBody? body, WorkflowStep step, CancellationToken cancellationToken) =>
            string.IsNullOrWhiteSpace(body?.Reason)
                ? Task.FromResult<IResult>(ApiProblems.Invalid("reason", "Hãy ghi lý do trả lại để đơn vị biết cần sửa những gì."))
                : step.RunAsync(id, WorkflowAction.Return, (workflow, user, version) => workflow.ReturnAsync(user, id, version, body.Reason, cancellationToken), cancellationToken));
        plans.MapPost("/{id:int}/approve", (int id, StepBody? body, WorkflowStep step, CancellationToken cancellationToken) =>
            step.RunAsync(id, WorkflowAction.Approve, (workflow, user, version) => workflow.ApproveAsync(user, id, version, body?.Comment, cancellationToken), cancellationToken));
        plans.MapPost("/{id:int}/issue", (int id, IssueBody? body, WorkflowStep step, CancellationToken cancellationToken) =>
            step.RunAsync(id, WorkflowAction.Issue, (workflow, user, version) => workflow.IssueAsync(user, id, version, body?.IssuedOn, cancellationToken), cancellationToken));
    }
}

/// <summary>One step for an API caller: 404 for a plan they may not read, 403 without the right, 428/412 for the version, 409 for the plan's state.</summary>
internal sealed class WorkflowStep(IHttpContextAccessor http, Microsoft.EntityFrameworkCore.IDbContextFactory<Data.CchcDbContext> contexts, PlanWorkflow workflow)
{
    public async Task<IResult> RunAsync(
        int planId, WorkflowAction action, Func<PlanWorkflow, CurrentUser, Guid, Task<LifecycleResult<PlanState>>> step, CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request.");
        var user = ApiCaller.Of(context.User);
        var plan = await ApiPlans.ReadableAsync(contexts, user, planId, cancellationToken);
        if (plan is null)
        {
            return PlanApi.NotFound();
        }

        if (ApiPlans.WhyNot(plan.Value.Scope, plan.Value.Plan, action) is { } refusal)
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, refusal);
        }

        if (context.Request.Headers.IfMatch.Count == 0)
        {
            return ApiProblems.Problem(StatusCodes.Status428PreconditionRequired, "Hãy gửi phiên bản của kế hoạch (ETag của GET /api/plans/{id}) trong tiêu đề If-Match.");
        }

        if (!Guid.TryParse(context.Request.Headers.IfMatch.ToString().Replace("W/", string.Empty, StringComparison.Ordinal).Trim('"', ' '), out var version))
        {
            return ApiProblems.Invalid("If-Match", "Tiêu đề If-Match phải là phiên bản của kế hoạch, ví dụ \"3f2a…\" như ETag đã nhận.");
        }

        if (version != plan.Value.Plan.Version)
        {
            return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "Kế hoạch vừa được người khác thay đổi; hãy tải lại rồi thử lại.");
        }

        var result = await step(workflow, user, version);
        if (!result.Succeeded || result.Value is not { } state)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, result.Refusal ?? string.Empty);
        }

        context.Response.Headers.ETag = ApiCaller.ETag(state.Version);
        return TypedResults.Ok(state);
    }
}
