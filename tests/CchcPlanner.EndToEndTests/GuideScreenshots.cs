using System.Globalization;
using System.Text.RegularExpressions;
using CchcPlanner.Common;
using CchcPlanner.Data.Demo;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The user guide's walks (docs/huong-dan), one per persona: what each does in a normal week, checked step by step and
/// photographed for the guide (see <see cref="GuideImages"/>; with <c>GUIDE_SCREENSHOTS=1</c> the pictures are saved
/// into the guide). The plans changed here are the walks' own, years 2052–2056, so the demo plans stay as they are.
/// </summary>
public sealed partial class GuideScreenshots : BrowserTest
{
    /// <summary>The guide's pictures are 1280 pixels wide and at most this tall.</summary>
    private const int MaxHeight = 1500;

    /// <summary>A dialog is shown on the window it opened in (800 pixels tall), not on the whole page behind it.</summary>
    private const int DialogHeight = 800;

    public GuideScreenshots(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Guide_Drafter_WritesSubmitsEntersResultsAndWatchesDeadlines()
    {
        var dueOn = VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow).AddDays(-3);
        var report = string.Empty;
        var issued = await App.IssuedKindergartenCopyAsync(2053, 53, plan =>
        {
            var first = plan.ReportingDeadlines[0];
            report = first.Name;
            plan.ChangeReportingDeadline(first, first.Name, first.Period, dueOn, first.ReceivingUnit);
        });
        await Page.SetViewportSizeAsync(1280, 800);

        // 1. The plan list after signing in.
        await SignInAsync("soanthao@demo.vn");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator(".user-badge .user-name")).ToHaveTextAsync("Nguyễn Thị Thu Hà");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = KindergartenPlan2023.Title })).ToBeVisibleAsync();
        await Page.ChooseAsync(Page.GetByLabel("Lọc theo năm"), "2024");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = KindergartenPlan2023.Title })).ToHaveCountAsync(0);
        await Expect(Page.Locator("tbody tr").Filter(new() { HasText = "Trường mầm non Tuổi Hồng năm 2024" })).ToContainTextAsync("Dự thảo");
        await Expect(Page.Locator(".filter-count")).ToContainTextAsync("2 / ");
        await GuideShotAsync(GuideImages.DrafterPlanList);

        // 2. A new annual plan from the template.
        var planPath = await Page.CreateFromTemplateAsync(2052, () => GuideShotAsync(GuideImages.DrafterNewPlan, DialogHeight));

        // 3. The editor, on the KPIs.
        Assert.True(await Page.OpenPartAsync("Chỉ tiêu") > 0);
        await Expect(Page.Locator(".editor-grid tbody tr").First).ToBeVisibleAsync();
        await GuideShotAsync(GuideImages.DrafterEditor);

        // 4. Submitting it for review.
        await OpenAsync(planPath);
        await ExpectStatusAsync("Dự thảo");
        var submit = await Page.OpenDialogAsync("Gửi duyệt", "Gửi duyệt kế hoạch");
        await submit.GetByLabel("Ý kiến kèm theo (không bắt buộc)").FillAsync("Kính gửi Ủy ban nhân dân Quận 1 thẩm định.");
        await GuideShotAsync(GuideImages.DrafterSubmit, DialogHeight);
        await submit.Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync("Đã gửi duyệt");

        // 5. Quarter I results of an issued plan, typed with the keyboard.
        await OpenAsync($"ke-hoach/{issued}");
        var results = Page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả thực hiện chỉ tiêu – Quý I năm 2053" });
        await PlanSteps.RepeatUntilAsync(
            () => Page.GetByRole(AriaRole.Link, new() { Name = "Kết quả thực hiện" }).ClickAsync(),
            () => Expect(results).ToBeVisibleAsync(new() { Timeout = PlanSteps.RetryAfterMs }));
        var first = Page.GetByLabel("Kết quả chỉ tiêu 1", new() { Exact = true });
        await first.ClickAsync();
        await first.FillAsync("100");
        await first.PressAsync("Enter");
        await Expect(Page.GetByLabel("Kết quả chỉ tiêu 2", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("97,5");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Còn 1 hồ sơ chưa công khai kịp thời");
        await Page.Keyboard.PressAsync("Control+S");
        await Expect(Page.Locator(".results-message")).ToContainTextAsync("Đã lưu kết quả Quý I của 2 chỉ tiêu.");
        var rows = Page.Locator(".results-grid tbody tr");
        await Expect(rows.Nth(0).Locator(".attainment")).ToHaveTextAsync("Đạt");
        await Expect(rows.Nth(1).Locator(".attainment")).ToHaveTextAsync("Có nguy cơ không đạt");
        await GuideShotAsync(GuideImages.DrafterResults);

        // 6. The calendar: the report due three days ago is overdue.
        await OpenAsync($"lich?thang={dueOn.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lịch báo cáo" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".calendar-month")).ToHaveTextAsync($"Tháng {dueOn:MM}/{dueOn.Year}");
        var chip = Page.Locator($".month-grid [aria-label='{VietnameseDates.Table(dueOn)}'] .deadline-chip", new() { HasText = report });
        await Expect(chip.First).ToContainTextAsync("Quá hạn");
        await GuideShotAsync(GuideImages.DrafterCalendar);
    }

    [Fact]
    public async Task Guide_Reviewer_FollowsTheSchoolsCommentsAndApproves()
    {
        // The school's drafter submits a plan of the walk's own (a submission is what the review page reads).
        var submitted = await App.KindergartenCopyAsync(2054, _ => { });
        var drafter = await OpenSecondBrowserAsync();
        await SignInAsync(drafter, "soanthao@demo.vn");
        await OpenAsync(drafter, $"ke-hoach/{submitted}");
        await (await drafter.OpenDialogAsync("Gửi duyệt", "Gửi duyệt kế hoạch")).Locator(".step-confirm").ClickAsync();
        await Expect(drafter.Locator(".page-head .status-badge")).ToHaveTextAsync("Đã gửi duyệt");
        await Page.SetViewportSizeAsync(1280, 800);

        // 1. The overview of the schools' 2024 plans against the deadline.
        await SignInAsync("thamdinh@demo.vn");
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Tình hình kế hoạch" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tình hình kế hoạch đơn vị" })).ToBeVisibleAsync();
        await Page.ChooseAsync(Page.GetByLabel("Năm kế hoạch"), "2024");
        await Expect(Page.Locator(".overview-due")).ToHaveTextAsync("12/01/2024");
        var grid = Page.Locator(".overview-grid");
        await Expect(grid.Locator("tbody tr").Filter(new() { HasText = "Trường trung học cơ sở Văn Lang" })).ToContainTextAsync("Bị trả lại");
        await Expect(grid.Locator("tbody tr").Filter(new() { HasText = "Trường trung học cơ sở Minh Đức" })).ToContainTextAsync("Chưa có kế hoạch");
        await GuideShotAsync(GuideImages.ReviewerOverview);

        // 2. A submitted plan's review page: a comment on KPI 1.
        await OpenAsync($"ke-hoach/{submitted}/tham-dinh");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thẩm định kế hoạch" })).ToBeVisibleAsync();
        await Expect(Page.FrameLocator(".review-frame").Locator("body")).ToContainTextAsync("năm 2054");
        var side = Page.Locator(".review-side");
        await PlanSteps.RepeatUntilAsync(
            () => side.GetByLabel("Góp ý về").ClickAsync(),
            () => Expect(Page.GetByRole(AriaRole.Option, new() { NameRegex = KpiOne() })).ToBeVisibleAsync(new() { Timeout = PlanSteps.RetryAfterMs }));
        await Page.GetByRole(AriaRole.Option, new() { NameRegex = KpiOne() }).ClickAsync();
        await side.GetByLabel("Nội dung góp ý").FillAsync("Đề nghị ghi rõ: không để hồ sơ nào trễ hạn.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi góp ý" }).ClickAsync();
        var thread = Page.GetByRole(AriaRole.Article, new() { Name = "Góp ý về Chỉ tiêu 1" });
        await Expect(thread).ToContainTextAsync("Lê Văn Minh · Cán bộ thẩm định");
        await GuideShotAsync(GuideImages.ReviewerComment);

        // 3. Approving it.
        var approve = await Page.OpenDialogAsync("Phê duyệt", "Phê duyệt kế hoạch");
        await GuideShotAsync(GuideImages.ReviewerApprove, DialogHeight);
        await approve.Locator(".step-confirm").ClickAsync();
        await ExpectStatusAsync("Đã duyệt");
        await Expect(Page.GetByText("Đã phê duyệt kế hoạch.")).ToBeVisibleAsync();

        // 4. The dashboard: attainment of the district's schools (a page of its own, without the approval's notice).
        await OpenAsync("bang-dieu-khien");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bảng điều khiển" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Các đơn vị trực thuộc Ủy ban nhân dân Quận 1, năm 2023")).ToBeVisibleAsync();
        await Expect(Page.Locator(".dashboard-figure", new() { HasText = "Chỉ tiêu đạt" })).ToContainTextAsync("77,8%");
        await GuideShotAsync(GuideImages.ReviewerDashboard);
    }

    [Fact]
    public async Task Guide_Clerk_IssuesDownloadsUploadsTheSignedCopyAndKeepsTheRegister()
    {
        var approved = await App.KindergartenCopyAsync(2055, plan =>
        {
            plan.Submit();
            plan.Approve();
        });
        var issued = await App.IssuedKindergartenCopyAsync(2056, 56);
        await Page.SetViewportSizeAsync(1280, 800);
        await SignInAsync("vanthu@demo.vn");

        // 1. The issue dialog of an approved plan: the register's next number and today's date (not confirmed here).
        await OpenAsync($"ke-hoach/{approved}");
        await ExpectStatusAsync("Đã duyệt");
        var issue = await Page.OpenDialogAsync("Ban hành", "Cấp số, ban hành kế hoạch");
        await Expect(issue.Locator(".next-number")).ToHaveTextAsync(PlanNumber());
        await Expect(issue.GetByRole(AriaRole.Textbox).First).ToHaveValueAsync(VietnameseDates.Table(VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow)));
        await GuideShotAsync(GuideImages.ClerkIssue, DialogHeight);
        await issue.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Expect(issue).ToBeHiddenAsync();
        await ExpectStatusAsync("Đã duyệt");

        // 2. An issued plan: its number, and the PDF and DOCX to print and sign.
        await OpenAsync($"ke-hoach/{issued}");
        await ExpectStatusAsync("Đã ban hành");
        await Expect(Page.Locator(".plan-header")).ToContainTextAsync("Số: 56/KH-");
        await Expect(Page.Locator(".doc-buttons").GetByRole(AriaRole.Link, new() { Name = "Tải PDF", Exact = true })).ToBeVisibleAsync();
        var docx = await Page.DownloadDocumentAsync("Tải DOCX");
        Assert.EndsWith(".docx", docx.Name, StringComparison.Ordinal);
        await GuideShotAsync(GuideImages.ClerkDocuments);

        // 3. Uploading the signed, stamped scan (the dialog; the file is chosen from the computer).
        var upload = await Page.OpenDialogAsync("Tải lên bản ký", "Tải lên bản ký, đóng dấu");
        await Expect(upload.GetByLabel("Tệp PDF bản ký, đóng dấu")).ToBeAttachedAsync();
        await GuideShotAsync(GuideImages.ClerkSignedScan, DialogHeight);
        await upload.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Expect(upload).ToBeHiddenAsync();

        // 4. The register of outgoing documents.
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Sổ đăng ký văn bản đi" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(RegisterPage());
        await Page.ChooseAsync(Page.GetByLabel("Năm của sổ"), "2023");
        var line = Page.Locator(".register-grid tbody tr").Filter(new() { HasText = "16/KH-MNTH" });
        await Expect(line).ToContainTextAsync("01/02/2023");
        await Expect(Page.Locator(".register-next")).ToContainTextAsync("17");
        await GuideShotAsync(GuideImages.ClerkRegister);
    }

    [Fact]
    public async Task Guide_Admin_KeepsUnitsUsersAndReadsTheAuditTrail()
    {
        await Page.SetViewportSizeAsync(1280, 800);
        await SignInAsync("quantri@demo.vn");

        // 1. The unit tree.
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Đơn vị" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(UnitsPage());
        var tree = Page.Locator(".unit-grid");
        await Expect(tree.GetByText("Ủy ban nhân dân Quận 1", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(tree.GetByText("Trường mầm non Tuổi Hồng", new() { Exact = true })).ToBeVisibleAsync();
        await GuideShotAsync(GuideImages.AdminUnits);

        // 2. The dialog that adds a unit (not saved here: the demo's tree stays as the other tests know it).
        var unit = await Page.OpenDialogAsync("Thêm đơn vị", "Thêm đơn vị");
        await unit.GetByLabel("Tên đơn vị", new() { Exact = true }).FillAsync("Trường mầm non Hoa Sen");
        await Expect(unit.GetByLabel("Đơn vị cấp trên")).ToBeVisibleAsync();
        await GuideShotAsync(GuideImages.AdminNewUnit, DialogHeight);
        await unit.GetByRole(AriaRole.Button, new() { Name = "Huỷ" }).ClickAsync();
        await Expect(unit).ToBeHiddenAsync();
        await Expect(tree.GetByText("Trường mầm non Hoa Sen")).ToHaveCountAsync(0);

        // 3. The users.
        await OpenAsync("nguoi-dung");
        var users = Page.Locator(".user-grid");
        await Expect(users.Locator("tr").Filter(new() { HasText = "soanthao@demo.vn" })).ToContainTextAsync("Nguyễn Thị Thu Hà");
        await Expect(users.Locator("tr").Filter(new() { HasText = "vanthu@demo.vn" })).ToContainTextAsync("Trần Thị Mai");
        await GuideShotAsync(GuideImages.AdminUsers);

        // 4. The dialog that adds a user (not saved here).
        var user = await Page.OpenDialogAsync("Thêm người dùng", "Thêm người dùng");
        await user.GetByLabel("Email").FillAsync("hieupho@demo.vn");
        await user.GetByLabel("Họ và tên").FillAsync("Hoàng Thị Lan");
        await Expect(user.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" })).ToBeEnabledAsync();
        await GuideShotAsync(GuideImages.AdminNewUser, DialogHeight);
        await user.GetByRole(AriaRole.Button, new() { Name = "Huỷ" }).ClickAsync();
        await Expect(user).ToBeHiddenAsync();

        // 5. The audit trail.
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Nhật ký hệ thống" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AuditPage());
        await Expect(Page.Locator(".audit-grid")).ToContainTextAsync("Gửi duyệt");
        await GuideShotAsync(GuideImages.AdminAudit);
    }

    /// <summary>The picture of a step, 1280 pixels wide, where <see cref="GuideImages.PathOf"/> says.</summary>
    private Task GuideShotAsync(string name, int maxHeight = MaxHeight) => ScreenshotToAsync(Page, GuideImages.PathOf(name), maxHeight);

    private Task ExpectStatusAsync(string status) => Expect(Page.Locator(".page-head .status-badge")).ToHaveTextAsync(status);

    [GeneratedRegex("^Chỉ tiêu 1 – ")]
    private static partial Regex KpiOne();

    [GeneratedRegex(@"^\d{2,}/KH-")]
    private static partial Regex PlanNumber();

    [GeneratedRegex("/so-dang-ky$")]
    private static partial Regex RegisterPage();

    [GeneratedRegex("/don-vi$")]
    private static partial Regex UnitsPage();

    [GeneratedRegex("/nhat-ky$")]
    private static partial Regex AuditPage();
}
