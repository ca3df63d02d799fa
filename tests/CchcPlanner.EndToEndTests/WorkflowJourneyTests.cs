using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.Common;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The workflow from draft to signed plan with three people at three computers: the drafter of Trường mầm non Tuổi Hồng
/// submits, the reviewer of UBND Quận 1 comments on a KPI and returns the plan, the drafter fixes the KPI, answers and
/// submits again, the reviewer reads what changed and approves, the school's clerk issues the plan (number and date
/// from the register), downloads its PDF and uploads the signed scan; the drafter finds the issued plan with its number.
/// The plan is the test's own, for next year: a plan may be issued from the last days of the year before its own, and
/// no issue date may be in the future, so next year is the only future year a plan can be issued in today.
/// </summary>
public sealed partial class WorkflowJourneyTests : BrowserTest
{
    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";
    private const string Comment = "Đề nghị ghi rõ: không để hồ sơ nào trễ hạn.";
    private const string Fixed = "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%, không để hồ sơ nào trễ hạn.";
    private const string Reason = "Chỉ tiêu 1 chưa đạt mức tối thiểu của Quận; đề nghị sửa theo góp ý rồi gửi lại.";
    private const string Answer = "Đã sửa nội dung chỉ tiêu theo góp ý.";

    public WorkflowJourneyTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Journey_SubmitReturnFixResubmitApproveIssueSign_ReachesEveryone()
    {
        var year = VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow).Year + 1;
        var drafter = Page;
        await SignInAsync(drafter, "soanthao@demo.vn");
        var planPath = await drafter.CreateFromTemplateAsync(year);
        var reviewPath = $"{planPath}/tham-dinh";

