using CchcPlanner.Common;
using CchcPlanner.Identity;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Workflow;

/// <summary>A step in a plan's history as the plan page lists it.</summary>
public sealed record HistoryRow(DateTimeOffset At, string UserName, string Role, PlanStatus From, PlanStatus To, string? Note, int? SubmissionNumber)
{
    public string AtText => VietnameseDates.Table(At);

    public string RoleText => Roles.ToVietnamese(Role);

    public string FromText => From.ToVietnamese();

    public string ToText => To.ToVietnamese();
}

public sealed partial class PlanWorkflow
{
    /// <summary>
    /// The plan's steps, oldest first, for the users who may read its review record (its unit and the reviewers above;
    /// see <see cref="AccessScope.ReviewablePlans"/>).
    /// </summary>
    public async Task<LifecycleResult<IReadOnlyList<HistoryRow>>> HistoryAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        if (!await scope.ReviewablePlans(db.Plans).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return LifecycleResult.Refused<IReadOnlyList<HistoryRow>>(NotFound);
        }

        var rows = await db.PlanHistory.Where(h => h.PlanId == planId)
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new HistoryRow(h.At, h.UserName, h.Role, h.From, h.To, h.Note, h.SubmissionNumber))
            .ToListAsync(cancellationToken);
        return LifecycleResult.Done<IReadOnlyList<HistoryRow>>(rows);
    }
}
