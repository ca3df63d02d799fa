using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The plan as the official document: downloads of the PDF and the Word file from the plan page, named after the
/// plan's number, only for those who may read the plan; and the live preview beside the editor.
/// </summary>
public sealed partial class DocumentTests : BrowserTest
{
    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";

    public DocumentTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task PlanPage_DownloadsPdfAndDocx_NamedAfterPlan()
    {
        await SignInAsync("soanthao@demo.vn");
        await Page.GetByRole(AriaRole.Link, new() { Name = KindergartenPlan2023.Title }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(PlanPage());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = KindergartenPlan2023.Title })).ToBeVisibleAsync();
        await ScreenshotAsync("plan-downloads");

        var pdf = await Page.DownloadDocumentAsync("Tải PDF");
        Assert.Equal("KH-16-MNTH-2023.pdf", pdf.Name);
        Assert.True(pdf.Bytes.AsSpan().StartsWith("%PDF"u8), "The PDF download is not a PDF.");
        var text = PdfTool.Text(pdf.Path);
        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("Tuổi Hồng", text, StringComparison.Ordinal);

        var docx = await Page.DownloadDocumentAsync("Tải DOCX");
        Assert.Equal("KH-16-MNTH-2023.docx", docx.Name);
        Assert.True(docx.Bytes.AsSpan().StartsWith("PK"u8), "The DOCX download is not a zip package.");

        // Another school's draft (Văn Lang's, returned to it for changes): its document answers as if it did not exist.
        var reviewer = await OpenSecondBrowserAsync();
        await SignInAsync(reviewer, "thamdinh@demo.vn");
        var otherDraft = reviewer.GetByRole(AriaRole.Link, new() { Name = "Thực hiện công tác cải cách hành chính tại Trường trung học cơ sở Văn Lang năm 2024" });
        var planPath = Assert.IsType<string>(await otherDraft.GetAttributeAsync("href"));

        var response = await Page.APIRequest.GetAsync(App.Url($"{planPath}/van-ban.pdf"));
        Assert.Equal((int)HttpStatusCode.NotFound, response.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.False((await response.BodyAsync()).AsSpan().StartsWith("%PDF"u8), "Another school's draft was printed.");
        Assert.Contains(NotFound, await response.TextAsync(), StringComparison.Ordinal);

        // Typed into the address bar: the same answer, as a page the user can read. The browser reports that 404, and
        // the one of /favicon.ico it asks for on this plain page (the app's icon is favicon.svg, linked from its pages).
        ExpectedConsoleError = message => message.StartsWith("Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal);
        await Page.GotoAsync(App.Url($"{planPath}/van-ban.pdf"));
        await Expect(Page.GetByText(NotFound)).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Về danh sách kế hoạch" })).ToBeVisibleAsync();
        await ScreenshotAsync("other-school-pdf-by-url");
    }

    [Fact]
    public async Task Editor_PreviewShowsDraftAsDocument_FollowsTitle()
    {
        const string title = "Thực hiện công tác cải cách hành chính năm 2035 gắn với chuyển đổi số";
        await SignInAsync("soanthao@demo.vn");
        await Page.CreateFromTemplateAsync(2035);

        var toggle = Page.Locator(".editor-preview-toggle");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var preview = Page.FrameLocator(".preview-frame");
        await Expect(preview.GetByText("KẾ HOẠCH", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(preview.Locator("body")).ToContainTextAsync("Thực hiện công tác cải cách hành chính năm 2035");
        await Expect(preview.Locator("body")).ToContainTextAsync("TRƯỜNG MẦM NON TUỔI HỒNG");
        await ScreenshotAsync("editor-preview");

        // Redrawn a moment after the edit reaches the server (when the field loses focus), without saving.
        await Page.GetByLabel("Trích yếu (tên kế hoạch)").FillAsync(title);
        await Page.GetByLabel("Trích yếu (tên kế hoạch)").PressAsync("Tab");
        await Expect(preview.Locator("body")).ToContainTextAsync(title, new() { Timeout = 5_000 });
        await Expect(Page.Locator(".unsaved-mark")).ToContainTextAsync("Có thay đổi chưa lưu");
        await ScreenshotAsync("editor-preview-updated");
    }

    [GeneratedRegex(@"/ke-hoach/\d+$")]
    private static partial Regex PlanPage();
}
