using CchcPlanner.Data.Demo;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.Plans.Creation;

/// <summary>
/// The demo tree and catalogue as the database would give them back: units with ids and paths, catalogue entries
/// with ids. Every call builds new instances.
/// </summary>
internal static class CreationTestData
{
    public static DemoUnits Units()
    {
        var units = DemoUnits.Create();
        var id = 1;
        foreach (var unit in units.All)
        {
            Persisted.WithId(unit, id++);
            unit.RefreshPath();
        }

        return units;
    }

    /// <summary>The national catalogue and the demo's local documents.</summary>
    public static List<LegalDocument> Catalogue()
    {
        var all = NationalCatalogue.Create().Concat(DemoDocuments.Create()).ToList();
        var id = 1;
        foreach (var document in all)
        {
            Persisted.WithId(document, id++);
        }

        return all;
    }

    public static Func<string, LegalDocument> BySymbol(IEnumerable<LegalDocument> catalogue)
    {
        var bySymbol = catalogue.ToDictionary(d => d.Symbol);
        return symbol => bySymbol[symbol];
    }

    /// <summary>The issued 2024 plan of UBND Quận 1 with ids on the plan, its KPIs and its tasks, as loaded from the database.</summary>
    public static Plan District1Plan(DemoUnits units)
    {
        var plan = Persisted.WithId(District1Plan2024.Build(units.District1, BySymbol(Catalogue())), 100);
        var id = 1000;
        foreach (var kpi in plan.Kpis)
        {
            Persisted.WithId(kpi, id++);
        }

        foreach (var task in plan.Tasks)
        {
            Persisted.WithId(task, id++);
        }

        return plan;
    }
}
