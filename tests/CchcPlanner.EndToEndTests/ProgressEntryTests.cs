using System.Text;
using CchcPlanner.EndToEndTests.Infrastructure;
using CchcPlanner.Plans;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The kindergarten's drafter records a quarter's KPI results with the keyboard only (Enter and the arrows to move, Ctrl+S
/// to save), attaches an evidence file on the way, then records a task's progress the same way; after a reload both are
/// there, and a task past its date is flagged. The plan is the test's own: the demo kindergarten plan copied to 2040 and
/// issued in the database.
/// </summary>
public sealed class ProgressEntryTests : BrowserTest
{
    public ProgressEntryTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Drafter_RecordsQuarterResultsAndTaskProgressWithTheKeyboard_SeesThemAfterReload()
    {
        var id = await IssuedCopyAsync(2040);
        await SignInAsync("soanthao@demo.vn");
        await OpenAsync($"ke-hoach/{id}");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Tiến độ nhiệm vụ" })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kết quả thực hiện" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả thực hiện chỉ tiêu – Quý I năm 2040" })).ToBeVisibleAsync();

        ILocator Value(int number) => Page.GetByLabel($"Kết quả chỉ tiêu {number}", new() { Exact = true });
        await Value(1).ClickAsync();
        await Page.Keyboard.TypeAsync("100");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Value(2)).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("97,5");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Value(3)).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("80");
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(Value(2)).ToBeFocusedAsync();

        // An evidence file uploaded in between keeps what was typed; a file of another kind is refused beside its row.
        var evidence = Page.GetByLabel("Tệp minh chứng chỉ tiêu 1", new() { Exact = true });
        await evidence.SetInputFilesAsync(new FilePayload { Name = "ghi-chu.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("không phải minh chứng") });
        await Expect(Page.Locator(".evidence-problem")).ToContainTextAsync("Chỉ nhận tệp minh chứng dạng PDF, ảnh (JPG, PNG), Word (.docx) hoặc Excel (.xlsx)");
        await evidence.SetInputFilesAsync(new FilePayload { Name = "bien-ban.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Tải xuống minh chứng chỉ tiêu 1" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".evidence-problem")).ToHaveCountAsync(0);
        await Expect(Value(2)).ToHaveValueAsync("97,5");
        await ScreenshotAsync("progress-results-typed");

        await Value(3).FocusAsync();
        await Page.Keyboard.PressAsync("Control+s");
        await Expect(Page.Locator(".results-message")).ToContainTextAsync("Đã lưu kết quả Quý I của 3 chỉ tiêu.");

        await OpenAsync($"ke-hoach/{id}/ket-qua");
        await Expect(Value(1)).ToHaveValueAsync("100");
        await Expect(Value(2)).ToHaveValueAsync("97,5");
        await Expect(Value(3)).ToHaveValueAsync("80");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Tải xuống minh chứng chỉ tiêu 1" })).ToBeVisibleAsync();

        await OpenAsync($"ke-hoach/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tiến độ nhiệm vụ" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tiến độ thực hiện nhiệm vụ – năm 2040" })).ToBeVisibleAsync();
        var note = Page.GetByLabel("Tiến độ nhiệm vụ 1", new() { Exact = true });
        await note.ClickAsync();
        await Page.Keyboard.TypeAsync("Đã ban hành quyết định kiện toàn Ban chỉ đạo");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Trạng thái nhiệm vụ 1", new() { Exact = true })).ToBeFocusedAsync();
        await Page.GetByLabel("Trạng thái nhiệm vụ 1", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Đang thực hiện" });
        await Page.GetByLabel("Phần trăm hoàn thành nhiệm vụ 1", new() { Exact = true }).FocusAsync();
        await Page.Keyboard.TypeAsync("40");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByLabel("Tiến độ nhiệm vụ 2", new() { Exact = true })).ToBeFocusedAsync();
        await ScreenshotAsync("progress-tasks-typed");
        await Page.Keyboard.PressAsync("Control+s");
        await Expect(Page.Locator(".progress-message")).ToContainTextAsync("Đã lưu tiến độ của 1 nhiệm vụ.");

        await OpenAsync($"ke-hoach/{id}/tien-do");
        var first = Page.Locator(".progress-grid tbody tr").First;
        await Expect(first.Locator(".progress-status-badge")).ToHaveTextAsync("Đang thực hiện 40%");
        await Expect(first.Locator(".progress-history li")).ToContainTextAsync("Đang thực hiện (40%): Đã ban hành quyết định kiện toàn Ban chỉ đạo");
        await Expect(Page.Locator(".progress-overdue")).ToHaveCountAsync(1);
        await Expect(Page.Locator(".progress-grid tbody tr").Nth(1).Locator(".progress-overdue")).ToHaveTextAsync("Quá hạn");
        await Expect(Page.Locator(".progress-toolbar")).ToContainTextAsync("1 nhiệm vụ quá hạn");
        await Expect(Page.GetByLabel("Tiến độ nhiệm vụ 1", new() { Exact = true })).ToHaveValueAsync(string.Empty);
        await ScreenshotAsync("progress-tasks-saved");
    }

    private static byte[] Pdf() =>
        Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The demo kindergarten plan carried to <paramref name="year"/> and issued, with one task whose date has certainly passed.</summary>
    private Task<int> IssuedCopyAsync(int year) => App.IssuedKindergartenCopyAsync(year, number: 78, plan =>
    {
        // To be flagged "Quá hạn": the server's clock is the real one.
        var late = plan.Tasks[1];
        plan.AssignTask(late, late.LeadUnit, late.CoordinatingUnits, TaskTimeline.By(new DateOnly(2025, 1, 15)), late.Product);
    });
}
