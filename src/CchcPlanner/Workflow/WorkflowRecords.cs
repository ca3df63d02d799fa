using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Security;

namespace CchcPlanner.Workflow;

/// <summary>What every step of the workflow leaves behind, added to the step's own unit of work: a history entry and an audit entry.</summary>
internal static class WorkflowRecords
{
    public static void Add(
        CchcDbContext db, AccessScope scope, Plan plan, WorkflowAction action, PlanStatus from, string? note, string detail, int? submissionNumber = null)
    {
        var history = new PlanHistoryEntry(plan.Id, scope.User, WorkflowPermissions.ActingRole(scope, plan, action), from, plan.Status, note);
        if (submissionNumber is { } number)
        {
            history.Records(number);
        }

        db.PlanHistory.Add(history);
        db.AuditEntries.Add(AuditEntry.By(scope.User, AuditCode(action), plan.Id, detail));
    }

    private static string AuditCode(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => AuditActions.PlanSubmitted,
        WorkflowAction.Return => AuditActions.PlanReturned,
        WorkflowAction.Approve => AuditActions.PlanApproved,
        WorkflowAction.Issue => AuditActions.PlanIssued,
        WorkflowAction.UploadScan => AuditActions.PlanSigned,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a step of the workflow."),
    };
}
