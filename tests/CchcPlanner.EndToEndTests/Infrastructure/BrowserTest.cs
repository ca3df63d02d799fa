using System.Text;
using CchcPlanner.Data.Demo;
using Microsoft.Playwright;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>
/// Base of the browser tests: a new browser context and page per test, a screenshot helper, sign-in, and a check
/// that the browser logged no error (a failing script, a 404 asset or an unhandled circuit exception fails the test).
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private static int screenshotNumber;
    private readonly List<string> consoleErrors = [];
    private IBrowserContext? context;
    private ITestOutputHelper? output;
    private int expectedErrors;

    /// <summary>Where the screenshots go: <c>E2E_ARTIFACTS</c>, or <c>artifacts/screenshots</c> beside the test assembly.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    protected IPage Page { get; private set; } = null!;

    /// <summary>The server the test talks to; a test may swap it (the restart test runs its own).</summary>
    protected AppServer App { get; set; } = null!;

    /// <summary>Console errors that a test expects (the restart test: the lost connection); all others fail the test.</summary>
    protected Func<string, bool> ExpectedConsoleError { get; set; } = _ => false;

    public async ValueTask InitializeAsync()
    {
        context = await browser.NewContextAsync();
        Page = await context.NewPageAsync();
        output = TestContext.Current.TestOutputHelper;
        Page.Console += (_, message) =>
        {
            if (message.Type != "error")
            {
                return;
            }

            if (ExpectedConsoleError(message.Text))
            {
                Interlocked.Increment(ref expectedErrors);
            }
            else
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => consoleErrors.Add($"Uncaught: {error}");
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.DisposeAsync();
        }

        if (expectedErrors > 0)
        {
            output?.WriteLine($"{expectedErrors} expected browser errors ignored.");
        }

        Assert.True(consoleErrors.Count == 0, "The browser logged errors:\n" + string.Join('\n', consoleErrors));
    }

    /// <summary>Opens a page of the app and waits until Blazor has made it interactive.</summary>
    protected Task OpenAsync(string path) => UntilInteractiveAsync(() => Page.GotoAsync(App.Url(path)));

    protected async Task SignInAsync(string email, string password = DemoSeeder.Password)
    {
        await Page.GotoAsync(App.Url("dang-nhap"));
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await UntilInteractiveAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync());
    }

    /// <summary>
    /// Runs an action that loads a page (a navigation, a sign-in), then waits for Blazor's first render batch on the
    /// new circuit: from then on the page answers clicks. Before it, the server-prerendered HTML looks the same
    /// but does nothing.
    /// </summary>
    protected async Task UntilInteractiveAsync(Func<Task> loadPage)
    {
        var rendered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(object? sender, IWebSocket socket)
        {
            socket.FrameReceived += (_, frame) =>
            {
                if (frame.Binary is { } bytes && Encoding.UTF8.GetString(bytes).Contains("JS.RenderBatch", StringComparison.Ordinal))
                {
                    rendered.TrySetResult();
                }
            };
        }

        Page.WebSocket += Watch;
        try
        {
            await loadPage();
            await rendered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        finally
        {
            Page.WebSocket -= Watch;
        }
    }

    /// <summary>
    /// Saves a full-page screenshot as NN-name.png and prints its path. It waits for every stylesheet: when the
    /// circuit starts, RadzenTheme replaces its link and the theme is reloaded (about a second unstyled). Radzen's
    /// layout scrolls inside <c>.rz-body</c>, not the document, so the window is made as tall as that content.
    /// </summary>
    protected async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(ScreenshotFolder, $"{Interlocked.Increment(ref screenshotNumber):00}-{name}.png");
        await Page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");
        var viewport = Page.ViewportSize!;
        var contentHeight = await Page.EvaluateAsync<int>(
            "() => Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll('.rz-body')].map(b => b.scrollHeight + b.getBoundingClientRect().top))");
        await Page.SetViewportSizeAsync(viewport.Width, Math.Clamp(contentHeight, viewport.Height, 8000));
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        await Page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        output?.WriteLine($"Screenshot: {path}");
    }
}
