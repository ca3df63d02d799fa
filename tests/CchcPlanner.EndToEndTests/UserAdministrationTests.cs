using System.Text.RegularExpressions;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>An administrator makes an account; its owner signs in with the temporary password and must change it first.</summary>
public sealed partial class UserAdministrationTests : BrowserTest
{
    public UserAdministrationTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task AdminCreatesUser_NewUserSignsIn_IsMadeToChangePassword_ThenReachesThePlans()
    {
        var email = $"e2e-{Guid.NewGuid():N}@demo.vn";
        await SignInAsync("quantri@demo.vn");
        await OpenAsync("nguoi-dung");
        var dialog = await Page.OpenDialogAsync("Thêm người dùng", "Thêm người dùng");
        await dialog.GetByLabel("Email").FillAsync(email);
        await dialog.GetByLabel("Họ và tên").FillAsync("Hoàng Thị Mới");
        await dialog.GetByLabel("Họ và tên").PressAsync("Tab");
        await ScreenshotAsync("user-create-dialog");

        // On a loaded machine a field's change can reach the server after the click: type again what it lost, click again.
        await PlanSteps.RepeatUntilAsync(
            async () =>
            {
                if (await dialog.Locator(".temporary-password").IsVisibleAsync())
                {
                    return;
                }

                foreach (var (label, value) in new[] { ("Email", email), ("Họ và tên", "Hoàng Thị Mới") })
                {
                    if (await dialog.GetByLabel(label).InputValueAsync() != value)
                    {
                        await dialog.GetByLabel(label).FillAsync(value);
                    }
                }

                await dialog.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
            },
            () => Expect(dialog).ToContainTextAsync($"Đã tạo tài khoản {email}.", new() { Timeout = PlanSteps.RetryAfterMs }));
        var password = (await dialog.Locator(".temporary-password").InnerTextAsync()).Trim();
        Assert.Equal(16, password.Length);
        await ScreenshotAsync("user-temporary-password");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Đã ghi lại, đóng" }).ClickAsync();
        await Expect(Page.Locator(".user-grid")).ToContainTextAsync("Hoàng Thị Mới");
        await Expect(Page.Locator(".user-grid tr").Filter(new() { HasText = email })).ToContainTextAsync("Chờ đổi mật khẩu");
        await ScreenshotAsync("user-list");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/dang-nhap"));

        // The change-password page is static: no circuit starts, so the sign-in is not awaited as interactive.
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(ChangePage());
        await Page.GotoAsync(App.Url("nguoi-dung"));
        await Expect(Page).ToHaveURLAsync(ChangePage());
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bạn đang dùng mật khẩu tạm thời");
        await Page.GetByLabel("Mật khẩu hiện tại", new() { Exact = true }).FillAsync(password);
        await Page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("MatKhau@Rieng2026");
        await Page.GetByLabel("Nhập lại mật khẩu mới", new() { Exact = true }).FillAsync("MatKhau@Rieng2026");
        await ScreenshotAsync("password-change-forced");
        await UntilInteractiveAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync());

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator(".user-badge .user-name")).ToHaveTextAsync("Hoàng Thị Mới");
        await ScreenshotAsync("password-changed-home");
    }

    [GeneratedRegex("/doi-mat-khau$")]
    private static partial Regex ChangePage();
}
