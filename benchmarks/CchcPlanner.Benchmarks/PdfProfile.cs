using System.Diagnostics;
using CchcPlanner.Documents;
using Microsoft.Playwright;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// Where Chromium spends a document: loading the HTML (SetContent) versus generating the PDF, and what browser flags,
/// JavaScript and print options cost. Drives Chromium directly, the way <see cref="PdfRenderer"/> does.
/// </summary>
internal static class PdfProfile
{
    private static readonly string[] BaseArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly PagePdfOptions AsTheRenderer = new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false };

    private static readonly (string Name, string[] Args, bool JavaScript, PagePdfOptions Pdf)[] Variants =
    [
        ("as the renderer (JS off, hinting none)", ["--font-render-hinting=none"], false, AsTheRenderer),
        ("default font hinting", [], false, AsTheRenderer),
        ("JavaScript on", ["--font-render-hinting=none"], true, AsTheRenderer),
        ("tagged PDF", ["--font-render-hinting=none"], false, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true }),
        ("outline", ["--font-render-hinting=none"], false, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false, Outline = true }),
        ("no PrintBackground", ["--font-render-hinting=none"], false, new() { PreferCSSPageSize = true, Tagged = false }),
        ("--single-process", ["--font-render-hinting=none", "--single-process"], false, AsTheRenderer),
    ];

    public static async Task RunAsync(int iterations, TextWriter report)
    {
        var html = HtmlRenderer.Render(ExamplePlan.Kindergarten());
        using var playwright = await Playwright.CreateAsync();
        foreach (var variant in Variants)
        {
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = [.. BaseArgs, .. variant.Args] });
            var context = await browser.NewContextAsync(new() { JavaScriptEnabled = variant.JavaScript });
            var page = await context.NewPageAsync();
            var (load, pdf, total) = (new Samples("SetContent"), new Samples("Pdf"), new Samples("total"));
            double cpuBefore = 0;
            for (var i = 0; i < iterations + 5; i++)
            {
                if (i == 5)
                {
                    cpuBefore = ProcessMemory.CpuMs(ProcessMemory.ChromiumDescendants());
                }

                var clock = Stopwatch.StartNew();
                await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
                var loaded = clock.Elapsed;
                await page.PdfAsync(variant.Pdf);
                if (i >= 5)
                {
                    load.Add(loaded);
                    pdf.Add(clock.Elapsed - loaded);
                    total.Add(clock.Elapsed);
                }
            }

            var cpu = (ProcessMemory.CpuMs(ProcessMemory.ChromiumDescendants()) - cpuBefore) / iterations;
            report.WriteLine(FormattableString.Invariant(
                $"{variant.Name,-40} SetContent {load.Median,6:0.0}  Pdf {pdf.Median,6:0.0}  total {total.Median,6:0.0} (p95 {total.P95,6:0.0}) ms  Chromium CPU {cpu,4:0} ms/doc  load {ProcessMemory.LoadAverage()}"));
        }
    }
}
