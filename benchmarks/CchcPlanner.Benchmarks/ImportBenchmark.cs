using System.Diagnostics;
using CchcPlanner.Checks;
using CchcPlanner.Import;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// Import of the 26 KB kindergarten example (../shared/examples, or the path given) against the national catalogue,
/// warm (the importer run many times first so that .NET's tiered JIT has finished), then the checks on the result:
/// median, p95 and minimum time and the bytes allocated per import.
/// </summary>
internal static class ImportBenchmark
{
    private const int WarmUps = 300;

    public static Samples Run(int iterations, string? path, TextWriter report)
    {
        var file = path ?? FindExample();
        var bytes = File.ReadAllBytes(file);
        var name = Path.GetFileName(file);
        var catalogue = NationalCatalogue.Create();
        var citations = new CitationCatalogue(catalogue);
        report.WriteLine(FormattableString.Invariant($"{name}: {bytes.Length / 1024.0:0.0} KiB, catalogue of {catalogue.Count} entries"));
        var started = Stopwatch.StartNew();
        var first = Import(bytes, name, catalogue);
        report.WriteLine(FormattableString.Invariant(
            $"first import (cold): {started.Elapsed.TotalMilliseconds:0.0} ms; {first.Plan.Sections.Count} sections, {first.Plan.Kpis.Count} KPIs, {first.Plan.Tasks.Count} tasks, {first.Citations.Count} cited documents"));
        for (var i = 0; i < WarmUps; i++)
        {
            Check(Import(bytes, name, catalogue), bytes, name, citations);
        }

        var (import, check) = (new Samples("import (PlanImporter.Import)"), new Samples("checks (PlanChecker.Check)"));
        long allocated = 0;
        var fastest = double.MaxValue;
        for (var i = 0; i < iterations; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var result = Import(bytes, name, catalogue);
            var imported = clock.Elapsed;
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            Check(result, bytes, name, citations);
            import.Add(imported);
            check.Add(clock.Elapsed - imported);
            fastest = Math.Min(fastest, imported.TotalMilliseconds);
        }

        report.WriteLine(import);
        report.WriteLine(FormattableString.Invariant($"{string.Empty,-34} min {fastest,11:0.00} ms   allocated {allocated / iterations / 1024.0 / 1024.0:0.0} MiB per import"));
        report.WriteLine(check);
        return import;
    }

    private static ImportResult Import(byte[] bytes, string name, IReadOnlyList<LegalDocument> catalogue)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PlanImporter.Import(stream, name, catalogue);
    }

    private static void Check(ImportResult result, byte[] bytes, string name, CitationCatalogue catalogue) =>
        PlanChecker.Check(result.Plan, ImportChecks.Context(bytes, name, catalogue));

    /// <summary>The example beside the repository (../shared/examples), looked for from the working folder upwards.</summary>
    private static string FindExample()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "examples", "mn-tuoi-hong-2023-cchc.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Không tìm thấy shared/examples/mn-tuoi-hong-2023-cchc.txt; hãy cho đường dẫn tệp.");
    }
}
