using System.Text;
using CchcPlanner.Data.Demo;
using Microsoft.Playwright;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>
/// Base of the browser tests: a new browser context and page per test, a screenshot helper, sign-in, and a check
/// that the browser logged no error (a failing script, a 404 asset or an unhandled circuit exception fails the test).
/// A test of two people at once opens a second browser with <see cref="OpenSecondBrowserAsync"/>; the helpers that
/// take an <see cref="IPage"/> work on either.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    private static int screenshotNumber;
    private readonly List<string> consoleErrors = [];
    private readonly List<IBrowserContext> contexts = [];
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
        output = TestContext.Current.TestOutputHelper;
        Page = await NewWatchedPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        if (expectedErrors > 0)
        {
            output?.WriteLine($"{expectedErrors} expected browser errors ignored.");
        }

        Assert.True(consoleErrors.Count == 0, "The browser logged errors:\n" + string.Join('\n', consoleErrors));
    }

    /// <summary>
    /// A second person at another computer: a page in a browser context of its own (no shared cookies), closed with
    /// the test and watched for errors like <see cref="Page"/>.
    /// </summary>
    protected Task<IPage> OpenSecondBrowserAsync() => NewWatchedPageAsync();

    /// <summary>Opens a page of the app and waits until Blazor has made it interactive.</summary>
    protected Task OpenAsync(string path) => OpenAsync(Page, path);

    protected Task OpenAsync(IPage page, string path) => UntilInteractiveAsync(page, () => page.GotoAsync(App.Url(path)));

    protected Task SignInAsync(string email, string password = DemoSeeder.Password) => SignInAsync(Page, email, password);

    protected async Task SignInAsync(IPage page, string email, string password = DemoSeeder.Password)
    {
        await page.GotoAsync(App.Url("dang-nhap"));
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await UntilInteractiveAsync(page, () => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync());
    }

    /// <summary>
    /// Runs an action that loads a page (a navigation, a sign-in), then waits for Blazor's first render batch on the
    /// new circuit: from then on the page answers clicks. Before it, the server-prerendered HTML looks the same
    /// but does nothing.
    /// </summary>
    protected Task UntilInteractiveAsync(Func<Task> loadPage) => UntilInteractiveAsync(Page, loadPage);

    protected async Task UntilInteractiveAsync(IPage page, Func<Task> loadPage)
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

        page.WebSocket += Watch;
        try
        {
            await loadPage();
            await rendered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }
        finally
        {
            page.WebSocket -= Watch;
        }
    }

    /// <summary>
    /// Saves a full-page screenshot as NN-name.png and prints its path. It waits for every stylesheet: when the
    /// circuit starts, RadzenTheme replaces its link and the theme is reloaded (about a second unstyled); and for
    /// animations to end (Radzen's dialogs fade in). Radzen's layout scrolls inside <c>.rz-body</c>, not the document,
    /// so the window is made as tall as that content.
    /// </summary>
    protected Task ScreenshotAsync(string name) => ScreenshotAsync(Page, name);

    protected Task ScreenshotAsync(IPage page, string name) =>
        ScreenshotToAsync(page, Path.Combine(ScreenshotFolder, $"{Interlocked.Increment(ref screenshotNumber):00}-{name}.png"));

    /// <summary>Saves a screenshot of the page at <paramref name="path"/>, at most <paramref name="maxHeight"/> pixels tall.</summary>
    protected async Task ScreenshotToAsync(IPage page, string path, int maxHeight = 8000)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var viewport = page.ViewportSize!;
        var contentHeight = await page.EvaluateAsync<int>(
            "() => Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll('.rz-body')].map(b => b.scrollHeight + b.getBoundingClientRect().top))");
        await page.SetViewportSizeAsync(viewport.Width, Math.Clamp(contentHeight, Math.Min(viewport.Height, maxHeight), maxHeight));
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        output?.WriteLine($"Screenshot: {path}");
    }

    /// <summary>A page in a new browser context whose console errors and uncaught exceptions fail the test.</summary>
    private async Task<IPage> NewWatchedPageAsync()
    {
        var context = await browser.NewContextAsync();
        contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
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
                AddError($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => AddError($"Uncaught: {error}");
        return page;
    }

    /// <summary>Two pages may report at once.</summary>
    private void AddError(string error)
    {
        lock (consoleErrors)
        {
            consoleErrors.Add(error);
        }
    }
}
