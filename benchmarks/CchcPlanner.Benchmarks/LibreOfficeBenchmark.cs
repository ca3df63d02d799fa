using System.Diagnostics;
using System.Globalization;
using CchcPlanner.Documents;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// LibreOffice converting the project's DOCX of the same plan to PDF: cold (a new <c>soffice --headless
/// --convert-to pdf</c> per document, as a clerk's conversion runs) and warm (one LibreOffice kept running, driven
/// through UNO by <c>lo-convert.py</c>, when python3-uno is installed).
/// </summary>
internal static class LibreOfficeBenchmark
{
    private const string Soffice = "/usr/bin/soffice", Python = "/usr/bin/python3";

    public static async Task RunAsync(int coldRuns, int warmRuns, double pdfMedianMs, TextWriter report)
    {
        if (!File.Exists(Soffice))
        {
            report.WriteLine("LibreOffice: not installed (apt-get install -y libreoffice-writer-nogui)");
            return;
        }

        var folder = Directory.CreateTempSubdirectory("cchc-lo-");
        try
        {
            var docx = Path.Combine(folder.FullName, "ke-hoach.docx");
            await File.WriteAllBytesAsync(docx, DocxRenderer.Render(ExamplePlan.Kindergarten()));
            var profile = "-env:UserInstallation=" + new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            string[] convert = ["--headless", "--norestore", profile, "--convert-to", "pdf", "--outdir", Path.Combine(folder.FullName, "cold"), docx];
            var first = await TimeAsync(Soffice, convert);
            report.WriteLine(FormattableString.Invariant($"LibreOffice first start (creates its profile): {first.TotalMilliseconds:0} ms"));
            var cold = new Samples("LibreOffice cold, per document");
            for (var i = 0; i < coldRuns; i++)
            {
                cold.Add(await TimeAsync(Soffice, convert));
            }

            report.WriteLine(cold);
            report.WriteLine(FormattableString.Invariant($"Chromium is {cold.Median / pdfMedianMs:0.0}× faster than LibreOffice cold (median against median)"));
            if (await WarmAsync(folder.FullName, docx, warmRuns, report) is { } warm)
            {
                report.WriteLine(warm);
                report.WriteLine(FormattableString.Invariant($"Chromium is {warm.Median / pdfMedianMs:0.0}× faster than LibreOffice warm"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<Samples?> WarmAsync(string folder, string docx, int runs, TextWriter report)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "lo-convert.py");
        if (!File.Exists(Python) || (await RunAsync(Python, ["-c", "import uno"])).ExitCode != 0)
        {
            report.WriteLine("LibreOffice warm: skipped (apt-get install -y python3-uno)");
            return null;
        }

        var pipe = $"cchc-bench-{Environment.ProcessId}";
        var profile = "-env:UserInstallation=" + new Uri(Path.Combine(folder, "warm-profile")).AbsoluteUri;
        using var office = Process.Start(Start(Soffice, ["--headless", "--norestore", "--nologo", profile, $"--accept=pipe,name={pipe};urp;"]))!;
        try
        {
            var run = await RunAsync(Python, [script, pipe, docx, Path.Combine(folder, "warm.pdf"), $"{runs + 3}"]);
            var samples = new Samples("LibreOffice warm, per document");
            foreach (var line in run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(3))
            {
                samples.Add(TimeSpan.FromMilliseconds(double.Parse(line, CultureInfo.InvariantCulture)));
            }

            return samples;
        }
        finally
        {
            office.Kill(entireProcessTree: true);
        }
    }

    private static async Task<TimeSpan> TimeAsync(string program, string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var run = await RunAsync(program, arguments);
        return run.ExitCode == 0 ? clock.Elapsed : throw new InvalidOperationException($"{program} failed: {run.Output}");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments)
    {
        using var process = Process.Start(Start(program, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static ProcessStartInfo Start(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
