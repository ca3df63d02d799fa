using System.Text.RegularExpressions;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>The clerk's register (/so-dang-ky) and the administrators' audit trail (/nhat-ky), which records what the clerk did.</summary>
public sealed partial class RegisterAndAuditTests : BrowserTest
{
    public RegisterAndAuditTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Clerk_ReadsTheRegisterAndStartsAfterThePaperOne_AdminFindsItInTheAuditTrail()
    {
        await SignInAsync("vanthu@demo.vn");
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Sổ đăng ký văn bản đi" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(RegisterPage());
        await Page.ChooseAsync(Page.GetByLabel("Năm của sổ"), "2023");
        var grid = Page.Locator(".register-grid");
        var line = grid.Locator("tbody tr").Filter(new() { HasText = "16/KH-MNTH" });
        await Expect(line).ToContainTextAsync("01/02/2023");
        await Expect(line).ToContainTextAsync("Văn thư");
        await Expect(Page.Locator(".register-next")).ToContainTextAsync("17");
        await Expect(Page.GetByText("Bắt đầu sau số trên sổ giấy")).ToHaveCountAsync(0);
        await ScreenshotAsync("register-2023");

        await Page.ChooseAsync(Page.GetByLabel("Năm của sổ"), "2021");
        await Expect(grid).ToContainTextAsync("Sổ năm này chưa có văn bản nào được cấp số.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu sau số này" }).ClickAsync();
        await Expect(Page.GetByText("Hãy nhập số cuối cùng đã cấp trên sổ giấy (0 nếu chưa cấp số nào).")).ToBeVisibleAsync();
        await Page.GetByLabel("Số cuối cùng đã cấp trên sổ giấy").FillAsync("41");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu sau số này" }).ClickAsync();
        await Expect(Page.GetByText("Đã ghi nhận. Văn bản tiếp theo năm 2021 sẽ nhận số 42.")).ToBeVisibleAsync();
        await Expect(Page.Locator(".register-next")).ToContainTextAsync("42");
        await ScreenshotAsync("register-started");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await SignInAsync("quantri@demo.vn");
        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Nhật ký hệ thống" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(AuditPage());
        var trail = Page.Locator(".audit-grid");
        await Expect(trail).ToContainTextAsync("Gửi duyệt");
        await Expect(trail).ToContainTextAsync("Trả lại");
        await ScreenshotAsync("audit-trail");

        await Page.ChooseAsync(Page.GetByLabel("Lọc theo thao tác"), "Đặt số bắt đầu của sổ đăng ký");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        var row = trail.Locator("tbody tr").Filter(new() { HasText = "Sổ đăng ký kế hoạch năm 2021: số tiếp theo là 42." });
        await Expect(row).ToContainTextAsync("Trần Thị Mai");
        await Expect(trail.GetByText("Gửi duyệt")).ToHaveCountAsync(0);
        await ScreenshotAsync("audit-trail-filtered");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Bỏ lọc" }).ClickAsync();
        await Expect(trail).ToContainTextAsync("Gửi duyệt");
    }

    [Fact]
    public async Task Admin_ReadsTheRegisterOfAUnitBelow()
    {
        await SignInAsync("quantri@demo.vn");
        await OpenAsync("so-dang-ky");
        await Page.ChooseAsync(Page.GetByLabel("Năm của sổ"), "2023");
        await Page.GetByLabel("Đơn vị ban hành").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { NameRegex = District1() }).ClickAsync();

        await Expect(Page.Locator(".register-grid tbody tr").Filter(new() { HasText = "412/KH-UBND" })).ToContainTextAsync("26/12/2023");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu sau số này" })).ToHaveCountAsync(0);
        await ScreenshotAsync("register-admin");
    }

    [GeneratedRegex("/so-dang-ky$")]
    private static partial Regex RegisterPage();

    [GeneratedRegex("/nhat-ky$")]
    private static partial Regex AuditPage();

    [GeneratedRegex("Ủy ban nhân dân Quận 1$")]
    private static partial Regex District1();
}
