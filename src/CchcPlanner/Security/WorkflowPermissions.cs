using CchcPlanner.Identity;
using CchcPlanner.Plans;

namespace CchcPlanner.Security;

/// <summary>A step of the workflow a user may be offered on a plan.</summary>
public enum WorkflowAction
{
    Submit,
    Return,
    Approve,
    Issue,
    UploadScan,
    Comment,
}

/// <summary>
/// Who may move a plan through the workflow, from their role and their place in the unit tree (the plan's unit is loaded):
/// the drafter or head of the plan's unit submits; a reviewer of a unit above it (an ancestor, never the same unit)
/// returns or approves; a unit at the top of the tree has nobody above, so its own head returns or approves; the clerk of
/// the plan's unit issues it and uploads the signed scan. Reading is <see cref="AccessScope"/>'s business.
/// </summary>
public static class WorkflowPermissions
{
    public static string? WhyNotSubmit(AccessScope scope, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return PlanPermissions.CanDraftFor(scope.User, plan.UnitId)
            ? null
            : "Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được gửi duyệt kế hoạch này.";
    }

    /// <summary>Returning and approving.</summary>
    public static string? WhyNotReview(AccessScope scope, Plan plan) =>
        IsReviewerAbove(scope, plan) || IsHeadOfTopUnit(scope, plan)
            ? null
            : "Chỉ cán bộ thẩm định của cơ quan cấp trên mới được trả lại hoặc duyệt kế hoạch này.";

    /// <summary>Issuing (number and date from the register) and uploading the signed scan.</summary>
    public static string? WhyNotRegister(AccessScope scope, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(plan);
        return scope.User.IsIn(Roles.Clerk) && scope.User.UnitId == plan.UnitId
            ? null
            : "Chỉ văn thư của đơn vị ban hành mới được cấp số, ban hành và tải lên bản ký của kế hoạch này.";
    }

    /// <summary>Comments come from the two sides of the review: the plan's drafters and the reviewers above.</summary>
    public static string? WhyNotComment(AccessScope scope, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return PlanPermissions.CanDraftFor(scope.User, plan.UnitId) || IsReviewerAbove(scope, plan)
            ? null
            : "Chỉ cán bộ soạn thảo, thủ trưởng đơn vị và cán bộ thẩm định cấp trên mới được góp ý kế hoạch này.";
    }

    /// <summary>What to offer the user on the plan now: their rights and the plan's state together.</summary>
    public static IReadOnlySet<WorkflowAction> Allowed(AccessScope scope, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var allowed = new HashSet<WorkflowAction>();
        if (plan.IsEditable && WhyNotSubmit(scope, plan) is null)
        {
            allowed.Add(WorkflowAction.Submit);
        }

        if (plan.Status == PlanStatus.Submitted && WhyNotReview(scope, plan) is null)
        {
            allowed.UnionWith([WorkflowAction.Return, WorkflowAction.Approve]);
        }

        if (plan.Status == PlanStatus.Approved && WhyNotRegister(scope, plan) is null)
        {
            allowed.Add(WorkflowAction.Issue);
        }

        if (plan.Status == PlanStatus.Issued && WhyNotRegister(scope, plan) is null)
        {
            allowed.Add(WorkflowAction.UploadScan);
        }

        if (IsOpenForComments(plan.Status) && WhyNotComment(scope, plan) is null)
        {
            allowed.Add(WorkflowAction.Comment);
        }

        return allowed;
    }

    /// <summary>Comments belong to the review: once a plan is approved, its text is settled.</summary>
    public static bool IsOpenForComments(PlanStatus status) => status is PlanStatus.Draft or PlanStatus.Submitted or PlanStatus.Returned;

    /// <summary>The role a user acts in for a step, as the history records it.</summary>
    public static string ActingRole(AccessScope scope, Plan plan, WorkflowAction action)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var user = scope.User;
        return action switch
        {
            WorkflowAction.Return or WorkflowAction.Approve => IsReviewerAbove(scope, plan) ? Roles.Reviewer : Roles.Head,
            WorkflowAction.Issue or WorkflowAction.UploadScan => Roles.Clerk,
            _ when IsReviewerAbove(scope, plan) => Roles.Reviewer,
            _ => user.IsIn(Roles.Head) ? Roles.Head : Roles.Drafter,
        };
    }

    private static bool IsReviewerAbove(AccessScope scope, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(plan);
        return scope.User.IsIn(Roles.Reviewer)
            && plan.UnitId != scope.User.UnitId
            && plan.Unit.Path.Length > 0
            && plan.Unit.Path.StartsWith(scope.UnitPath, StringComparison.Ordinal);
    }

    private static bool IsHeadOfTopUnit(AccessScope scope, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(plan);
        return scope.User.IsIn(Roles.Head) && scope.User.UnitId == plan.UnitId && plan.Unit.ParentId is null && plan.Unit.Parent is null;
    }
}
