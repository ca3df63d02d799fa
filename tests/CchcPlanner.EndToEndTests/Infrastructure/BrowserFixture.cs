using Microsoft.Playwright;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>
/// One headless Debian Chromium for the whole run, driven by Playwright (which downloads nothing: it is given the
/// executable). Each test gets its own context, so cookies never leak from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        Directory.CreateDirectory(BrowserTest.ScreenshotFolder);
        foreach (var old in Directory.EnumerateFiles(BrowserTest.ScreenshotFolder, "??-*.png"))
        {
            File.Delete(old);
        }

        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // Without the networking flags Chromium tries to reach Google at every start, and this network is closed.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A fresh context (no cookies) with a desktop-sized Vietnamese browser.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (browser is null)
        {
            var message = $"Chromium not found at {ChromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var context = await browser.NewContextAsync(new()
        {
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new() { Width = 1366, Height = 800 },
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
