using CchcPlanner.Data;

namespace CchcPlanner.Units;

/// <summary>
/// Saving new units: a unit's path holds its own id, known only after the first save, so each new unit is saved,
/// then placed (parents first), then saved again. Callers wrap both saves in their transaction.
/// </summary>
internal static class UnitPlacement
{
    public static async Task AddAsync(CchcDbContext db, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);

        // Given parents first (a sheet's rows may name an earlier row as parent), so each parent's path is set in time.
        foreach (var unit in units)
        {
            unit.RefreshPath();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
