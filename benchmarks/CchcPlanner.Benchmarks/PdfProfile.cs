using System.Diagnostics;
using CchcPlanner.Documents;
using Microsoft.Playwright;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// Where Chromium spends a document: loading the HTML (SetContent) versus generating the PDF, and what each print
/// option and browser flag costs. Drives Chromium directly, the way <see cref="PdfRenderer"/> does.
/// </summary>
internal static class PdfProfile
{
    private static readonly string[] BaseArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static async Task RunAsync(int iterations, TextWriter report)
    {
        var html = HtmlRenderer.Render(ExamplePlan.Kindergarten());
        using var playwright = await Playwright.CreateAsync();
        foreach (var (name, extraArgs) in new[] { ("hinting none", new[] { "--font-render-hinting=none" }), ("default hinting", Array.Empty<string>()) })
        {
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = [.. BaseArgs, .. extraArgs] });
            foreach (var javaScript in new[] { false, true })
            {
                var context = await browser.NewContextAsync(new() { JavaScriptEnabled = javaScript });
                var page = await context.NewPageAsync();
                var variants = new (string Name, WaitUntilState Wait, PagePdfOptions Options)[]
                {
                    ("as the renderer", WaitUntilState.Load, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false }),
                    ("tagged", WaitUntilState.Load, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true }),
                    ("outline", WaitUntilState.Load, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false, Outline = true }),
                    ("no background", WaitUntilState.Load, new() { PreferCSSPageSize = true, Tagged = false }),
                    ("wait for commit", WaitUntilState.Commit, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false }),
                };
                foreach (var variant in variants)
                {
                    var (load, pdf) = (new Samples("  SetContent"), new Samples("  Pdf"));
                    for (var i = 0; i < iterations + 5; i++)
                    {
                        var clock = Stopwatch.StartNew();
                        await page.SetContentAsync(html, new() { WaitUntil = variant.Wait });
                        var loaded = clock.Elapsed;
                        await page.PdfAsync(variant.Options);
                        if (i >= 5)
                        {
                            load.Add(loaded);
                            pdf.Add(clock.Elapsed - loaded);
                        }
                    }

                    report.WriteLine(FormattableString.Invariant(
                        $"{name,-16} JS {(javaScript ? "on " : "off")} {variant.Name,-16} SetContent {load.Median,6:0.0} ms  Pdf {pdf.Median,6:0.0} ms  (p95 {load.P95,6:0.0} / {pdf.P95,6:0.0})"));
                }

                await context.CloseAsync();
            }
        }
    }
}
