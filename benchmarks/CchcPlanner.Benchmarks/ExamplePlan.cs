using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;

namespace CchcPlanner.Benchmarks;

/// <summary>The kindergarten example (Kế hoạch 16/KH-MNTH, eight pages) built in memory, as the tests build it.</summary>
internal static class ExamplePlan
{
    private static readonly Dictionary<string, LegalDocument> Catalogue =
        NationalCatalogue.Create().Concat(DemoDocuments.Create()).ToDictionary(d => d.Symbol);

    public static Plan KindergartenPlan() => KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, symbol => Catalogue[symbol]);

    public static OfficialDocument Kindergarten() => PlanDocumentBuilder.Build(KindergartenPlan());
}
