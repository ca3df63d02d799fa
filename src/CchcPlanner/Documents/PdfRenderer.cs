using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CchcPlanner.Documents;

/// <summary>
/// Prints HTML to PDF with headless Chromium through Playwright: one long-lived browser, a pool of open pages reused
/// from document to document, a timeout per document, and a new browser when the old one has died.
/// Register it once (singleton); it is safe to call from many requests at once.
/// </summary>
public sealed class PdfRenderer(PdfRendererOptions options, ILogger<PdfRenderer> log) : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--font-render-hinting=none",
    ];

    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Pages));
    private readonly SemaphoreSlim launching = new(1, 1);
    private readonly ConcurrentBag<IPage> idle = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken = default)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return await PrintAsync(html, cancellationToken);
            }
            catch (PlaywrightException e) when (browser is not { IsConnected: true })
            {
                // The browser died under us (killed, crashed, out of memory): start a new one and try once more.
                log.LogWarning(e, "Chromium was gone while printing; starting a new browser");
                return await PrintAsync(html, cancellationToken);
            }
        }
        catch (TimeoutException e)
        {
            throw new PdfRenderingException($"In PDF quá thời gian cho phép ({options.Timeout.TotalSeconds:0} giây). Vui lòng thử lại.", e);
        }
        catch (PlaywrightException e)
        {
            log.LogError(e, "Printing a document to PDF failed");
            throw new PdfRenderingException("Không in được tệp PDF do lỗi trình duyệt in. Vui lòng thử lại sau ít phút.", e);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>Starts the browser ahead of the first document, so that the first user does not wait for it.</summary>
    public async Task WarmUpAsync() => await RenderAsync("<!DOCTYPE html><html><body>.</body></html>");

    private async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        var page = await RentPageAsync();
        var healthy = false;
        try
        {
            var print = PrintOnAsync(page, html);
            var pdf = await print.WaitAsync(options.Timeout, cancellationToken);
            healthy = true;
            return pdf;
        }
        finally
        {
            if (healthy)
            {
                idle.Add(page);
            }
            else
            {
                // A page that timed out or failed may be stuck mid-layout: never hand it out again.
                _ = page.CloseAsync().ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static async Task<byte[]> PrintOnAsync(IPage page, string html)
    {
        await page.SetContentAsync(WithoutScreenLayout(html), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Tagged = false });
    }

    /// <summary>
    /// Chromium lays a loaded page out for the screen, then again for print. Nobody sees this page on a screen, so
    /// hiding it there skips the first layout: a quarter to a third of Chromium's time per document (docs/performance.md).
    /// </summary>
    private static string WithoutScreenLayout(string html)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html : html.Insert(head, "<style media=\"screen\">html { display: none; }</style>");
    }

    private async Task<IPage> RentPageAsync()
    {
        var current = await BrowserAsync();
        while (idle.TryTake(out var page))
        {
            if (!page.IsClosed && page.Context.Browser == current)
            {
                return page;
            }
        }

        var context = current.Contexts.FirstOrDefault() ?? await current.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        return await context.NewPageAsync();
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (browser is { IsConnected: true } running)
        {
            return running;
        }

        await launching.WaitAsync();
        try
        {
            if (browser is { IsConnected: true } started)
            {
                return started;
            }

            playwright ??= await Playwright.CreateAsync();
            var path = options.ResolveBrowserPath();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Channel = path is null ? "msedge" : null,
                Headless = true,
                Args = ChromiumArgs,
            });
            log.LogInformation("Chromium started for PDF printing ({Path}, version {Version})", path ?? "msedge", browser.Version);
            return browser;
        }
        finally
        {
            launching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        slots.Dispose();
        launching.Dispose();
    }
}