        // The drafter submits, with a comment.
        await OpenAsync(drafter, planPath);
        await ExpectStatusAsync(drafter, "Dự thảo");
        var submit = await drafter.OpenDialogAsync("Gửi duyệt", "Gửi duyệt kế hoạch");
        await submit.GetByLabel("Ý kiến kèm theo (không bắt buộc)").FillAsync("Kính gửi UBND Quận 1 thẩm định.");
        await ScreenshotAsync(drafter, "wf-drafter-submit-dialog");
        await submit.Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(drafter, "Đã gửi duyệt");
        await Expect(drafter.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt" })).ToHaveCountAsync(0);
        await ScreenshotAsync(drafter, "wf-drafter-submitted");

        // The reviewer opens the submission, comments on KPI 1, and returns the plan; the reason is required.
        var reviewer = await OpenSecondBrowserAsync();
        await SignInAsync(reviewer, "thamdinh@demo.vn");
        await OpenAsync(reviewer, planPath);
        await reviewer.GetByRole(AriaRole.Link, new() { Name = "Thẩm định, góp ý" }).ClickAsync();
        await Expect(reviewer.GetByRole(AriaRole.Heading, new() { Name = "Thẩm định kế hoạch" })).ToBeVisibleAsync();
        await Expect(reviewer.FrameLocator(".review-frame").Locator("body")).ToContainTextAsync($"năm {year}");
        await reviewer.Locator(".review-side").GetByLabel("Góp ý về").ClickAsync();
        await reviewer.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Chỉ tiêu 1 – ") }).ClickAsync();
        await reviewer.Locator(".review-side").GetByLabel("Nội dung góp ý").FillAsync(Comment);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        var thread = reviewer.GetByRole(AriaRole.Article, new() { Name = "Góp ý về Chỉ tiêu 1" });
        await Expect(thread).ToContainTextAsync(Comment);
        await Expect(thread).ToContainTextAsync("Lê Văn Minh · Cán bộ thẩm định");
        await ScreenshotAsync(reviewer, "wf-reviewer-commented");

        var returning = await reviewer.OpenDialogAsync("Trả lại", "Trả lại kế hoạch");
        await returning.Locator(".step-confirm").ClickAsync();
        await Expect(returning.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Hãy ghi lý do trả lại để đơn vị biết cần sửa những gì.");
        await ScreenshotAsync(reviewer, "wf-reviewer-return-reason-required");
        await returning.GetByLabel("Lý do trả lại (bắt buộc)").FillAsync(Reason);
        await returning.Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(reviewer, "Bị trả lại");
        await ScreenshotAsync(reviewer, "wf-reviewer-returned");

        // The drafter reads the reason and the comment beside the KPIs, fixes KPI 1, answers, and submits again.
        await OpenAsync(drafter, $"{planPath}/soan-thao");
        await Expect(drafter.Locator(".return-notice")).ToContainTextAsync(Reason);
        await drafter.OpenPartAsync("Chỉ tiêu");
        var drafterThread = drafter.GetByRole(AriaRole.Article, new() { Name = "Góp ý về Chỉ tiêu 1" });
        await Expect(drafterThread).ToContainTextAsync(Comment);
        await ScreenshotAsync(drafter, "wf-drafter-editor-returned");
        await drafter.GetByRole(AriaRole.Button, new() { Name = "Sửa chỉ tiêu 1", Exact = true }).ClickAsync();
        await drafter.GetByLabel("Chỉ tiêu 1: nội dung", new() { Exact = true }).FillAsync(Fixed);
        await drafter.GetByRole(AriaRole.Button, new() { Name = "Xong chỉ tiêu 1", Exact = true }).ClickAsync();
        await drafter.Keyboard.PressAsync("Control+S");
        await Expect(drafter.GetByText("Đã lưu kế hoạch.")).ToBeVisibleAsync();
        await drafterThread.GetByRole(AriaRole.Button, new() { Name = "Trả lời" }).ClickAsync();
        await drafterThread.GetByLabel("Trả lời", new() { Exact = true }).FillAsync(Answer);
        await drafterThread.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await Expect(drafterThread).ToContainTextAsync(Answer);
        await ScreenshotAsync(drafter, "wf-drafter-fixed-and-answered");
        await OpenAsync(drafter, planPath);
        await (await drafter.OpenDialogAsync("Gửi duyệt", "Gửi duyệt kế hoạch")).Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(drafter, "Đã gửi duyệt");

        // The reviewer reads what changed since the first submission (the fixed KPI), resolves the thread, approves.
        await OpenAsync(reviewer, reviewPath);
        var changes = reviewer.Locator(".change-part", new() { HasText = "Chỉ tiêu" });
        await Expect(changes).ToBeVisibleAsync();
        await Expect(changes).ToContainTextAsync("không để hồ sơ nào trễ hạn");
        await Expect(reviewer.GetByRole(AriaRole.Article, new() { Name = "Góp ý về Chỉ tiêu 1" })).ToContainTextAsync(Answer);
        await ScreenshotAsync(reviewer, "wf-reviewer-what-changed");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu đã giải quyết" }).ClickAsync();
        await Expect(reviewer.Locator(".review-side .comment-title")).ToContainTextAsync("(0 đang mở)");
        await (await reviewer.OpenDialogAsync("Phê duyệt", "Phê duyệt kế hoạch")).Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(reviewer, "Đã duyệt");
        await ScreenshotAsync(reviewer, "wf-reviewer-approved");

        // The clerk issues: the register's next number and today's date; the PDF carries the number.
        var clerk = await OpenSecondBrowserAsync();
        await SignInAsync(clerk, "vanthu@demo.vn");
        await OpenAsync(clerk, planPath);
        var issue = await clerk.OpenDialogAsync("Ban hành", "Cấp số, ban hành kế hoạch");
        var nextNumber = issue.Locator(".next-number");
        await Expect(nextNumber).ToHaveTextAsync(NumberPattern());
        var number = (await nextNumber.InnerTextAsync()).Trim();
        var today = VietnameseDates.Table(VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow));
        await Expect(issue.GetByRole(AriaRole.Textbox).First).ToHaveValueAsync(today);
        await ScreenshotAsync(clerk, "wf-clerk-issue-dialog");
        await issue.Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(clerk, "Đã ban hành");
        await Expect(clerk.Locator(".plan-header")).ToContainTextAsync($"Số: {number}");
        await ScreenshotAsync(clerk, "wf-clerk-issued");
        var pdf = await clerk.DownloadDocumentAsync("Tải PDF");
        Assert.Contains($"Số: {number}", PdfTool.Text(pdf.Path), StringComparison.Ordinal);

        // The clerk uploads the signed scan: a file that is not a PDF is refused in plain words, the real one is kept.
        var upload = await clerk.OpenDialogAsync("Tải lên bản ký", "Tải lên bản ký, đóng dấu");
        var file = upload.GetByLabel("Tệp PDF bản ký, đóng dấu");
        await file.SetInputFilesAsync(new FilePayload { Name = "ban-ky.docx", MimeType = "application/octet-stream", Buffer = [1, 2, 3] });
        await Expect(upload.Locator(".field-problem")).ToContainTextAsync("Chỉ nhận tệp PDF (đuôi .pdf)");
        await file.SetInputFilesAsync(new FilePayload
        {
            Name = "ban-ky.pdf", MimeType = "application/pdf", Buffer = Encoding.UTF8.GetBytes("Đây không phải là tệp PDF."),
        });
        await upload.Locator(".step-confirm").ClickAsync();
        await Expect(upload.Locator(".step-refusal")).ToContainTextAsync("không phải tệp PDF");
        await ScreenshotAsync(clerk, "wf-clerk-upload-refused");
        await file.SetInputFilesAsync(pdf.Path);
        await upload.Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(clerk, "Đã ký, đóng dấu");
        await Expect(clerk.Locator(".scan-notice")).ToContainTextAsync("Bản ký, đóng dấu do");
        var scan = await clerk.DownloadDocumentAsync("Tải PDF");
        Assert.Equal(pdf.Bytes, scan.Bytes);
        await ScreenshotAsync(clerk, "wf-clerk-signed");

        // The drafter finds the plan issued, with its number, and every step in its history.
        await OpenAsync(drafter, planPath);
        await ExpectStatusAsync(drafter, "Đã ký, đóng dấu");
        await Expect(drafter.Locator(".plan-header")).ToContainTextAsync($"Số: {number}");
        await drafter.GetByRole(AriaRole.Tab, new() { Name = "Lịch sử", Exact = true }).ClickAsync();
        var history = drafter.Locator(".history-table tbody tr");
        await Expect(history).ToHaveCountAsync(6);
        await Expect(history.Nth(1)).ToContainTextAsync(Reason);
        await Expect(history.Nth(4)).ToContainTextAsync($"Số {number}, ngày {today}");
        await ScreenshotAsync(drafter, "wf-drafter-sees-issued");
    }

