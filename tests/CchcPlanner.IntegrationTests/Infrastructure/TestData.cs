using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>Units and catalogue entries saved the way the app saves them; every call makes new rows.</summary>
internal static class TestData
{
    /// <summary>Saves units given parents first, then sets their materialised paths (ids are known only after the first save).</summary>
    public static async Task SaveTreeAsync(CchcDbContext db, IEnumerable<Unit> units)
    {
        var all = units.ToList();
        db.Units.AddRange(all);
        await db.SaveChangesAsync();
        foreach (var unit in all)
        {
            unit.RefreshPath();
        }

        await db.SaveChangesAsync();
    }

    public static async Task<DemoUnits> SaveDemoUnitsAsync(CchcDbContext db)
    {
        var units = DemoUnits.Create();
        await SaveTreeAsync(db, units.All);
        return units;
    }

    /// <summary>The national catalogue and the demo's local documents, as the demo plans cite them.</summary>
    public static async Task<Func<string, LegalDocument>> SaveCatalogueAsync(CchcDbContext db)
    {
        await DatabaseInitializer.AddMissingDocumentsAsync(db, NationalCatalogue.Create(), CancellationToken.None);
        await DatabaseInitializer.AddMissingDocumentsAsync(db, DemoDocuments.Create(), CancellationToken.None);
        var catalogue = await db.LegalDocuments.ToListAsync();
        return symbol => catalogue.Single(d => d.Symbol == symbol);
    }

    public static Unit School(string name, Unit parent) =>
        new(name, "TRUONG", parent.PlaceName, "Hiệu trưởng", UnitCategory.PrimarySchool, parent);
}
