using System.Net;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Identity.Administration;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>Accounts made by an administrator, through the real app: temporary passwords, the forced change, deactivation, branches.</summary>
public sealed class PasswordChangeTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    private const string NewPassword = "MatKhau@Moi2026";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TemporaryPassword_SignsIn_EveryTypedUrlLeadsToTheChangePageUntilChanged()
    {
        var issued = await CreateAsync("Tạm Thời Một", Roles.Drafter);
        using var browser = app.NewSession();

        var signedIn = await browser.SignInAsync(issued.Email, issued.Password);
        var typed = new Dictionary<string, string?>();
        foreach (var url in new[] { "/", "/nguoi-dung", "/ke-hoach/1", "/lich", "/ke-hoach/1/van-ban.pdf" })
        {
            typed[url] = (await browser.GetAsync(url)).Location;
        }

        var api = await browser.GetAsync("/api/plans");
        var page = await browser.GetAsync("/doi-mat-khau");

        Assert.Equal("/", signedIn.Location);
        Assert.All(typed, t => Assert.Equal("/doi-mat-khau", t.Value));
        Assert.Equal(HttpStatusCode.Forbidden, api.Status);
        Assert.Contains("mật khẩu tạm thời", api.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Bạn đang dùng mật khẩu tạm thời do quản trị hệ thống cấp.", page.Text, StringComparison.Ordinal);

        var wrong = await ChangeAsync(browser, page, "Sai@MatKhau123", NewPassword, NewPassword);
        var mismatch = await ChangeAsync(browser, wrong, issued.Password, NewPassword, "MatKhau@Khac2026");
        var weak = await ChangeAsync(browser, mismatch, issued.Password, "ngan", "ngan");
        var same = await ChangeAsync(browser, weak, issued.Password, issued.Password, issued.Password);
        var done = await ChangeAsync(browser, same, issued.Password, NewPassword, NewPassword);
        var home = await browser.FollowAsync(done);

        Assert.Contains("Mật khẩu hiện tại không đúng.", wrong.Text, StringComparison.Ordinal);
        Assert.Contains("Hai lần nhập mật khẩu mới không khớp.", mismatch.Text, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", weak.Text, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu mới phải khác mật khẩu hiện tại.", same.Text, StringComparison.Ordinal);
        Assert.Equal("/", done.Location);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("Kế hoạch", home.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/lich")).Status);
        await using var db = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Id == issued.UserId, Token)).MustChangePassword);
        Assert.Equal("Đổi mật khẩu tạm thời", (await db.AuditEntries.SingleAsync(e => e.UserId == issued.UserId && e.Action == AuditActions.PasswordChanged, Token)).Detail);

        using var later = app.NewSession();
        Assert.Equal("Kế hoạch", (await later.FollowAsync(await later.SignInAsync(issued.Email, NewPassword))).Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task OwnPassword_SignedInUser_ChangesItAndOnlyTheNewOneSignsIn()
    {
        var issued = await CreateAsync("Tự Đổi Mật Khẩu", Roles.Clerk);
        await ClearTemporaryFlagAsync(issued.UserId);
        using var browser = app.NewSession();
        await browser.SignInAsync(issued.Email, issued.Password);

        var page = await browser.GetAsync("/doi-mat-khau");
        var done = await ChangeAsync(browser, page, issued.Password, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
        Assert.DoesNotContain("mật khẩu tạm thời", page.Text, StringComparison.Ordinal);
        Assert.Contains("Đã đổi mật khẩu.", done.Text, StringComparison.Ordinal);
        using var other = app.NewSession();
        Assert.Contains("Email hoặc mật khẩu không đúng.", (await other.SignInAsync(issued.Email, issued.Password)).Text, StringComparison.Ordinal);
        Assert.Equal("/", (await other.SignInAsync(issued.Email, NewPassword)).Location);
    }

    [Fact]
    public async Task Deactivated_CannotSignIn_ReactivatedCanAgain()
    {
        var issued = await CreateAsync("Sẽ Ngừng Dùng", Roles.Drafter);
        var root = await AsAsync("quantri@demo.vn");

        Assert.True((await Administration.SetActiveAsync(root, issued.UserId, active: false, Token)).Value);
        using var browser = app.NewSession();
        var refused = await browser.SignInAsync(issued.Email, issued.Password);
        Assert.True((await Administration.SetActiveAsync(root, issued.UserId, active: true, Token)).Value);
        var admitted = await browser.SignInAsync(issued.Email, issued.Password);

        Assert.Null(refused.Location);
        Assert.Contains("Tài khoản đã bị ngừng sử dụng.", refused.Text, StringComparison.Ordinal);
        Assert.Equal("/", admitted.Location);
    }

    [Fact]
    public async Task BranchAdmin_UserPage_ListsOnlyTheirBranch()
    {
        var admin = await CreateAsync("Quản Trị Quận Một", Roles.Admin, "Ủy ban nhân dân Quận 1");
        await ClearTemporaryFlagAsync(admin.UserId);
        using var browser = app.NewSession();
        await browser.SignInAsync(admin.Email, admin.Password);

        var page = await browser.GetAsync("/nguoi-dung");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Nguyễn Thị Thu Hà", page.Text, StringComparison.Ordinal);
        Assert.Contains("Lê Văn Minh", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đỗ Văn Hùng", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Phạm Quốc Bảo", page.Text, StringComparison.Ordinal);
    }

    private UserAdministration Administration => new(app.Services.GetRequiredService<IServiceScopeFactory>());

    private static Task<WebPage> ChangeAsync(WebSession browser, WebPage page, string current, string next, string confirm) =>
        browser.SubmitAsync(page, "form.password-form", new Dictionary<string, string>
        {
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Confirm"] = confirm,
        });

    /// <summary>A new user made by the root administrator, with a unique e-mail.</summary>
    private async Task<IssuedPassword> CreateAsync(string fullName, string role, string unitName = "Trường mầm non Tuổi Hồng")
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync(Token);
        var email = $"nguoidung-{Guid.NewGuid():N}@demo.vn";
        var created = await Administration.CreateAsync(await AsAsync("quantri@demo.vn"), new NewUser(email, fullName, unitId, [role]), Token);
        Assert.True(created.Succeeded, created.Refusal);
        return created.Value!;
    }

    private async Task<CurrentUser> AsAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        return new CurrentUser(user.Id, email, user.FullName, user.UnitId, string.Empty, (await users.GetRolesAsync(user)).ToHashSet());
    }

    private async Task ClearTemporaryFlagAsync(string userId)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.MustChangePassword, false), Token);
    }
}