    [Fact]
    public async Task Submit_AfterSomeoneElseSubmitted_SaysSoAndReloads()
    {
        await SignInAsync("soanthao@demo.vn");
        var planPath = await Page.CreateFromTemplateAsync(2041);
        await OpenAsync(planPath);
        var head = await OpenSecondBrowserAsync();
        await SignInAsync(head, "hieutruong@demo.vn");
        await OpenAsync(head, planPath);
        await (await head.OpenDialogAsync("Gửi duyệt", "Gửi duyệt kế hoạch")).Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync(head, "Đã gửi duyệt");

        // The drafter's page still shows the draft: the step is refused with the service's words and a way to reload.
        var submit = await Page.OpenDialogAsync("Gửi duyệt", "Gửi duyệt kế hoạch");
        await submit.Locator(".step-confirm").ClickAsync();
        await Expect(submit.Locator(".step-refusal")).ToContainTextAsync("Kế hoạch vừa được người khác thay đổi; hãy tải lại trang rồi thử lại.");
        await ScreenshotAsync("wf-stale-submit");
        await submit.GetByRole(AriaRole.Button, new() { Name = "Tải lại kế hoạch" }).ClickAsync();
        await Expect(submit).ToBeHiddenAsync();
        await ExpectStatusAsync(Page, "Đã gửi duyệt");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt", Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReviewPage_OtherDistrict_AnswersLikeMissingPlan_ByTypedUrl()
    {
        await SignInAsync("thamdinh@demo.vn");
        var href = await Page.GetByRole(AriaRole.Link, new() { Name = "Thực hiện công tác cải cách hành chính tại Trường tiểu học Lê Ngọc Hân năm 2024" })
            .GetAttributeAsync("href");
        var reviewPath = $"{Assert.IsType<string>(href)}/tham-dinh";
        await OpenAsync(reviewPath);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thẩm định kế hoạch" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" })).ToBeVisibleAsync();
        await ScreenshotAsync("wf-reviewer-demo-submission");

        var other = await OpenSecondBrowserAsync();
        await SignInAsync(other, "ninhgiang@demo.vn");
        await OpenAsync(other, reviewPath);
        await Expect(other.GetByText(NotFound)).ToBeVisibleAsync();
        await Expect(other.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" })).ToHaveCountAsync(0);
        await Expect(other.Locator(".comment-threads")).ToHaveCountAsync(0);
        await ScreenshotAsync(other, "wf-other-district-refused");
    }

    private static Task ExpectStatusAsync(IPage page, string status) =>
        Expect(page.Locator(".page-head .status-badge")).ToHaveTextAsync(status);

    [GeneratedRegex(@"^\d{2,}/KH-")]
    private static partial Regex NumberPattern();
}
