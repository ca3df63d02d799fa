using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>Steps through the plan screens that several tests take: starting a plan, moving between the editor's parts.</summary>
internal static partial class PlanSteps
{
    /// <summary>On the plan list: opens the "Tạo kế hoạch mới" dialog on one of its three tabs and returns that tab's panel.</summary>
    public static async Task<ILocator> OpenNewPlanTabAsync(this IPage page, string tab)
    {
        var dialog = await page.OpenDialogAsync("Tạo kế hoạch mới", "Tạo kế hoạch mới");
        await dialog.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        return dialog.GetByRole(AriaRole.Tabpanel, new() { Name = tab });
    }

    /// <summary>
    /// Clicks the button that opens a dialog and returns the dialog. On a loaded machine the button may still be the
    /// prerendered one for a moment after the page turned interactive, and ignore the click; it is then clicked again.
    /// </summary>
    public static async Task<ILocator> OpenDialogAsync(this IPage page, string button, string dialog)
    {
        var opened = page.GetByRole(AriaRole.Dialog, new() { Name = dialog });
        await RepeatUntilAsync(
            async () =>
            {
                if (!await opened.IsVisibleAsync())
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
                }
            },
            () => Expect(opened).ToBeVisibleAsync(new() { Timeout = RetryAfterMs }));
        return opened;
    }

    /// <summary>The wait before an action that the prerendered page may have ignored is taken again.</summary>
    public const int RetryAfterMs = 5000;

    /// <summary>
    /// Takes <paramref name="act"/> until <paramref name="expectation"/> holds, at most four times. On a loaded machine a
    /// control may still be the prerendered one for a moment after the page turned interactive, and ignore a click or
    /// a value typed into it.
    /// </summary>
    public static async Task RepeatUntilAsync(Func<Task> act, Func<Task> expectation)
    {
        for (var attempt = 1; ; attempt++)
        {
            await act();
            try
            {
                await expectation();
                return;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
            }
        }
    }

    /// <summary>
    /// On the plan list: starts an annual CCHC plan of <paramref name="year"/> from the template and waits for its editor.
    /// <paramref name="beforeCreating"/> runs with the form filled in (a screenshot). Returns the plan's path, <c>ke-hoach/12</c>.
    /// </summary>
    public static async Task<string> CreateFromTemplateAsync(this IPage page, int year, Func<Task>? beforeCreating = null)
    {
        var form = await page.OpenNewPlanTabAsync("Từ mẫu");
        await page.ChooseAsync(form.GetByLabel("Loại kế hoạch"), "Kế hoạch CCHC hằng năm");
        await form.GetByLabel("Năm kế hoạch").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        if (beforeCreating is not null)
        {
            await beforeCreating();
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Tạo từ mẫu" }).ClickAsync();
        return await page.InEditorAsync($"Thực hiện công tác cải cách hành chính năm {year}");
    }

    /// <summary>
    /// Waits for the editor of the plan (or, with <paramref name="heading"/> "Soạn thảo báo cáo", the report) titled
    /// <paramref name="title"/>; returns the plan's path, <c>ke-hoach/12</c>.
    /// </summary>
    public static async Task<string> InEditorAsync(this IPage page, string title, string heading = "Soạn thảo kế hoạch")
    {
        await Expect(page).ToHaveURLAsync(EditorUrl());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Expect(page.Locator(".rz-body")).ToContainTextAsync(title);
        return EditorUrl().Match(page.Url).Groups["plan"].Value;
    }

    /// <summary>Opens a Radzen dropdown and picks the option with exactly this text.</summary>
    public static async Task ChooseAsync(this IPage page, ILocator dropdown, string option)
    {
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await RepeatUntilAsync(() => dropdown.ClickAsync(), () => Expect(choice).ToBeVisibleAsync(new() { Timeout = RetryAfterMs }));
        await choice.ClickAsync();
    }

    /// <summary>The button of a part in the editor's list of parts; its name carries the number of rows ("Chỉ tiêu 9 dòng").</summary>
    public static ILocator PartButton(this IPage page, string part) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Các phần của kế hoạch" })
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{Regex.Escape(part)}( |$)") });

    /// <summary>
    /// Shows a part of the plan in the editor and returns its number of rows, as its button says. Right after a reload
    /// the button may still be the prerendered one (CI once saw the click ignored), so the click is repeated.
    /// </summary>
    public static async Task<int> OpenPartAsync(this IPage page, string part)
    {
        var button = page.PartButton(part);
        await RepeatUntilAsync(() => button.ClickAsync(), () => Expect(page.Locator("#editor-part-title")).ToHaveTextAsync(part, new() { Timeout = RetryAfterMs }));
        return int.Parse(await button.Locator(".part-count").InnerTextAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The text of every row of the grid shown in the editor, page by page (the grids show 20 rows a page, and no
    /// pager when all fit on one); ends on the first page again.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AllGridRowsAsync(this IPage page)
    {
        var rows = new List<string>();
        var grid = page.Locator(".editor-grid");
        await Expect(grid.Locator("tbody tr").First).ToBeVisibleAsync();
        var pager = grid.Locator(".rz-pager-summary");
        if (await pager.CountAsync() == 0)
        {
            return await grid.Locator("tbody tr").AllInnerTextsAsync();
        }

        var pages = int.Parse(PagerSummary().Match(await pager.InnerTextAsync()).Groups["pages"].Value, CultureInfo.InvariantCulture);
        for (var number = 1; number <= pages; number++)
        {
            if (number > 1)
            {
                await grid.GetByRole(AriaRole.Button, new() { Name = $"Trang {number}", Exact = true }).ClickAsync();
            }

            await Expect(grid.Locator(".rz-pager-summary")).ToContainTextAsync($"Trang {number}/{pages}");
            rows.AddRange(await grid.Locator("tbody tr").AllInnerTextsAsync());
        }

        if (pages > 1)
        {
            await grid.GetByRole(AriaRole.Button, new() { Name = "Trang 1", Exact = true }).ClickAsync();
        }

        return rows;
    }

    /// <summary>
    /// Clicks a download link of the plan page ("Tải PDF", "Tải DOCX") and keeps the file in <c>downloads/</c> beside the
    /// screenshots, for a look after the run.
    /// </summary>
    public static async Task<(string Name, string Path, byte[] Bytes)> DownloadDocumentAsync(this IPage page, string link)
    {
        var button = page.Locator(".doc-buttons").GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        Assert.Null(await download.FailureAsync());
        var path = System.IO.Path.Combine(BrowserTest.ScreenshotFolder, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        TestContext.Current.TestOutputHelper?.WriteLine($"Download: {path}");
        return (download.SuggestedFilename, path, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    [GeneratedRegex(@"/(?<plan>ke-hoach/\d+)/soan-thao$")]
    public static partial Regex EditorUrl();

    [GeneratedRegex(@"Trang \d+/(?<pages>\d+)")]
    private static partial Regex PagerSummary();
}
