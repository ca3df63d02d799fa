using CchcPlanner.Benchmarks;

// dotnet run -c Release --project benchmarks/CchcPlanner.Benchmarks -- pdf [iterations]
var what = args.FirstOrDefault() ?? "pdf";
var iterations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
Console.WriteLine($"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
switch (what)
{
    case "pdf":
        await PdfBenchmark.RunAsync(iterations, Console.Out);
        break;
    case "profile":
        await PdfProfile.RunAsync(iterations, Console.Out);
        break;
    default:
        Console.Error.WriteLine("usage: pdf|profile [iterations]");
        return 1;
}

return 0;
