using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Overview;

/// <summary>
/// The reviewer's overview of the plans of the units below (tình hình kế hoạch đơn vị), and the submission deadline the
/// reviewer sets. Reads only what the rows show: units, and per plan its state, first submission and open threads, never
/// the plan's body.
/// </summary>
public sealed class PlanOverview(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    public const string RefusedToRead = "Chỉ cán bộ thẩm định và quản trị hệ thống mới xem được tình hình kế hoạch của các đơn vị trực thuộc.";

    public const string RefusedToSet = "Chỉ cán bộ thẩm định và quản trị hệ thống mới được đặt hạn gửi kế hoạch.";

    private sealed record PlanFacts(int Id, int UnitId, string Title, PlanStatus Status, DateTimeOffset UpdatedAt, DateTimeOffset? FirstSubmittedAt, int OpenComments);

    public static bool MayRead(CurrentUser user) => user is not null && (user.IsIn(Roles.Reviewer) || user.IsIn(Roles.Admin));

    public async Task<LifecycleResult<OverviewReport>> ReportAsync(CurrentUser user, int year, PlanKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!MayRead(user))
        {
            return LifecycleResult.Refused<OverviewReport>(RefusedToRead);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var path = scope.UnitPath;
        var own = user.UnitId;
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(path) && u.Id != own && u.IsActive)
            .Select(u => new TreeUnit(u.Id, u.ParentId, u.Name))
            .ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.Year == year && p.Kind == kind && p.UnitId != own && p.Unit.Path.StartsWith(path))
            .Select(p => new PlanFacts(
                p.Id,
                p.UnitId,
                p.Title,
                p.Status,
                p.UpdatedAt,
                db.Submissions.Where(s => s.PlanId == p.Id && s.Number == 1).Select(s => (DateTimeOffset?)s.At).FirstOrDefault(),
                db.ReviewComments.Count(c => c.PlanId == p.Id && c.ThreadId == null && c.ResolvedAt == null)))
            .ToListAsync(cancellationToken);
        var deadline = await db.SubmissionDeadlines.AsNoTracking()
            .Where(d => d.ReviewingUnitId == own && d.Year == year && d.Kind == kind)
            .Select(d => new DeadlineRow(d.DueOn, d.SetBy, d.SetAt))
            .SingleOrDefaultAsync(cancellationToken);
        var ownName = await db.Units.Where(u => u.Id == own).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) ?? user.UnitName;

        var today = VietnameseDates.DateInVietnam(time.GetUtcNow());
        var planOf = plans.GroupBy(p => p.UnitId).ToDictionary(
            g => g.Key, g => g.OrderByDescending(p => p.Status).ThenByDescending(p => p.UpdatedAt).First());
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        names[own] = ownName;
        var rows = TreeUnit.InTreeOrder(units, own).Select(item =>
        {
            var (unit, depth) = item;
            planOf.TryGetValue(unit.Id, out var plan);
            DateOnly? submittedOn = plan?.FirstSubmittedAt is { } at ? VietnameseDates.DateInVietnam(at) : null;
            var stillOwed = plan is null || (plan.Status == PlanStatus.Draft && submittedOn is null);
            return new OverviewRow(
                unit.Id,
                unit.Name,
                unit.ParentId is { } parent && names.TryGetValue(parent, out var parentName) ? parentName : string.Empty,
                depth,
                plan?.Id,
                plan?.Title,
                plan?.Status,
                submittedOn,
                Lateness.DaysLate(deadline?.DueOn, submittedOn, stillOwed, today),
                plan?.OpenComments ?? 0);
        }).ToList();
        return LifecycleResult.Done(new OverviewReport(ownName, year, kind, today, deadline, rows));
    }

    /// <summary>
    /// The year the overview opens on: the latest year for which a unit below has a plan of this kind, at most next year
    /// (annual plans are drafted in the last weeks of the year before), or this year when there is none yet.
    /// </summary>
    public async Task<int> LatestYearAsync(CurrentUser user, PlanKind kind, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var thisYear = VietnameseDates.DateInVietnam(time.GetUtcNow()).Year;
        if (!MayRead(user))
        {
            return thisYear;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var path = (await AccessScope.ForAsync(db, user, cancellationToken)).UnitPath;
        var latest = await db.Plans
            .Where(p => p.Kind == kind && p.UnitId != user.UnitId && p.Unit.Path.StartsWith(path) && p.Year <= thisYear + 1)
            .MaxAsync(p => (int?)p.Year, cancellationToken);
        return latest ?? thisYear;
    }

    /// <summary>Sets or moves the deadline of the reviewer's (or administrator's) unit for a year and kind; recorded in the audit trail.</summary>
    public async Task<LifecycleResult<DeadlineRow>> SetDeadlineAsync(
        CurrentUser reviewer, int year, PlanKind kind, DateOnly dueOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        // The reviewer sets it day to day; the administrator of the same unit may too (issue 8: a setting for the units below).
        if (!MayRead(reviewer))
        {
            return LifecycleResult.Refused<DeadlineRow>(RefusedToSet);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var deadline = await db.SubmissionDeadlines
            .SingleOrDefaultAsync(d => d.ReviewingUnitId == reviewer.UnitId && d.Year == year && d.Kind == kind, cancellationToken);
        try
        {
            if (deadline is null)
            {
                deadline = new SubmissionDeadline(reviewer.UnitId, year, kind, dueOn, reviewer, now);
                db.SubmissionDeadlines.Add(deadline);
            }
            else
            {
                deadline.Move(dueOn, reviewer, now);
            }
        }
        catch (DomainRuleException ex)
        {
            return LifecycleResult.Refused<DeadlineRow>(ex.Message);
        }

        db.AuditEntries.Add(AuditEntry.By(
            reviewer, AuditActions.DeadlineSet, null, $"Hạn gửi {kind.ToVietnamese()} năm {year}: {VietnameseDates.Table(dueOn)}."));
        await db.SaveChangesAsync(cancellationToken);
        return LifecycleResult.Done(new DeadlineRow(deadline.DueOn, deadline.SetBy, deadline.SetAt));
    }
}
