using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;
using CchcPlanner.EndToEndTests.Infrastructure;
using CchcPlanner.LegalDocuments;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The drafter of Trường mầm non Tuổi Hồng imports last year's plan from Word (the kindergarten example as the repository's
/// DocxRenderer writes it) beside two files that are not plans, corrects the year and saves it as a draft; the editor's
/// checks panel jumps to what it finds; the reviewer of Quận 1 runs the checks on a submitted plan.
/// </summary>
public sealed partial class ImportTests : BrowserTest
{
    private const int Year = 2047;
    private const string Title = "Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2047";

    public ImportTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Drafter_ImportsDocxAndGarbage_CorrectsYear_SavesDraft_ChecksPanelJumps()
    {
        var folder = Directory.CreateTempSubdirectory("cchc-import-").FullName;
        var docx = Path.Combine(folder, "KH-16-MNTH-2023.docx");
        await File.WriteAllBytesAsync(docx, KindergartenDocx(), TestContext.Current.CancellationToken);
        var garbage = Path.Combine(folder, "hong.docx");
        await File.WriteAllBytesAsync(garbage, Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251)).ToArray(), TestContext.Current.CancellationToken);
        var picture = Path.Combine(folder, "anh-chup.png");
        await File.WriteAllBytesAsync(picture, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], TestContext.Current.CancellationToken);
        await SignInAsync("soanthao@demo.vn");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nhập kế hoạch" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nhập kế hoạch", Level = 1 })).ToBeVisibleAsync();
        await ScreenshotAsync("import-empty");

        await Page.Locator("#import-files").SetInputFilesAsync([docx, garbage, picture]);
        var files = Page.GetByRole(AriaRole.Navigation, new() { Name = "Các tệp đã tải lên" });
        await Expect(files.GetByRole(AriaRole.Button)).ToHaveCountAsync(3);
        await Expect(Page.GetByRole(AriaRole.Textbox, new() { Name = "Trích yếu", Exact = true })).ToHaveValueAsync(KindergartenPlan2023.Title);
        await Expect(Page.GetByLabel("Năm kế hoạch")).ToHaveValueAsync("2023");
        await Expect(Page.GetByRole(AriaRole.Textbox, new() { Name = "Số, ký hiệu", Exact = true })).ToHaveValueAsync("16/KH-MNTH");
        await Expect(Page.Locator(".import-lines li").First).ToContainTextAsync("ỦY BAN NHÂN DÂN QUẬN 1");
        await Expect(Page.Locator(".findings-count")).ToBeVisibleAsync();
        await ScreenshotAsync("import-docx-findings");

        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = KpiTab() }).ClickAsync();
        await Expect(Page.GetByText("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn").First).ToBeVisibleAsync();
        await ScreenshotAsync("import-docx-kpis");
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = CitationTab() }).ClickAsync();
        await Expect(Page.Locator(".import-citation").First).ToBeVisibleAsync();
        await ScreenshotAsync("import-docx-citations");

        // The two files that are not plans: each says why in Vietnamese, and the page goes on working.
        await files.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("hong\\.docx") }).ClickAsync();
        await Expect(Page.Locator(".import-error")).ToContainTextAsync("Không");
        await ScreenshotAsync("import-garbage-docx");
        await files.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("anh-chup\\.png") }).ClickAsync();
        await Expect(Page.Locator(".import-error")).ToContainTextAsync("chỉ nhận tệp Word (.docx) hoặc văn bản (.txt, .md)");
        await ScreenshotAsync("import-wrong-type");

        // Corrections are checked again at once: as a 2024 plan, its "năm 2023" reads as last year's text copied forward.
        await files.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("KH-16-MNTH-2023\\.docx") }).ClickAsync();
        var staleYear = Page.Locator(".finding-code", new() { HasText = "stale-year" });
        await Expect(staleYear).ToHaveCountAsync(0);
        await Page.GetByLabel("Năm kế hoạch").FillAsync("2024");
        await Page.GetByLabel("Năm kế hoạch").BlurAsync();
        await Expect(staleYear.First).ToBeVisibleAsync();
        await Expect(files.GetByRole(AriaRole.Button).First).Not.ToContainTextAsync("97 cảnh báo");
        await ScreenshotAsync("import-rechecked-2024");
        await Page.GetByLabel("Năm kế hoạch").FillAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Trích yếu", Exact = true }).FillAsync(Title);
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Trích yếu", Exact = true }).BlurAsync();
        await ScreenshotAsync("import-corrected");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu thành dự thảo" }).ClickAsync();

        var planPath = await Page.InEditorAsync(Title);
        await Expect(Page.GetByLabel("Năm kế hoạch")).ToHaveValueAsync("2047");
        await Expect(Page.PartButton("Chỉ tiêu")).ToHaveAccessibleNameAsync(new Regex("^Chỉ tiêu [1-9][0-9]* dòng"));
        await Page.OpenPartAsync("Chỉ tiêu");
        await Expect(Page.GetByText("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn").First).ToBeVisibleAsync();
        await ScreenshotAsync("import-saved-editor");

        // The checks panel: each finding opens the part it is in, with its row open or its field focused.
        var panel = Page.Locator(".checks-panel");
        await panel.Locator("summary").ClickAsync();
        await Expect(panel.Locator(".finding").First).ToBeVisibleAsync();
        await Expect(panel.Locator("summary")).ToContainTextAsync("1 lỗi, 97 cảnh báo");
        await ScreenshotAsync("editor-checks-panel");
        await Page.OpenPartAsync("Nơi nhận");
        await panel.GetByRole(AriaRole.Button, new() { Name = "số văn bản", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#editor-part-title")).ToHaveTextAsync("Thông tin chung");
        await Expect(Page.Locator("[name='plan-symbol']")).ToBeFocusedAsync();
        await ScreenshotAsync("editor-checks-jump-header");

        await panel.GetByRole(AriaRole.Button, new() { Name = "nhiệm vụ thứ 1", Exact = true }).First.ClickAsync();
        await Expect(Page.Locator("#editor-part-title")).ToHaveTextAsync("Nhiệm vụ");
        var lead = Page.GetByLabel("Nhiệm vụ 1: chủ trì", new() { Exact = true });
        await Expect(lead).ToBeVisibleAsync();
        await ScreenshotAsync("editor-checks-jump-task");
        await lead.FillAsync("Hiệu trưởng");
        await lead.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Control+S");
        await Expect(Page.GetByText("Đã lưu kế hoạch.")).ToBeVisibleAsync();
        await Expect(panel.Locator("summary")).ToContainTextAsync("1 lỗi, 96 cảnh báo");
        await ScreenshotAsync("editor-checks-after-save");

        await OpenAsync(planPath);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kiểm tra" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chạy kiểm tra" }).ClickAsync();
        await Expect(Page.Locator(".findings-count")).ToHaveTextAsync("1 lỗi, 96 cảnh báo, 5 lưu ý");
    }

    [Fact]
    public async Task Reviewer_RunsChecksOnASubmittedPlan_OtherDistrictCannotOpenIt()
    {
        await SignInAsync("thamdinh@demo.vn");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Thực hiện công tác cải cách hành chính tại Trường tiểu học Lê Ngọc Hân năm 2024" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/ke-hoach/[0-9]+$"));
        await Expect(Page.Locator(".page-head")).ToContainTextAsync("Đã gửi duyệt");
        var planUrl = Page.Url;

        await Page.GetByRole(AriaRole.Tab, new() { Name = "Kiểm tra" }).ClickAsync();
        await ScreenshotAsync("reviewer-checks-tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Chạy kiểm tra" }).ClickAsync();
        await Expect(Page.Locator(".findings-count, .findings-none").First).ToBeVisibleAsync();
        await Expect(Page.Locator(".finding-code").First).ToBeVisibleAsync();
        await ScreenshotAsync("reviewer-checks-run");

        // Reviewers check; importing is the drafters' work: no menu entry, and the typed address is refused.
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Nhập kế hoạch" })).ToHaveCountAsync(0);
        await OpenAsync("nhap-ke-hoach");
        await Expect(Page.GetByText("Không có quyền truy cập").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#import-files")).ToHaveCountAsync(0);

        // Another district's drafter gets the plan page of a missing plan, with no checks.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await SignInAsync("ninhgiang@demo.vn");
        await UntilInteractiveAsync(() => Page.GotoAsync(planUrl));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Không tìm thấy kế hoạch" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Tab, new() { Name = "Kiểm tra" })).ToHaveCountAsync(0);
    }

    /// <summary>The kindergarten example as a Word file, the way CchcPlanner itself writes it.</summary>
    private static byte[] KindergartenDocx()
    {
        var catalogue = NationalCatalogue.Create().Concat(DemoDocuments.Create()).ToDictionary(d => d.Symbol);
        var plan = KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, symbol => catalogue[symbol]);
        return DocxRenderer.Render(PlanDocumentBuilder.Build(plan));
    }

    [GeneratedRegex("^Chỉ tiêu")]
    private static partial Regex KpiTab();

    [GeneratedRegex("^Căn cứ, trích dẫn")]
    private static partial Regex CitationTab();
}
