using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>A drafter of Trường mầm non Tuổi Hồng signs in, finds last year's plan and reads its KPIs and tasks.</summary>
public sealed partial class PlanBrowsingTests : BrowserTest
{
    public PlanBrowsingTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Drafter_OpensKindergartenPlan_SeesKpisAndTasks()
    {
        await Page.GotoAsync(App.Url("/"));
        await Expect(Page).ToHaveURLAsync(LoginUrl());
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await ScreenshotAsync("login");

        await SignInAsync("soanthao@demo.vn");
        var kindergarten = Page.GetByRole(AriaRole.Link, new() { Name = KindergartenPlan2023.Title });
        var ninhGiang = Page.GetByRole(AriaRole.Link, new() { Name = NinhGiangPlan2022.Title });
        await Expect(kindergarten).ToBeVisibleAsync();
        await Expect(ninhGiang).ToBeVisibleAsync();
        await Expect(Page.Locator(".user-badge .user-name")).ToHaveTextAsync("Nguyễn Thị Thu Hà");
        await ScreenshotAsync("plan-list");

        var search = Page.GetByLabel("Tìm kế hoạch");
        await search.FillAsync("Ninh Giang");
        await Expect(kindergarten).ToBeHiddenAsync();
        await Expect(ninhGiang).ToBeVisibleAsync();
        await Expect(Page.Locator(".filter-count")).ToHaveTextAsync(OnePlanShown());
        await ScreenshotAsync("plan-list-searched");
        await search.FillAsync(string.Empty);
        await Expect(kindergarten).ToBeVisibleAsync();

        await kindergarten.ClickAsync();
        await Expect(Page).ToHaveURLAsync(PlanUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = KindergartenPlan2023.Title })).ToBeVisibleAsync();
        await Expect(Page.GetByText("16/KH-MNTH").First).ToBeVisibleAsync();
        await ScreenshotAsync("plan");

        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = KpiTab() }).ClickAsync();
        await Expect(Page.GetByText("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn").First).ToBeVisibleAsync();
        await ScreenshotAsync("plan-kpis");

        await Page.GetByRole(AriaRole.Tab, new() { NameRegex = TaskTab() }).ClickAsync();
        var directionTask = Page.GetByText("Tiếp tục kiện toàn Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC");
        var communicationTask = Page.GetByText("Tuyên truyền, truyền thông về công tác CCHC", new() { Exact = true });
        await Expect(directionTask).ToBeVisibleAsync();
        var count = Page.Locator(".task-count");
        var allTasks = await count.TextContentAsync();
        await ScreenshotAsync("plan-tasks");

        await Page.GetByLabel("Lọc nhiệm vụ theo lĩnh vực").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { NameRegex = CommunicationArea() }).ClickAsync();
        await Expect(count).ToHaveTextAsync("1 nhiệm vụ");
        await Expect(communicationTask).ToBeVisibleAsync();
        await Expect(directionTask).ToBeHiddenAsync();
        Assert.NotEqual("1 nhiệm vụ", allTasks);
        await ScreenshotAsync("plan-tasks-filtered");
    }

    [GeneratedRegex("/dang-nhap")]
    private static partial Regex LoginUrl();

    [GeneratedRegex(@"/ke-hoach/\d+$")]
    private static partial Regex PlanUrl();

    [GeneratedRegex(@"^1 / \d+ kế hoạch$")]
    private static partial Regex OnePlanShown();

    [GeneratedRegex(@"^Chỉ tiêu \(\d+\)$")]
    private static partial Regex KpiTab();

    [GeneratedRegex(@"^Nhiệm vụ \(\d+\)$")]
    private static partial Regex TaskTab();

    [GeneratedRegex(@"^Công tác thông tin, tuyên truyền về cải cách hành chính \(1\)$")]
    private static partial Regex CommunicationArea();
}
