using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.FollowUp;

/// <summary>
/// Task progress of a plan in force: each task's status with dated notes (<see cref="Plan.RecordTaskProgress"/>), dated
/// today in Viet Nam. Read like the KPI results (the plan's unit and the reviewers above; others are answered as for a
/// missing plan), recorded by the drafters and head of the plan's unit on an issued or signed plan, all tasks of one save
/// in one transaction on the version the user saw, with one audit entry.
/// </summary>
public sealed class TaskProgressBook(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    /// <summary>The sheet, or null when the plan does not exist or the user may not read it (the two are not told apart).</summary>
    public async Task<TaskProgressSheet?> SheetAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await WithProgress(scope.ReviewablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId))).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var today = VietnameseDates.DateInVietnam(time.GetUtcNow());
        var lines = plan.Tasks.Select(t => new TaskProgressLine(
            t.Id, t.Position + 1, t.Group, t.Content, t.LeadUnit, t.Timeline, t.Status, TaskSchedule.IsOverdue(t.Timeline, t.Status, today),
            [.. t.Progress.OrderBy(p => p.On).ThenBy(p => p.Id).Select(p => new ProgressNote(p.On, p.Status, p.PercentComplete, p.Note, p.RecordedBy))])).ToList();
        return new TaskProgressSheet(plan.Id, plan.Title, plan.Unit.Name, plan.Year, plan.Version, today, PlanPermissions.WhyNotRecordResults(user, plan), lines);
    }

    /// <summary>
    /// Records a dated note for every entry with a note or a new status; entries left as they were are skipped. A new status
    /// without a note, or a percent outside 0–100, refuses the whole save, naming the task by its number.
    /// </summary>
    public async Task<LifecycleResult<SavedProgress>> SaveAsync(
        CurrentUser user, int planId, Guid version, IReadOnlyList<TaskProgressEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(entries);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransactions.BeginAsync(db, cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await WithProgress(scope.ReviewablePlans(db.Plans.Where(p => p.Id == planId))).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<SavedProgress>(KpiResults.NotFound);
        }

        if (PlanPermissions.WhyNotRecordResults(user, plan) is { } refusal)
        {
            return LifecycleResult.Refused<SavedProgress>(refusal);
        }

        if (plan.Version != version)
        {
            return LifecycleResult.Refused<SavedProgress>(KpiResults.Stale);
        }

        var today = VietnameseDates.DateInVietnam(time.GetUtcNow());
        var recorded = 0;
        foreach (var entry in entries)
        {
            if (plan.Tasks.FirstOrDefault(t => t.Id == entry.TaskId) is not { } task)
            {
                return LifecycleResult.Refused<SavedProgress>("Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại trang rồi nhập lại.");
            }

            var note = VietnameseText.CleanOrNull(entry.Note);
            if (note is null && entry.Status == task.Status && entry.PercentComplete is null)
            {
                continue;
            }

            try
            {
                plan.RecordTaskProgress(task, today, entry.Status, note ?? string.Empty, entry.PercentComplete, user.FullName);
            }
            catch (DomainRuleException e)
            {
                return LifecycleResult.Refused<SavedProgress>($"Nhiệm vụ {task.Position + 1}: {e.Message}");
            }

            recorded++;
        }

        if (recorded == 0)
        {
            return LifecycleResult.Done(new SavedProgress(0, plan.Version));
        }

        db.AuditEntries.Add(AuditEntry.By(user, AuditActions.ProgressRecorded, plan.Id, $"Ngày {VietnameseDates.Table(today)}: {recorded} nhiệm vụ"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LifecycleResult.Refused<SavedProgress>(KpiResults.Stale);
        }

        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(new SavedProgress(recorded, plan.Version));
    }

    private static IQueryable<Plan> WithProgress(IQueryable<Plan> plans) =>
        plans.Include(p => p.Unit).Include(p => p.Tasks).ThenInclude(t => t.Progress).AsSplitQuery();
}
