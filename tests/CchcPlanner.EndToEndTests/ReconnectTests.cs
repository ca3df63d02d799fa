using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The service restarts (an update, a crash) while someone reads a plan: they see that the connection is lost,
/// and once the server is back the page reloads itself and works again, still signed in.
/// </summary>
public sealed partial class ReconnectTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ServerRestart_UnderOpenPage_ShowsReconnectAndRecovers()
    {
        // A server of its own: stopping the shared one would break the other tests.
        var dataFolder = ServerFixture.NewDataFolder();
        App = AppServer.Start(dataFolder);
        try
        {
            await SignInAsync("soanthao@demo.vn");
            await Page.GetByRole(AriaRole.Link, new() { Name = KindergartenPlan2023.Title }).ClickAsync();
            await Expect(Page.GetByText("16/KH-MNTH").First).ToBeVisibleAsync();
            var modal = Page.Locator("#components-reconnect-modal");
            await Expect(modal).ToBeHiddenAsync();
            await Page.EvaluateAsync("() => window.openedBeforeRestart = true");

            ExpectedConsoleError = IsLostConnection;
            await App.DisposeAsync();
            await Expect(modal).ToBeVisibleAsync(new() { Timeout = 5_000 });
            await Expect(modal).ToContainTextAsync("Mất kết nối tới máy chủ. Đang kết nối lại…");
            await ScreenshotAsync("reconnecting");

            // Same port and data folder: the data-protection keys are there, so the sign-in cookie stays valid.
            await UntilInteractiveAsync(() =>
            {
                App = AppServer.Start(dataFolder, App.Port);
                return Task.CompletedTask;
            });
            ExpectedConsoleError = _ => false;

            await Expect(modal).ToBeHiddenAsync();
            await Expect(Page).ToHaveURLAsync(PlanPage());
            Assert.False(await Page.EvaluateAsync<bool>("() => window.openedBeforeRestart === true"), "The page was not reloaded.");
            await Page.GetByRole(AriaRole.Tab, new() { NameRegex = KpiTab() }).ClickAsync();
            await Expect(Page.GetByText("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn").First).ToBeVisibleAsync();
            await ScreenshotAsync("reconnected");
        }
        finally
        {
            ExpectedConsoleError = IsLostConnection;
            await App.DisposeAsync();
            ServerFixture.DeleteDataFolder(dataFolder);
        }
    }

    /// <summary>
    /// What the browser logs while the server is away: SignalR's own log lines ("[time] Error: …") and Chromium's
    /// refused or reset connections. There is no circuit then, so no application error can hide among them.
    /// </summary>
    private static bool IsLostConnection(string message) => LostConnection().IsMatch(message);

    [GeneratedRegex(@"^\[[0-9TZ:.\-]+\] Error: |^Failed to load resource: net::ERR_CONNECTION_(REFUSED|RESET)|^WebSocket connection to '[^']*/_blazor")]
    private static partial Regex LostConnection();

    [GeneratedRegex(@"/ke-hoach/\d+$")]
    private static partial Regex PlanPage();

    [GeneratedRegex(@"^Chỉ tiêu \(\d+\)$")]
    private static partial Regex KpiTab();
}
