using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.FollowUp;

/// <summary>
/// Reads and records a plan's KPI results one reporting period at a time. Like the review record, results stay inside the
/// tree (<see cref="AccessScope.ReviewablePlans"/>): the plan's unit and the reviewers above read them, other bodies that
/// read the published plan do not, and are answered as for a missing plan. Saving (<see cref="PlanPermissions.WhyNotRecordResults"/>) is one transaction over all KPIs of the plan, on the version
/// of the plan the user saw, and leaves an audit entry; a refusal is a Vietnamese answer and saves nothing.
/// </summary>
public sealed class KpiResults(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    public const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";
    public const string Stale = "Kế hoạch vừa được người khác thay đổi; hãy tải lại trang rồi nhập lại.";

    /// <summary>The sheet, or null when the plan does not exist or the user may not read it (the two are not told apart).</summary>
    public async Task<KpiResultSheet?> SheetAsync(CurrentUser user, int planId, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await WithResults(scope.ReviewablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId))).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var lines = plan.Kpis.Select(k =>
        {
            var result = k.Results.FirstOrDefault(r => r.Period == period);
            return new KpiResultLine(
                k.Id, k.Position + 1, k.Group, k.Text, k.Comparator, k.Target, k.Unit, result?.Value, result?.Note,
                result?.Id, result?.EvidencePath is { } evidence ? EvidenceFile.FromStoredName(evidence) : null);
        }).ToList();
        return new KpiResultSheet(
            plan.Id, plan.Title, plan.Unit.Name, plan.Year, plan.Status, plan.Version, period, PlanPermissions.WhyNotRecordResults(user, plan), lines);
    }

    /// <summary>Records the entries that differ from what is stored; entries left as they were are not touched.</summary>
    public async Task<LifecycleResult<SavedResults>> SaveAsync(
        CurrentUser user, int planId, Guid version, ReportingPeriod period, IReadOnlyList<KpiResultEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(entries);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransactions.BeginAsync(db, cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await WithResults(scope.ReviewablePlans(db.Plans.Where(p => p.Id == planId))).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<SavedResults>(NotFound);
        }

        if (PlanPermissions.WhyNotRecordResults(user, plan) is { } refusal)
        {
            return LifecycleResult.Refused<SavedResults>(refusal);
        }

        if (plan.Version != version)
        {
            return LifecycleResult.Refused<SavedResults>(Stale);
        }

        var changed = Record(plan, period, entries, user.FullName, time.GetUtcNow());
        if (changed.Refusal is not null || changed.Value == 0)
        {
            return changed.Refusal is { } why ? LifecycleResult.Refused<SavedResults>(why) : LifecycleResult.Done(new SavedResults(0, plan.Version));
        }

        db.AuditEntries.Add(AuditEntry.By(user, AuditActions.ResultsRecorded, plan.Id, $"{period.ToVietnamese()}: {changed.Value} chỉ tiêu"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LifecycleResult.Refused<SavedResults>(Stale);
        }

        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(new SavedResults(changed.Value, plan.Version));
    }

    private static LifecycleResult<int> Record(Plan plan, ReportingPeriod period, IReadOnlyList<KpiResultEntry> entries, string recordedBy, DateTimeOffset at)
    {
        var changed = 0;
        foreach (var entry in entries)
        {
            var kpi = plan.Kpis.FirstOrDefault(k => k.Id == entry.KpiId);
            if (kpi is null)
            {
                return LifecycleResult.Refused<int>("Có chỉ tiêu không thuộc kế hoạch này; hãy tải lại trang rồi nhập lại.");
            }

            var stored = kpi.Results.FirstOrDefault(r => r.Period == period);
            var note = VietnameseText.CleanOrNull(entry.Note);
            if (stored is null ? entry.Value is null && note is null : stored.Value == entry.Value && stored.Note == note)
            {
                continue;
            }

            try
            {
                plan.RecordKpiResult(kpi, period, entry.Value, note, recordedBy, at);
            }
            catch (DomainRuleException e)
            {
                return LifecycleResult.Refused<int>($"Chỉ tiêu {kpi.Position + 1}: {e.Message}");
            }

            changed++;
        }

        return LifecycleResult.Done(changed);
    }

    private static IQueryable<Plan> WithResults(IQueryable<Plan> plans) =>
        plans.Include(p => p.Unit).Include(p => p.Kpis).ThenInclude(k => k.Results).AsSplitQuery();
}
