using System.Net;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>One demo app for the class; a test that changes a user (failed attempts, lockout) uses a user of its own.</summary>
public sealed class LoginTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{

    [Fact]
    public async Task Home_Anonymous_RedirectsToLogin()
    {
        using var browser = app.NewSession();

        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, home.Status);
        Assert.StartsWith("/dang-nhap", home.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_Anonymous_IsInVietnamese()
    {
        using var browser = app.NewSession();

        var login = await browser.GetAsync("/dang-nhap");

        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Equal("vi", login.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Đăng nhập – CchcPlanner", login.Document.Title);
        Assert.Contains("Mật khẩu", login.Text, StringComparison.Ordinal);
        Assert.Contains("Ghi nhớ đăng nhập trên máy này", login.Text, StringComparison.Ordinal);
        Assert.Equal("Đăng nhập", login.Document.QuerySelector("button[type=submit]")?.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsMessageAndCountsTheFailure()
    {
        using var browser = app.NewSession();

        var answer = await browser.SignInAsync("vanthu@demo.vn", "SaiMatKhau@2026");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Email hoặc mật khẩu không đúng.", answer.Document.QuerySelector(".login-error")?.TextContent.Trim());
        Assert.Equal(1, (await FindUserAsync("vanthu@demo.vn")).AccessFailedCount);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        using var browser = app.NewSession();

        WebPage answer = null!;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            answer = await browser.SignInAsync("hieutruong@demo.vn", $"SaiMatKhau@{attempt}");
        }

        var withRightPassword = await browser.SignInAsync("hieutruong@demo.vn", DemoSeeder.Password);

        Assert.Contains("bị khóa", answer.Document.QuerySelector(".login-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("bị khóa", withRightPassword.Document.QuerySelector(".login-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(withRightPassword.Location);
        Assert.True((await FindUserAsync("hieutruong@demo.vn")).LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task SignIn_DemoDrafter_RedirectsToThePlanListWithTheKindergartenPlan()
    {
        using var browser = app.NewSession();

        var answer = await browser.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);
        var home = await browser.FollowAsync(answer);

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/", answer.Location);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains(KindergartenPlan2023.Title, home.Text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Thu Hà", home.Text, StringComparison.Ordinal);
    }

    private async Task<AppUser> FindUserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}.");
    }
}
