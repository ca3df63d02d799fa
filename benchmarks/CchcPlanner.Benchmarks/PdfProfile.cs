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

    private const string Chromium = "/usr/bin/chromium", HeadlessShell = "/usr/bin/chromium-headless-shell";

    private static readonly string[] Hinting = ["--font-render-hinting=none"];

    private static readonly (string Name, string Browser, string[] Args, bool JavaScript, PagePdfOptions Pdf)[] Variants =
    [
        ("chromium, as the renderer (JS off)", Chromium, Hinting, false, AsTheRenderer),
        ("chromium, default font hinting", Chromium, [], false, AsTheRenderer),
        ("chromium, JavaScript on", Chromium, Hinting, true, AsTheRenderer),
        ("chromium, tagged PDF", Chromium, Hinting, false, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = true }),
        ("chromium, outline", Chromium, Hinting, false, new() { PreferCSSPageSize = true, PrintBackground = true, Tagged = false, Outline = true }),
        ("chromium, no PrintBackground", Chromium, Hinting, false, new() { PreferCSSPageSize = true, Tagged = false }),
        ("chromium, --single-process", Chromium, [.. Hinting, "--single-process"], false, AsTheRenderer),
        ("headless shell, as the renderer", HeadlessShell, Hinting, false, AsTheRenderer),
        ("headless shell, --single-process", HeadlessShell, [.. Hinting, "--single-process"], false, AsTheRenderer),
    ];

    /// <summary>Changes to the stylesheet, to find which rule costs time (they break the format: measurement only).</summary>
    private static readonly (string Name, Func<string, string> Change)[] HtmlVariants =
    [
        ("HTML as HtmlRenderer writes it", html => html),
        ("hidden on screen (as PdfRenderer prints it)", html => html.Replace("</head>", "<style media=\"screen\">html { display: none; }</style></head>", StringComparison.Ordinal)),
        ("without text-wrap: balance", html => html.Replace("text-wrap: balance;", string.Empty, StringComparison.Ordinal)),
        ("without :has()", html => html.Replace("p:has(+ .doc-closing)", "p.none", StringComparison.Ordinal)),
        ("without page-number margin boxes", html => html.Replace("@top-center", "@bottom-left-corner", StringComparison.Ordinal)),
        ("Liberation Serif named first", html => html.Replace("\"Times New Roman\", ", string.Empty, StringComparison.Ordinal)),
        ("without justification", html => html.Replace("text-align: justify;", string.Empty, StringComparison.Ordinal)),
        ("text-rendering: optimizeSpeed", html => html.Replace("body { margin: 0;", "body { text-rendering: optimizeSpeed; margin: 0;", StringComparison.Ordinal)),
    ];

    public static async Task RunAsync(int iterations, TextWriter report)
    {
        var html = HtmlRenderer.Render(ExamplePlan.Kindergarten());
        using var playwright = await Playwright.CreateAsync();
        foreach (var variant in Variants.Where(v => File.Exists(v.Browser)))
        {
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = variant.Browser, Headless = true, Args = [.. BaseArgs, .. variant.Args] });
            var page = await (await browser.NewContextAsync(new() { JavaScriptEnabled = variant.JavaScript })).NewPageAsync();
            report.WriteLine(await MeasureAsync(page, html, variant.Pdf, iterations, variant.Name));
        }

        var browserPath = new PdfRendererOptions().ResolveBrowserPath();
        await using var renderer = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPath, Headless = true, Args = [.. BaseArgs, .. Hinting] });
        var rendererPage = await (await renderer.NewContextAsync(new() { JavaScriptEnabled = false })).NewPageAsync();
        foreach (var (name, change) in HtmlVariants)
        {
            report.WriteLine(await MeasureAsync(rendererPage, change(html), AsTheRenderer, iterations, $"{Path.GetFileName(browserPath)}, {name}"));
        }
    }

    private static async Task<string> MeasureAsync(IPage page, string html, PagePdfOptions options, int iterations, string name)
    {
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
            await page.PdfAsync(options);
            if (i >= 5)
            {
                load.Add(loaded);
                pdf.Add(clock.Elapsed - loaded);
                total.Add(clock.Elapsed);
            }
        }

        var cpu = (ProcessMemory.CpuMs(ProcessMemory.ChromiumDescendants()) - cpuBefore) / iterations;
        return FormattableString.Invariant(
            $"{name,-50} SetContent {load.Median,6:0.0}  Pdf {pdf.Median,6:0.0}  total {total.Median,6:0.0} (p95 {total.P95,6:0.0}) ms  Chromium CPU {cpu,4:0} ms/doc  load {ProcessMemory.LoadAverage()}");
    }
}
