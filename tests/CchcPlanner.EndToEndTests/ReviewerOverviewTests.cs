using System.Text.RegularExpressions;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The reviewer's overview (/tong-hop): the demo's 2024 annual plans of Quận 1's schools against the deadline of 12/01/2024,
/// a school without a plan, the late filter, setting a deadline; and who may not open it.
/// </summary>
public sealed partial class ReviewerOverviewTests : BrowserTest
{
    public ReviewerOverviewTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Reviewer_Overview_ShowsEachSchoolAgainstTheDeadlineAndFiltersLateOnes()
    {
        await SignInAsync("thamdinh@demo.vn");
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Tình hình kế hoạch" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(OverviewPage());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tình hình kế hoạch đơn vị" })).ToBeVisibleAsync();

        await Page.ChooseAsync(Page.GetByLabel("Năm kế hoạch"), "2024");
        var grid = Page.Locator(".overview-grid");
        await Expect(Page.Locator(".overview-due")).ToHaveTextAsync("12/01/2024");
        await Expect(Row(grid, "Trường mầm non Bến Nghé")).ToContainTextAsync("Đã duyệt");
        await Expect(Row(grid, "Trường mầm non Bến Nghé")).ToContainTextAsync("10/01/2024");
        await Expect(Row(grid, "Trường tiểu học Lê Ngọc Hân")).ToContainTextAsync("15/01/2024");
        await Expect(Row(grid, "Trường trung học cơ sở Văn Lang")).ToContainTextAsync("Bị trả lại");
        await Expect(Row(grid, "Trường mầm non Tuổi Hồng")).ToContainTextAsync("Dự thảo");
        await Expect(Row(grid, "Trường trung học cơ sở Minh Đức")).ToContainTextAsync("Chưa có kế hoạch");
        await Expect(grid.GetByText("Ninh Giang")).ToHaveCountAsync(0);
        await ScreenshotAsync("overview-2024");

        await Page.GetByText("Chỉ đơn vị chậm").ClickAsync();
        await Expect(Page.Locator(".filter-count")).ToHaveTextAsync("3 / 5 đơn vị");
        await Expect(Row(grid, "Trường tiểu học Lê Ngọc Hân")).ToContainTextAsync("3");
        await Expect(Row(grid, "Trường mầm non Bến Nghé")).ToHaveCountAsync(0);
        await Expect(Row(grid, "Trường trung học cơ sở Văn Lang")).ToHaveCountAsync(0);
        await ScreenshotAsync("overview-late-only");

        await Row(grid, "Trường tiểu học Lê Ngọc Hân").GetByRole(AriaRole.Link, new() { Name = "Mở kế hoạch của Trường tiểu học Lê Ngọc Hân" }).ClickAsync();
        await Expect(Page.GetByText("Thực hiện công tác cải cách hành chính tại Trường tiểu học Lê Ngọc Hân năm 2024").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Reviewer_SetsADeadline_UnitsWithoutAPlanCountDaysLate()
    {
        await SignInAsync("thamdinh@demo.vn");
        await OpenAsync("tong-hop");
        await Page.ChooseAsync(Page.GetByLabel("Năm kế hoạch"), "2024");
        await Page.ChooseAsync(Page.GetByLabel("Loại kế hoạch"), "Kế hoạch kiểm soát TTHC");
        await Expect(Page.Locator(".overview-due")).ToHaveTextAsync("Chưa đặt");

        var date = Page.GetByLabel("Hạn gửi kế hoạch", new() { Exact = true });
        await date.FillAsync("31/01/2024");
        await date.PressAsync("Tab");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đặt hạn gửi kế hoạch" }).ClickAsync();

        await Expect(Page.Locator(".overview-due")).ToHaveTextAsync("31/01/2024");
        await Expect(Page.Locator(".overview-deadline")).ToContainTextAsync("Đặt bởi Lê Văn Minh");
        var grid = Page.Locator(".overview-grid");
        await Expect(grid.GetByText("Chưa có kế hoạch")).ToHaveCountAsync(5);
        await Page.GetByText("Chỉ đơn vị chậm").ClickAsync();
        await Expect(Page.Locator(".filter-count")).ToHaveTextAsync("5 / 5 đơn vị");
        await ScreenshotAsync("overview-deadline-set");
    }

    [Fact]
    public async Task OtherDistrictsUser_IsRefused_AndTheAdminSeesEveryDistrict()
    {
        await SignInAsync("ninhgiang@demo.vn");
        await OpenAsync("tong-hop");
        await Expect(Page.GetByText("Không có quyền truy cập").First).ToBeVisibleAsync();

        await SignOutAsync();
        await SignInAsync("quantri@demo.vn");
        await OpenAsync("tong-hop");
        await Page.ChooseAsync(Page.GetByLabel("Năm kế hoạch"), "2024");
        var grid = Page.Locator(".overview-grid");
        await Expect(Row(grid, "Ủy ban nhân dân huyện Ninh Giang")).ToHaveCountAsync(1);
        await Expect(Row(grid, "Trường mầm non Tuổi Hồng")).ToContainTextAsync("thuộc Ủy ban nhân dân Quận 1");
        await ScreenshotAsync("overview-admin");
    }

    [Theory]
    [InlineData("soanthao@demo.vn", "tong-hop", "Tình hình kế hoạch")]
    [InlineData("vanthu@demo.vn", "tong-hop", "Tình hình kế hoạch")]
    [InlineData("soanthao@demo.vn", "nhat-ky", "Nhật ký hệ thống")]
    [InlineData("thamdinh@demo.vn", "nhat-ky", "Nhật ký hệ thống")]
    [InlineData("soanthao@demo.vn", "so-dang-ky", "Sổ đăng ký văn bản đi")]
    [InlineData("thamdinh@demo.vn", "so-dang-ky", "Sổ đăng ký văn bản đi")]
    public async Task TypedUrl_RoleWithoutThePage_IsRefusedAndHasNoMenuEntry(string email, string path, string menu)
    {
        await SignInAsync(email);
        await OpenAsync(path);

        await Expect(Page.GetByText("Không có quyền truy cập").First).ToBeVisibleAsync();
        await Expect(Page.Locator(".rz-data-grid")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Menuitem, new() { Name = menu })).ToHaveCountAsync(0);
    }

    private static ILocator Row(ILocator grid, string unit) => grid.Locator("tbody tr").Filter(new() { HasText = unit });

    private async Task SignOutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(LoginPage());
    }

    [GeneratedRegex("/tong-hop$")]
    private static partial Regex OverviewPage();

    [GeneratedRegex("/dang-nhap$")]
    private static partial Regex LoginPage();
}
