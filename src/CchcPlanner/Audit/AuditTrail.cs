using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Audit;

/// <summary>What an administrator filters the trail by; dates are days in Viet Nam, both ends included.</summary>
public sealed record AuditFilter(int? PlanId = null, string? UserId = null, string? Action = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditRow(long Id, DateTimeOffset At, string UserId, string UserName, string FullName, string UnitName, string Action, int? PlanId, string Detail)
{
    public string ActionText => AuditActions.ToVietnamese(Action);

    public string AtText => VietnameseDates.Table(At);
}

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize);

/// <summary>
/// The audit trail: recorded by the services as they act (in the same transaction as the action), read by administrators.
/// There is deliberately no way to change or delete an entry.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<CchcDbContext> contexts)
{
    public const int MaxPageSize = 200;

    /// <summary>Records an action that writes nothing else, such as downloading a document; at the time of saving.</summary>
    public async Task RecordAsync(CurrentUser user, string action, int? planId, string detail, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.By(user, action, planId, detail));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Entries of the users of the administrator's unit and the units below it, newest first, one page at a time
    /// (<paramref name="page"/> counts from 1). Anyone but an administrator is refused.
    /// </summary>
    public async Task<LifecycleResult<AuditPage>> QueryAsync(
        CurrentUser admin, AuditFilter filter, int page = 1, int pageSize = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(filter);
        if (!admin.IsIn(Roles.Admin))
        {
            return LifecycleResult.Refused<AuditPage>("Chỉ quản trị hệ thống mới được xem nhật ký hoạt động.");
        }

        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, admin, cancellationToken);
        var units = scope.ReadableUnits(db.Units).Select(u => u.Id);
        var entries = Filtered(db.AuditEntries.Where(e => units.Contains(e.UnitId)), filter);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.UserId, e.UserName, e.FullName, e.UnitName, e.Action, e.PlanId, e.Detail))
            .ToListAsync(cancellationToken);
        return LifecycleResult.Done(new AuditPage(rows, total, page, pageSize));
    }

    private static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (filter.PlanId is { } planId)
        {
            entries = entries.Where(e => e.PlanId == planId);
        }

        if (filter.UserId is { Length: > 0 } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (filter.Action is { Length: > 0 } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = StartOfDayInVietnam(from);
            entries = entries.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDayInVietnam(to.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }

    private static DateTimeOffset StartOfDayInVietnam(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, VietnameseDates.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
