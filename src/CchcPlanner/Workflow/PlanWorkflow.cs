using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Reviews;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Workflow;

/// <summary>Where a plan stands after a step: what the page shows in its header, and the version to act on next.</summary>
public sealed record PlanState(int PlanId, PlanStatus Status, Guid Version, string NumberAndSymbol, DateOnly? IssuedOn)
{
    public string StatusText => Status.ToVietnamese();
}

/// <summary>
/// Moves plans through the workflow for the signed-in user: submit, return, approve (here) and issue
/// (<c>PlanWorkflow.Issue.cs</c>); signing is uploading the scan (<see cref="Scans.SignedScans"/>). Each step is one
/// transaction that checks the user's role and place in the tree (<see cref="WorkflowPermissions"/>), acts only on the
/// version of the plan the user saw, and writes a history entry and an audit entry; a refusal is a Vietnamese answer.
/// </summary>
public sealed partial class PlanWorkflow(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    internal const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";
    public const string Stale = "Kế hoạch vừa được người khác thay đổi; hãy tải lại trang rồi thử lại.";

    /// <summary>Sends a draft or returned plan to the body above, freezing it as the next submission.</summary>
    public Task<LifecycleResult<PlanState>> SubmitAsync(CurrentUser user, int planId, Guid version, string? comment = null, CancellationToken cancellationToken = default) =>
        StepAsync(user, planId, version, WorkflowAction.Submit, comment, WorkflowPermissions.WhyNotSubmit, async (db, plan) =>
        {
            await Reports.PlanReports.RefreezeAsync(db, plan, cancellationToken);
            plan.Submit();
            var number = 1 + (await db.Submissions.Where(s => s.PlanId == plan.Id).MaxAsync(s => (int?)s.Number, cancellationToken) ?? 0);
            db.Submissions.Add(new Submission(plan, number, user));
            return new StepRecord($"Gửi duyệt lần {number}: {plan.Title}", number);
        }, cancellationToken);

    /// <summary>Sends a submission back to its drafters; the reason is required and is what they read first.</summary>
    public Task<LifecycleResult<PlanState>> ReturnAsync(CurrentUser user, int planId, Guid version, string reason, CancellationToken cancellationToken = default)
    {
        var why = VietnameseText.Clean(reason);
        return StepAsync(user, planId, version, WorkflowAction.Return, why, WhyNotReturn, (_, plan) =>
        {
            plan.Return();
            return Task.FromResult(new StepRecord($"Trả lại: {why}"));
        }, cancellationToken);

        string? WhyNotReturn(AccessScope scope, Plan plan) =>
            WorkflowPermissions.WhyNotReview(scope, plan) ?? (why.Length == 0 ? "Hãy ghi lý do trả lại để đơn vị biết cần sửa những gì." : null);
    }

    public Task<LifecycleResult<PlanState>> ApproveAsync(CurrentUser user, int planId, Guid version, string? comment = null, CancellationToken cancellationToken = default) =>
        StepAsync(user, planId, version, WorkflowAction.Approve, comment, WorkflowPermissions.WhyNotReview, (_, plan) =>
        {
            plan.Approve();
            return Task.FromResult(new StepRecord($"Duyệt: {plan.Title}"));
        }, cancellationToken);

    /// <summary>The steps the user may take on the plan now; empty when they may not read it.</summary>
    public async Task<IReadOnlySet<WorkflowAction>> ActionsAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReadablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId)).Include(p => p.Unit).SingleOrDefaultAsync(cancellationToken);
        return plan is null ? new HashSet<WorkflowAction>() : WorkflowPermissions.Allowed(scope, plan);
    }

    /// <summary>
    /// One step: in a write transaction, find the plan the user may read, check their right and the version they saw,
    /// let <paramref name="change"/> move it (and say what to record), then write the history and audit entries.
    /// </summary>
    private async Task<LifecycleResult<PlanState>> StepAsync(
        CurrentUser user,
        int planId,
        Guid version,
        WorkflowAction action,
        string? note,
        Func<AccessScope, Plan, string?> whyNot,
        Func<CchcDbContext, Plan, Task<StepRecord>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransactions.BeginAsync(db, cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plans = scope.ReadablePlans(db.Plans.Where(p => p.Id == planId));

        // A submission freezes the whole plan; the other steps need only the plan's row and unit.
        var plan = await (action == WorkflowAction.Submit ? plans.WithEverything() : plans.Include(p => p.Unit)).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<PlanState>(NotFound);
        }

        if (whyNot(scope, plan) is { } refusal)
        {
            return LifecycleResult.Refused<PlanState>(refusal);
        }

        if (plan.Version != version)
        {
            return LifecycleResult.Refused<PlanState>(Stale);
        }

        var from = plan.Status;
        StepRecord done;
        try
        {
            done = await change(db, plan);
        }
        catch (DomainRuleException e)
        {
            return LifecycleResult.Refused<PlanState>(e.Message);
        }

        WorkflowRecords.Add(db, scope, plan, action, from, done.Note ?? note, done.Detail, done.SubmissionNumber);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LifecycleResult.Refused<PlanState>(Stale);
        }

        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(new PlanState(plan.Id, plan.Status, plan.Version, plan.NumberAndSymbol, plan.IssuedOn));
    }

    /// <summary>What a step records: the audit detail, the submission it froze, a note for the history other than the user's.</summary>
    private sealed record StepRecord(string Detail, int? SubmissionNumber = null, string? Note = null);
}
