using System.Text.RegularExpressions;
using CchcPlanner.Data.Demo;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>The sign-in page, as a person at a school office uses it.</summary>
public sealed partial class LoginTests : BrowserTest
{
    public LoginTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task WrongPassword_ShowsVietnameseError()
    {
        await Page.GotoAsync(App.Url("dang-nhap"));
        await Page.GetByLabel("Email").FillAsync("vanthu@demo.vn");
        await Page.GetByLabel("Mật khẩu").FillAsync("MatKhauSai@2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email hoặc mật khẩu không đúng.");
        await Expect(Page).ToHaveURLAsync(LoginPage());
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync("vanthu@demo.vn");
        await ScreenshotAsync("login-wrong-password");
    }

    [Fact]
    public async Task EmptyForm_ShowsVietnameseValidation()
    {
        await Page.GotoAsync(App.Url("dang-nhap"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(Page.GetByText("Vui lòng nhập email.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Vui lòng nhập mật khẩu.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WithKeyboardOnly_OpensPlanList()
    {
        await Page.GotoAsync(App.Url("dang-nhap"));
        var keyboard = Page.Keyboard;

        await Expect(Page.GetByLabel("Email")).ToBeFocusedAsync();
        await keyboard.TypeAsync("soanthao@demo.vn");
        await keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Mật khẩu")).ToBeFocusedAsync();
        await keyboard.TypeAsync(DemoSeeder.Password);
        await keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Ghi nhớ đăng nhập trên máy này" })).ToBeFocusedAsync();
        await keyboard.PressAsync("Space");
        await keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" })).ToBeFocusedAsync();
        await UntilInteractiveAsync(() => keyboard.PressAsync("Enter"));

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator(".user-badge .user-name")).ToHaveTextAsync("Nguyễn Thị Thu Hà");
        var cookies = await Page.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "cchc.auth" && c.Expires > 0);
    }

    [GeneratedRegex("/dang-nhap")]
    private static partial Regex LoginPage();
}
