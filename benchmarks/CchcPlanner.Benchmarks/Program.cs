using System.Globalization;
using CchcPlanner.Benchmarks;
using CchcPlanner.Documents;

// dotnet run -c Release --project benchmarks/CchcPlanner.Benchmarks -- pdf [iterations]      (docs/performance.md)
// dotnet run -c Release --project benchmarks/CchcPlanner.Benchmarks -- profile [iterations]  (where Chromium's time goes)
// dotnet run -c Release --project benchmarks/CchcPlanner.Benchmarks -- import [iterations] [file]  (import of the kindergarten example)
// dotnet run -c Release --project benchmarks/CchcPlanner.Benchmarks -- dashboard [iterations]  (1,000 units × 5 years on a throwaway PostgreSQL)
var what = args.FirstOrDefault() ?? "pdf";
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim();
Console.WriteLine($"{Environment.ProcessorCount} × {cpu}, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"browser {new PdfRendererOptions().ResolveBrowserPath()}, load average {ProcessMemory.LoadAverage()} at start");
switch (what)
{
    case "pdf":
        var pdf = await PdfBenchmark.RunAsync(iterations, Console.Out);
        await LibreOfficeBenchmark.RunAsync(coldRuns: 7, warmRuns: 15, pdf.Median, Console.Out);
        break;
    case "import":
        ImportBenchmark.Run(iterations, args.ElementAtOrDefault(2), Console.Out);
        break;
    case "dashboard":
        await DashboardBenchmark.RunAsync(args.Length > 1 ? iterations : 50, Console.Out);
        break;
    case "profile":
        await PdfProfile.RunAsync(iterations, Console.Out);
        break;
    default:
        Console.Error.WriteLine("usage: pdf|profile|import|dashboard [iterations] [file]");
        return 1;
}

return 0;
