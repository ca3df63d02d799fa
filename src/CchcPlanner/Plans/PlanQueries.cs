using CchcPlanner.Data;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Plans;

/// <summary>A line of the plan list.</summary>
public sealed record PlanListRow(
    int Id, int UnitId, int Year, PlanKind Kind, string UnitName, string Title, string NumberAndSymbol, PlanStatus Status,
    DateTimeOffset UpdatedAt, string? UpdatedBy)
{
    public string KindText => Kind.ToVietnamese();

    public string StatusText => Status.ToVietnamese();

    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;
}

/// <summary>Reads plans for the pages, always through the user's <see cref="AccessScope"/>.</summary>
public sealed class PlanQueries(IDbContextFactory<CchcDbContext> contexts)
{
    public async Task<IReadOnlyList<PlanListRow>> ListAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var rows = await scope.ReadablePlans(db.Plans)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Unit.Name).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.UnitId, p.Year, p.Kind, UnitName = p.Unit.Name, p.Title, p.Number, p.Symbol, p.Status, p.UpdatedAt, p.UpdatedBy })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PlanListRow(
            r.Id, r.UnitId, r.Year, r.Kind, r.UnitName, r.Title, PlanNumbers.Format(r.Number, r.Symbol), r.Status, r.UpdatedAt, r.UpdatedBy)).ToList();
    }

    /// <summary>The whole plan, or null when it does not exist or the user may not read it (the two are not told apart).</summary>
    public async Task<Plan?> GetAsync(int id, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        return await scope.ReadablePlans(db.Plans.AsNoTracking().Where(p => p.Id == id)).WithEverything().SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// A unit with the body above it, as a plan's header names them; for checking a draft the caller has already opened
    /// (the editor), so no access check here.
    /// </summary>
    public async Task<Unit?> UnitAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
    }
}

public static class PlanLoading
{
    /// <summary>Loads every part of a plan, one query per collection so that rows do not multiply.</summary>
    public static IQueryable<Plan> WithEverything(this IQueryable<Plan> plans) => plans
        .Include(p => p.Unit).ThenInclude(u => u.Parent)
        .Include(p => p.ParentPlan)
        .Include(p => p.LegalBases).ThenInclude(b => b.LegalDocument)
        .Include(p => p.Sections).ThenInclude(s => s.Items)
        .Include(p => p.Kpis).ThenInclude(k => k.Results)
        .Include(p => p.Tasks).ThenInclude(t => t.Progress)
        .Include(p => p.ReportingDeadlines)
        .Include(p => p.BudgetLines)
        .Include(p => p.Responsibilities)
        .Include(p => p.Recipients)
        .AsSplitQuery();
}
