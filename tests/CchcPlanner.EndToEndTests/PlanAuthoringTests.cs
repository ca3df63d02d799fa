using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.EndToEndTests.Infrastructure;
using CchcPlanner.LegalDocuments;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The drafter of Trường mầm non Tuổi Hồng writes a plan: starts it (from a template, from last year's plan, from the
/// district's plan), fills its parts in the editor, saves, and finds the work again after a reload. Each test starts
/// its own plans, in a year of its own from 2029 on, since the server and its database are shared by the whole run.
/// </summary>
public sealed partial class PlanAuthoringTests : BrowserTest
{
    private const string Drafter = "soanthao@demo.vn";
    private const string Head = "hieutruong@demo.vn";

    public PlanAuthoringTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Drafter_CreatesFromAnnualTemplate_AddsBasisKpiTask_SavesAndReloads()
    {
        const string kpiText = "Tỷ lệ hồ sơ được số hóa đạt từ 80% trở lên";
        const string taskText = "Rà soát, cập nhật danh mục thủ tục hành chính của nhà trường";
        var citation = NationalCatalogue.Create().Single(d => d.Symbol == "45/2020/NĐ-CP").CitationText;
        await SignInAsync(Drafter);

        var planPath = await Page.CreateFromTemplateAsync(2029, () => ScreenshotAsync("new-plan-from-template"));
        foreach (var part in new[] { "Căn cứ pháp lý", "Chỉ tiêu", "Nhiệm vụ" })
        {
            await Expect(Page.PartButton(part)).ToHaveAccessibleNameAsync(HasRows());
        }

        // Căn cứ pháp lý: a decree found in the catalogue by its number, chosen with the keyboard.
        var basesBefore = await Page.OpenPartAsync("Căn cứ pháp lý");
        var bases = Page.Locator(".basis-row");
        await Expect(bases).ToHaveCountAsync(basesBefore);
        await ScreenshotAsync("editor-legal-bases");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm từ danh mục văn bản" }).ClickAsync();
        var picker = Page.GetByRole(AriaRole.Dialog, new() { Name = "Chọn văn bản" });
        var search = picker.GetByLabel("Tìm văn bản");
        await Expect(search).ToBeFocusedAsync();
        await search.PressSequentiallyAsync("45/2020");
        await Expect(picker.Locator(".picker-row.active .picker-symbol")).ToHaveTextAsync("45/2020/NĐ-CP");
        await ScreenshotAsync("legal-document-picker");
        await search.PressAsync("Enter");
        await Expect(picker).ToBeHiddenAsync();
        await Expect(bases).ToHaveCountAsync(basesBefore + 1);
        await Expect(bases.Last).ToContainTextAsync(citation);
        await ScreenshotAsync("editor-legal-basis-added");

        // Chỉ tiêu: a new row edited in the grid, finished with Enter.
        var kpi = $"Chỉ tiêu {await Page.OpenPartAsync("Chỉ tiêu") + 1}";
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm chỉ tiêu" }).ClickAsync();
        await Expect(Page.Locator("#kpi-edit-text")).ToBeFocusedAsync();
        await Expect(Field($"{kpi}: nội dung")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(kpiText);
        await Page.ChooseAsync(Field($"{kpi}: so sánh"), "từ … trở lên (≥)");
        await Field($"{kpi}: mục tiêu").FillAsync("80");
        await Field($"{kpi}: đơn vị tính").FillAsync("%");
        await ScreenshotAsync("editor-kpi-editing");
        await Field($"{kpi}: đơn vị tính").PressAsync("Enter");
        await Expect(Page.Locator(".row-commit")).ToHaveCountAsync(0);
        await ExpectKpiAsync(GridRow(kpiText), "từ … trở lên (≥)");
        await Expect(Page.PartButton("Chỉ tiêu")).ToHaveAccessibleNameAsync($"{kpi} dòng");
        await ScreenshotAsync("editor-kpi-added");

        // Nhiệm vụ: area, lead, a quarter of the plan's year and the product, finished with "Xong".
        var taskNumber = await Page.OpenPartAsync("Nhiệm vụ") + 1;
        var task = $"Nhiệm vụ {taskNumber}";
        await Page.GetByRole(AriaRole.Button, new() { Name = "Thêm nhiệm vụ" }).ClickAsync();
        await Expect(Page.Locator("#task-edit-content")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(taskText);
        await Page.ChooseAsync(Field($"{task}: lĩnh vực"), "Cải cách thủ tục hành chính");
        await Field($"{task}: chủ trì").FillAsync("Hiệu trưởng");
        await Page.ChooseAsync(Field($"{task}: thời gian thực hiện"), "Trong quý");
        await Page.ChooseAsync(Field($"{task}: quý"), "Quý II");
        await Field($"{task}: sản phẩm").FillAsync("Danh mục TTHC");
        await ScreenshotAsync("editor-task-editing");
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Xong nhiệm vụ {taskNumber}", Exact = true }).ClickAsync();
        await ExpectTaskAsync(GridRow(taskText));
        await ScreenshotAsync("editor-task-added");

        await Page.Keyboard.PressAsync("Control+S");
        await ExpectSavedAsync(Page);

        // What was saved is what the database holds: a reload opens the plan from there.
        await UntilInteractiveAsync(() => Page.ReloadAsync());
        await Page.OpenPartAsync("Căn cứ pháp lý");
        await Expect(bases).ToHaveCountAsync(basesBefore + 1);
        await Expect(bases.Last).ToContainTextAsync(citation);
        await ScreenshotAsync("editor-legal-bases-after-reload");
        await Page.OpenPartAsync("Chỉ tiêu");
        await ExpectKpiAsync(GridRow(kpiText), "từ … trở lên (≥)");
        await ScreenshotAsync("editor-kpis-after-reload");
        await Page.OpenPartAsync("Nhiệm vụ");
        await ExpectTaskAsync(GridRow(taskText));
        await ScreenshotAsync("editor-tasks-after-reload");

        await OpenAsync(planPath);
        await Expect(Page.Locator(".legal-bases")).ToContainTextAsync(citation);
        await ScreenshotAsync("plan-saved");
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = KpiTab() }).ClickAsync();
        await ExpectKpiAsync(GridRow(kpiText), "≥ 80%");
        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = TaskTab() }).ClickAsync();
        await ExpectTaskAsync(GridRow(taskText));
        await ScreenshotAsync("plan-tasks-saved");
    }

    [Fact]
    public async Task Drafter_CopiesLastYearsPlan_SeesReReadList()
    {
        await SignInAsync(Drafter);

        var form = await Page.OpenNewPlanTabAsync("Sao chép kế hoạch năm khác");
        await Page.ChooseAsync(form.GetByLabel("Kế hoạch nguồn"), $"2023 – {KindergartenPlan2023.Title}");
        await form.GetByLabel("Năm kế hoạch").FillAsync("2030");
        await ScreenshotAsync("copy-plan");
        await form.GetByRole(AriaRole.Button, new() { Name = "Sao chép" }).ClickAsync();

        var dialog = Page.GetByRole(AriaRole.Dialog, new() { Name = "Tạo kế hoạch mới" });
        var reRead = dialog.Locator(".reread-list li");
        await Expect(reRead.First).ToBeVisibleAsync();
        var items = await reRead.AllInnerTextsAsync();
        Assert.All(items, item => Assert.Matches(OldYear(), item));
        Assert.Contains(items, item => item.StartsWith("Căn cứ pháp lý 1: ", StringComparison.Ordinal));
        await ScreenshotAsync("copy-plan-reread");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Mở trình soạn thảo" }).ClickAsync();
        await Page.InEditorAsync(KindergartenPlan2023.Title.Replace("2023", "2030", StringComparison.Ordinal));
        await Expect(Page.GetByLabel("Trích yếu (tên kế hoạch)")).ToHaveValueAsync(KindergartenPlan2023.Title.Replace("2023", "2030", StringComparison.Ordinal));
        await Expect(Page.GetByLabel("Năm kế hoạch")).ToHaveValueAsync("2030");
        await Expect(Page.Locator(".header-preview .preview-line").First).ToHaveTextAsync(BlankNumber());
        await Expect(Page.GetByRole(AriaRole.Textbox, new() { Name = "Ngày ban hành" })).ToHaveValueAsync(string.Empty);
        await ScreenshotAsync("copy-plan-editor");
    }

    [Fact]
    public async Task Drafter_StartsFromDistrictPlan_AdoptsOffers()
    {
        const string declined = "Thu học phí và các khoản thu dịch vụ qua ngân hàng, ví điện tử; công khai các khoản thu, chi theo quy định.";
        const string kindergartenTask = "Niêm yết công khai thủ tục hành chính lĩnh vực giáo dục mầm non; hướng dẫn cha mẹ trẻ đăng ký tuyển sinh mầm non trực tuyến.";
        const string kindergartenKpi = "Tỷ lệ các khoản thu học phí, tiền ăn bán trú được thanh toán không dùng tiền mặt đạt từ 90% trở lên.";
        const string everyUnitKpi = "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan, đơn vị đạt từ 95% trở lên.";
        await SignInAsync(Drafter);

        var form = await Page.OpenNewPlanTabAsync("Từ kế hoạch cấp trên");
        await form.GetByLabel("Kế hoạch của cơ quan cấp trên").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { NameRegex = District1Plan() }).ClickAsync();
        var offers = form.Locator(".offers");
        await Expect(offers).ToBeVisibleAsync();
        await Expect(form).ToContainTextAsync("Kế hoạch số 412/KH-UBND");
        var taskBox = offers.GetByRole(AriaRole.Checkbox, new() { Name = declined, Exact = true });
        await Expect(taskBox).ToBeCheckedAsync();
        await Expect(offers.GetByRole(AriaRole.Checkbox, new() { Name = kindergartenKpi, Exact = true })).ToBeCheckedAsync();

        // The year follows the district's plan (2024); this test writes 2031's, which no other test uses.
        await form.GetByLabel("Năm kế hoạch").FillAsync("2031");
        await taskBox.ClickAsync();
        await Expect(taskBox).Not.ToBeCheckedAsync();
        var create = form.GetByRole(AriaRole.Button, new() { NameRegex = CreateWithOffers() });
        await Expect(create).ToHaveTextAsync(CreateWithOffers());
        var counts = CreateWithOffers().Match(await create.TextContentAsync() ?? string.Empty);
        Assert.Equal(("4", "5"), (counts.Groups["kpis"].Value, counts.Groups["tasks"].Value));
        await ScreenshotAsync("from-district-plan-offers");
        await create.ClickAsync();

        await Page.InEditorAsync("năm 2031");
        await Page.OpenPartAsync("Căn cứ pháp lý");
        await Expect(Page.Locator(".basis-row").First).ToContainTextAsync("Kế hoạch số 412/KH-UBND");
        await ScreenshotAsync("from-district-plan-bases");

        await Page.OpenPartAsync("Chỉ tiêu");
        var kpis = await Page.AllGridRowsAsync();
        Assert.Contains(kpis, row => row.Contains(kindergartenKpi, StringComparison.Ordinal));
        Assert.Contains(kpis, row => row.Contains(everyUnitKpi, StringComparison.Ordinal));
        await Page.OpenPartAsync("Nhiệm vụ");
        var tasks = await Page.AllGridRowsAsync();
        Assert.Contains(tasks, row => row.Contains(kindergartenTask, StringComparison.Ordinal));
        Assert.Contains(tasks, row => row.Contains("Xây dựng, ban hành kế hoạch cải cách hành chính năm 2031 của cơ quan, đơn vị, trường học.", StringComparison.Ordinal));
        Assert.DoesNotContain(tasks, row => row.Contains(declined, StringComparison.Ordinal));
        await ScreenshotAsync("from-district-plan-tasks");
    }

    [Fact]
    public async Task TwoEditors_SecondSaveRefused_FirstSaveKept()
    {
        const string theirTitle = "Thực hiện công tác cải cách hành chính năm 2032 của Trường mầm non Tuổi Hồng";
        const string myPlace = "Thành phố Hồ Chí Minh";
        await SignInAsync(Drafter);
        var planPath = await Page.CreateFromTemplateAsync(2032);
        var originalPlace = await Page.GetByLabel("Địa danh", new() { Exact = true }).InputValueAsync();

        var head = await OpenSecondBrowserAsync();
        await SignInAsync(head, Head);
        await OpenAsync(head, $"{planPath}/soan-thao");
        await head.InEditorAsync("Thực hiện công tác cải cách hành chính năm 2032");

        // The drafter saves a new title while the head has the plan open.
        await Page.GetByLabel("Trích yếu (tên kế hoạch)").FillAsync(theirTitle);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await ExpectSavedAsync(Page);

        // The head changes the place and saves over the version they opened: refused, nothing of theirs is lost.
        await head.GetByLabel("Địa danh", new() { Exact = true }).FillAsync(myPlace);
        await head.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        var conflict = head.GetByRole(AriaRole.Dialog, new() { Name = "Chưa lưu được: kế hoạch vừa được người khác lưu" });
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("Nguyễn Thị Thu Hà");
        await Expect(conflict.Locator(".conflict-changes")).ToContainTextAsync("Trích yếu");
        await Expect(conflict.Locator(".conflict-changes")).ToContainTextAsync(theirTitle);
        await ScreenshotAsync(head, "conflict-dialog");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục sửa bản của tôi" }).ClickAsync();
        await Expect(conflict).ToBeHiddenAsync();
        await Expect(head.GetByLabel("Địa danh", new() { Exact = true })).ToHaveValueAsync(myPlace);
        await Expect(head.Locator(".conflict-banner")).ToBeVisibleAsync();
        await Expect(head.Locator(".unsaved-mark")).ToContainTextAsync("Có thay đổi chưa lưu");
        await ScreenshotAsync(head, "conflict-kept-my-draft");

        await UntilInteractiveAsync(() => Page.ReloadAsync());
        await Expect(Page.GetByLabel("Trích yếu (tên kế hoạch)")).ToHaveValueAsync(theirTitle);
        await Expect(Page.GetByLabel("Địa danh", new() { Exact = true })).ToHaveValueAsync(originalPlace);
    }

    [Fact]
    public async Task UnsavedChanges_LeavingAsksFirst()
    {
        const string edited = "Thực hiện công tác cải cách hành chính năm 2033 (dự thảo lần 2)";
        await SignInAsync(Drafter);
        var planPath = await Page.CreateFromTemplateAsync(2033);
        var title = Page.GetByLabel("Trích yếu (tên kế hoạch)");

        // Typed and straight to the menu, without leaving the field first.
        await title.FillAsync(edited);
        var plansMenu = Page.GetByRole(AriaRole.Menuitem, new() { Name = "Kế hoạch", Exact = true });
        await plansMenu.ClickAsync();
        var leave = Page.GetByRole(AriaRole.Alertdialog, new() { Name = "Rời trang khi chưa lưu?" });
        await Expect(leave).ToBeVisibleAsync();
        await Expect(leave).ToContainTextAsync("Bạn có thay đổi chưa lưu.");
        await ScreenshotAsync("leave-unsaved-question");

        await leave.GetByRole(AriaRole.Button, new() { Name = "Ở lại trang" }).ClickAsync();
        await Expect(leave).ToBeHiddenAsync();
        await Expect(Page).ToHaveURLAsync(PlanSteps.EditorUrl());
        await Expect(title).ToHaveValueAsync(edited);
        await Expect(Page.Locator(".unsaved-mark")).ToContainTextAsync("Có thay đổi chưa lưu");

        // Leaving after all drops the edit: the plan keeps its saved title.
        await plansMenu.ClickAsync();
        await leave.GetByRole(AriaRole.Button, new() { Name = "Rời trang, bỏ thay đổi" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch", Exact = true })).ToBeVisibleAsync();
        await OpenAsync($"{planPath}/soan-thao");
        await Expect(title).ToHaveValueAsync("Thực hiện công tác cải cách hành chính năm 2033");
    }

    [Fact]
    public async Task Drafter_DeletesDraft_AfterConfirmation()
    {
        const string title = "Thực hiện công tác cải cách hành chính năm 2034";
        const string copy = $"Bản sao - {title}";
        await SignInAsync(Drafter);
        await Page.CreateFromTemplateAsync(2034);
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();

        await Page.GetByLabel("Tìm kế hoạch").FillAsync("2034");
        var original = Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
        var copied = Page.GetByRole(AriaRole.Link, new() { Name = copy, Exact = true });
        await Expect(original).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = $"Nhân bản {title}", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Đã nhân bản kế hoạch thành một bản dự thảo mới.")).ToBeVisibleAsync();
        await Expect(copied).ToBeVisibleAsync();
        await ScreenshotAsync("plan-list-duplicated");

        await Page.GetByRole(AriaRole.Button, new() { Name = $"Xoá {copy}", Exact = true }).ClickAsync();
        var confirm = Page.GetByRole(AriaRole.Alertdialog, new() { Name = "Xoá dự thảo" });
        await Expect(confirm).ToContainTextAsync($"Xoá dự thảo \"{copy}\" (2034)?");
        await ScreenshotAsync("plan-list-delete-question");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Xoá", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("Đã xoá dự thảo.")).ToBeVisibleAsync();
        await Expect(copied).ToHaveCountAsync(0);
        await Expect(original).ToBeVisibleAsync();

        // A signed plan is a record: it can be duplicated, never deleted.
        await Page.GetByLabel("Tìm kế hoạch").FillAsync(KindergartenPlan2023.Title);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = KindergartenPlan2023.Title })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = $"Nhân bản {KindergartenPlan2023.Title}" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = $"Xoá {KindergartenPlan2023.Title}" })).ToHaveCountAsync(0);
        await ScreenshotAsync("plan-list-after-delete");
    }

    private static async Task ExpectSavedAsync(IPage page)
    {
        await Expect(page.GetByText("Đã lưu kế hoạch.")).ToBeVisibleAsync();
        await Expect(page.Locator(".unsaved-mark")).ToContainTextAsync("Đã lưu mọi thay đổi");
    }

    private static async Task ExpectKpiAsync(ILocator row, string target)
    {
        await Expect(row).ToContainTextAsync(target);
        await Expect(row).ToContainTextAsync("80");
        await Expect(row).ToContainTextAsync("%");
    }

    private static async Task ExpectTaskAsync(ILocator row)
    {
        await Expect(row).ToContainTextAsync("Cải cách thủ tục hành chính");
        await Expect(row).ToContainTextAsync("Hiệu trưởng");
        await Expect(row).ToContainTextAsync("Quý II/2029");
        await Expect(row).ToContainTextAsync("Danh mục TTHC");
    }

    /// <summary>A field of the row being edited; exact, since "Chỉ tiêu 2: nội dung" is also in "Chỉ tiêu 20: nội dung".</summary>
    private ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    private ILocator GridRow(string text) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = text });

    [GeneratedRegex(@" [1-9]\d* dòng$")]
    private static partial Regex HasRows();

    [GeneratedRegex(@"\b202[23]\b")]
    private static partial Regex OldYear();

    [GeneratedRegex(@"^Số:\s*/KH-MNTH$")]
    private static partial Regex BlankNumber();

    [GeneratedRegex(@"^412\/KH-UBND – Ủy ban nhân dân Quận 1 – ")]
    private static partial Regex District1Plan();

    [GeneratedRegex(@"Tạo kế hoạch \((?<kpis>\d+) chỉ tiêu, (?<tasks>\d+) nhiệm vụ\)")]
    private static partial Regex CreateWithOffers();

    [GeneratedRegex(@"^Chỉ tiêu \(\d+\)$")]
    private static partial Regex KpiTab();

    [GeneratedRegex(@"^Nhiệm vụ \(\d+\)$")]
    private static partial Regex TaskTab();
}
