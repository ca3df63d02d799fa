using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Units;

/// <summary>A unit as listed in the tree, indented by <see cref="Depth"/>.</summary>
public sealed record UnitRow(
    int Id, int? ParentId, string Name, string Abbreviation, string PlaceName, string HeadTitle, UnitCategory Category,
    bool IsActive, int Depth, int PlanCount)
{
    public string CategoryText => Category.ToVietnamese();
}

public sealed class UnitQueries(IDbContextFactory<CchcDbContext> contexts)
{
    /// <summary>The units the user may see, in tree order with siblings in Vietnamese alphabetical order.</summary>
    public async Task<IReadOnlyList<UnitRow>> TreeAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var units = await scope.ReadableUnits(db.Units)
            .Select(u => new { u.Id, u.ParentId, u.Name, u.Abbreviation, u.PlaceName, u.HeadTitle, u.Category, u.IsActive, PlanCount = db.Plans.Count(p => p.UnitId == u.Id) })
            .ToListAsync(cancellationToken);
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.ToLookup(u => u.ParentId is { } p && ids.Contains(p) ? p : (int?)null);
        var rows = new List<UnitRow>();
        void Walk(int? parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Name, VietnameseText.Comparer))
            {
                rows.Add(new UnitRow(unit.Id, unit.ParentId, unit.Name, unit.Abbreviation, unit.PlaceName, unit.HeadTitle, unit.Category, unit.IsActive, depth, unit.PlanCount));
                Walk(unit.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return rows;
    }

    /// <summary>A unit with its parent, as documents print it; null when it does not exist.</summary>
    public async Task<Unit?> WithParentAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Units.AsNoTracking().Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
    }
}
