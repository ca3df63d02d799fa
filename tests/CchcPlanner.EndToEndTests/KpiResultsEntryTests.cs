using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The kindergarten's drafter enters a quarter's KPI results of an issued plan with the keyboard and sees them judged.
/// The plan is the test's own: the demo kindergarten plan copied to 2038 and issued directly in the database, so the
/// demo plans other tests read stay as they are.
/// </summary>
public sealed class KpiResultsEntryTests : BrowserTest
{
    public KpiResultsEntryTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Drafter_EntersQuarterResults_SeesAttainmentAndKeepsThemAfterReload()
    {
        var id = await IssuedCopyAsync(2038);
        await SignInAsync("soanthao@demo.vn");
        await OpenAsync($"ke-hoach/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kết quả thực hiện" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả thực hiện chỉ tiêu – Quý I năm 2038" })).ToBeVisibleAsync();

        var first = Page.GetByLabel("Kết quả chỉ tiêu 1", new() { Exact = true });
        await first.ClickAsync();
        await first.FillAsync("100");
        await first.PressAsync("Enter");
        var second = Page.GetByLabel("Kết quả chỉ tiêu 2", new() { Exact = true });
        await Expect(second).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("97,5");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Ghi chú chỉ tiêu 2", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Còn 1 hồ sơ chưa công khai kịp thời");

        var rows = Page.Locator(".results-grid tbody tr");
        await Expect(rows.Nth(0).Locator(".attainment")).ToHaveTextAsync("Đạt");
        await Expect(rows.Nth(1).Locator(".attainment")).ToHaveTextAsync("Có nguy cơ không đạt");
        await Expect(rows.Nth(2).Locator(".attainment")).ToHaveTextAsync("Chưa có số liệu");
        await ScreenshotAsync("kpi-results-typed");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" }).ClickAsync();
        await Expect(Page.Locator(".results-message")).ToContainTextAsync("Đã lưu kết quả Quý I của 2 chỉ tiêu.");
        await ScreenshotAsync("kpi-results-saved");

        await OpenAsync($"ke-hoach/{id}/ket-qua");
        await Expect(Page.GetByLabel("Kết quả chỉ tiêu 2", new() { Exact = true })).ToHaveValueAsync("97,5");
        await Expect(Page.Locator(".results-grid tbody tr").Nth(1).Locator(".attainment")).ToHaveTextAsync("Có nguy cơ không đạt");

        // The same shortfall in the last quarter is final; an unsaved change locks the period until it is undone.
        await Page.ChooseAsync(Page.Locator(".results-toolbar .rz-dropdown"), "Quý IV");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kết quả thực hiện chỉ tiêu – Quý IV năm 2038" })).ToBeVisibleAsync();
        var fourth = Page.GetByLabel("Kết quả chỉ tiêu 2", new() { Exact = true });
        await Expect(fourth).ToHaveValueAsync(string.Empty);
        await fourth.FillAsync("97.5");
        await Expect(Page.Locator(".results-grid tbody tr").Nth(1).Locator(".attainment")).ToHaveTextAsync("Chưa đạt");
        await Expect(Page.GetByText("Lưu hoặc huỷ thay đổi trước khi chuyển kỳ báo cáo.")).ToBeVisibleAsync();
        await fourth.FillAsync("9x");
        await Expect(Page.GetByText("Nhập số, ví dụ 97,5")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" })).ToBeDisabledAsync();
        await ScreenshotAsync("kpi-results-fourth-quarter");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Huỷ thay đổi" }).ClickAsync();
        await Expect(fourth).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task ReviewerReadsOnly_AndAnotherDistrictByTypedUrl_SeesNoPlan()
    {
        var id = await IssuedCopyAsync(2039);
        await SignInAsync("thamdinh@demo.vn");
        await OpenAsync($"ke-hoach/{id}/ket-qua");
        await Expect(Page.GetByText("Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được nhập kết quả thực hiện kế hoạch này.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Lưu kết quả" })).ToHaveCountAsync(0);
        await Expect(Page.Locator(".results-grid tbody tr").First.Locator(".attainment")).ToHaveTextAsync("Chưa có số liệu");
        await ScreenshotAsync("kpi-results-reviewer");

        var stranger = await OpenSecondBrowserAsync();
        await SignInAsync(stranger, "ninhgiang@demo.vn");
        await OpenAsync(stranger, $"ke-hoach/{id}/ket-qua");
        await Expect(stranger.GetByText("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.")).ToBeVisibleAsync();
        await Expect(stranger.Locator(".results-grid")).ToHaveCountAsync(0);
    }

    private Task<int> IssuedCopyAsync(int year) => App.IssuedKindergartenCopyAsync(year, number: 77);
}
