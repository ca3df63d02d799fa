using System.Diagnostics;
using CchcPlanner.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// The kindergarten example to PDF with a warm renderer, stage by stage (document model, HTML, Chromium print); then
/// twenty documents at once; then the peak memory of this process and of its Chromium.
/// </summary>
internal static class PdfBenchmark
{
    public const int Parallel = 20;

    public static async Task<Samples> RunAsync(int iterations, TextWriter report)
    {
        var document = ExamplePlan.Kindergarten();
        var plan = ExamplePlan.KindergartenPlan();
        await using var renderer = new PdfRenderer(new PdfRendererOptions(), NullLogger<PdfRenderer>.Instance);
        var started = Stopwatch.StartNew();
        await renderer.WarmUpAsync();
        report.WriteLine(FormattableString.Invariant($"Chromium start and first page: {started.ElapsedMilliseconds} ms"));
        // Warm means Chromium's caches and .NET's tiered JIT too: the first few dozen documents recompile Playwright's code.
        for (var i = 0; i < 60; i++)
        {
            await renderer.RenderAsync(HtmlRenderer.Render(document));
        }

        var (model, html, print, total) = (new Samples("1. document model"), new Samples("2. HTML"), new Samples("3. Chromium print"), new Samples("whole document, sequential"));
        var bytes = 0;
        var chromium = ProcessMemory.ChromiumDescendants();
        var driver = ProcessMemory.Descendants("/node");
        var (chromiumCpu, driverCpu, ownCpu) = (ProcessMemory.CpuMs(chromium), ProcessMemory.CpuMs(driver), ProcessMemory.CpuMs([Environment.ProcessId]));
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            var built = PlanDocumentBuilder.Build(plan);
            var afterModel = clock.Elapsed;
            var markup = HtmlRenderer.Render(built);
            var afterHtml = clock.Elapsed;
            bytes = (await renderer.RenderAsync(markup)).Length;
            model.Add(afterModel);
            html.Add(afterHtml - afterModel);
            print.Add(clock.Elapsed - afterHtml);
            total.Add(clock.Elapsed);
        }

        foreach (var samples in new[] { model, html, print, total })
        {
            report.WriteLine(samples);
        }

        report.WriteLine(FormattableString.Invariant(
            $"CPU per document: Chromium {(ProcessMemory.CpuMs(chromium) - chromiumCpu) / iterations:0} ms, Playwright driver {(ProcessMemory.CpuMs(driver) - driverCpu) / iterations:0} ms, this process {(ProcessMemory.CpuMs([Environment.ProcessId]) - ownCpu) / iterations:0} ms"));
        report.WriteLine(FormattableString.Invariant($"PDF {bytes / 1024.0:0} KiB; load average {ProcessMemory.LoadAverage()} on {Environment.ProcessorCount} cores"));
        var rounds = await ParallelAsync(renderer, plan);
        report.WriteLine(rounds);
        report.WriteLine(FormattableString.Invariant($"throughput: {Parallel / (rounds.Median / 1000):0.0} documents/s ({new PdfRendererOptions().Pages} pages in the pool, the default here)"));
        var browser = ProcessMemory.ChromiumDescendants();
        var peaks = browser.Select(ProcessMemory.PeakKb).ToList();
        report.WriteLine(FormattableString.Invariant(
            $"peak memory (VmHWM): this process {ProcessMemory.PeakKb(Environment.ProcessId) / 1024.0:0} MiB; Chromium {peaks.Count} processes, largest {peaks.Max() / 1024.0:0} MiB, sum {peaks.Sum() / 1024.0:0} MiB (shared pages counted in each)"));
        report.WriteLine(FormattableString.Invariant($"Chromium now, shared pages counted once (sum of Pss): {browser.Sum(ProcessMemory.PssKb) / 1024.0:0} MiB"));
        foreach (var pages in new[] { 1, 2, 8 })
        {
            await using var pool = new PdfRenderer(new PdfRendererOptions { Pages = pages }, NullLogger<PdfRenderer>.Instance);
            await ParallelAsync(pool, plan);
            report.WriteLine(FormattableString.Invariant($"  with {pages} pages in the pool: {Parallel / ((await ParallelAsync(pool, plan)).Median / 1000):0.0} documents/s"));
        }

        return total;
    }

    /// <summary>Five rounds of <see cref="Parallel"/> documents at once, each round timed from first start to last end.</summary>
    private static async Task<Samples> ParallelAsync(PdfRenderer renderer, Plans.Plan plan)
    {
        var rounds = new Samples($"{Parallel} documents at once");
        for (var round = 0; round < 5; round++)
        {
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => renderer.RenderAsync(HtmlRenderer.Render(PlanDocumentBuilder.Build(plan)))));
            rounds.Add(clock.Elapsed);
        }

        return rounds;
    }
}
