using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Api;

/// <summary>The API's sign-in, errors and the security settings of the app, on one demo app (tests that change a user make their own).</summary>
public sealed class ApiSecurityTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    public static readonly string[] VietnameseTitles =
        ["Chưa đăng nhập", "Không có quyền", "Không tìm thấy", "Không thực hiện được", "Phiên bản đã cũ", "Thiếu phiên bản", "Yêu cầu không hợp lệ", "Dữ liệu gửi lên không hợp lệ", "Quá nhiều lần thử"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_Anonymous_Is401ProblemDetailsInVietnameseNotARedirect()
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(new Uri("/api/plans", UriKind.Relative), Token);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Chưa đăng nhập", problem.GetProperty("title").GetString());
        Assert.Contains("đăng nhập", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerLogin_ThenPlans_ListsOwnSchoolAndNotTheSchoolNextDoor()
    {
        using var client = app.NewClient();
        var token = await BearerAsync(client, "soanthao@demo.vn", DemoSeeder.Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var rows = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/plans", UriKind.Relative), Token);
        var units = rows.EnumerateArray().Select(r => (Unit: r.GetProperty("unit").GetString(), Status: r.GetProperty("status").GetString())).ToList();

        Assert.Contains(units, r => r.Unit == "Trường mầm non Tuổi Hồng");
        Assert.DoesNotContain(units, r => r.Unit == "Trường tiểu học Lê Ngọc Hân" && r.Status is not ("issued" or "signed"));
        Assert.All(rows.EnumerateArray(), r => Assert.True(r.TryGetProperty("title", out _) && r.TryGetProperty("kind", out _) && r.TryGetProperty("number", out _)));
    }

    [Theory]
    [InlineData("GET", "/api/plans/abc", HttpStatusCode.NotFound, "Không tìm thấy")]
    [InlineData("DELETE", "/api/plans/1", HttpStatusCode.MethodNotAllowed, "Phương thức không được hỗ trợ")]
    public async Task Api_AddressOrMethodUnknown_IsVietnameseProblemAlsoWithABearerToken(string method, string url, HttpStatusCode status, string title)
    {
        using var client = await ReviewerAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative)), Token);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(title, (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task CookieLogin_ThroughTheApi_OpensTheApiWithTheCookie()
    {
        using var client = app.NewClient();

        using var login = await client.PostAsJsonAsync("/api/tai-khoan/login?useCookies=true", new { email = "thamdinh@demo.vn", password = DemoSeeder.Password }, Token);
        using var plans = await client.GetAsync(new Uri("/api/plans?year=2024", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plans.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_IsVietnameseProblem()
    {
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email = "ninhgiang@demo.vn", password = "SaiMatKhau@1" }, Token);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Email hoặc mật khẩu không đúng.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountForTheApiToo()
    {
        const string email = "khoa-api@demo.vn";
        await NewUserAsync(email);
        using var client = app.NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email, password = $"SaiMatKhau@{attempt}" }, Token);
        }

        using var right = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email, password = DemoSeeder.Password }, Token);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("bị khóa tạm thời", (await ProblemAsync(right)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAndLogin_AfterTheAccountIsDeactivated_AreRefused()
    {
        const string email = "tam-ngung@demo.vn";
        await NewUserAsync(email);

        using var client = app.NewClient();
        using var login = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email, password = DemoSeeder.Password }, Token);
        var refreshToken = (await login.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("refreshToken").GetString();
        using var before = await client.PostAsJsonAsync("/api/tai-khoan/refresh", new { refreshToken }, Token);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }

        using var after = await client.PostAsJsonAsync("/api/tai-khoan/refresh", new { refreshToken }, Token);
        using var again = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email, password = DemoSeeder.Password }, Token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("Tài khoản đã bị ngừng sử dụng. Vui lòng liên hệ quản trị hệ thống.", (await ProblemAsync(again)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Register_Anonymous_IsRefusedAndCreatesNoAccount()
    {
        using var client = app.NewClient();

        using var response = await client.PostAsJsonAsync("/api/tai-khoan/register", new { email = "ke-gian@example.com", password = "KeGian@123456" }, Token);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("quản trị hệ thống tạo tài khoản", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var scope = app.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("ke-gian@example.com"));
    }

    [Theory]
    [InlineData("POST", "/api/tai-khoan/forgotPassword")]
    [InlineData("GET", "/api/tai-khoan/confirmEmail?userId=1&code=x")]
    [InlineData("GET", "/api/tai-khoan/manage/info")]
    public async Task IdentityEndpoints_OtherThanSignIn_AnswerNotFound(string method, string url)
    {
        using var client = app.NewClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { email = "soanthao@demo.vn" });
        }

        using var response = await client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy", (await ProblemAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Step_WithoutIfMatch_Is428AndWithAnOldVersion_Is412()
    {
        using var client = await ReviewerAsync();
        var planId = await PlanIdAsync("Trường tiểu học Lê Ngọc Hân", PlanStatus.Submitted);

        using var missing = await client.PostAsJsonAsync($"/api/plans/{planId}/approve", new { comment = "Đồng ý." }, Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/plans/{planId}/approve", UriKind.Relative));
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{Guid.NewGuid()}\""));
        using var stale = await client.SendAsync(request, Token);

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("Thiếu phiên bản", (await ProblemAsync(missing)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Kế hoạch vừa được người khác thay đổi; hãy tải lại rồi thử lại.", (await ProblemAsync(stale)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Return_WithoutReason_IsAVietnameseValidationProblem()
    {
        using var client = await ReviewerAsync();
        var planId = await PlanIdAsync("Trường tiểu học Lê Ngọc Hân", PlanStatus.Submitted);

        using var response = await client.PostAsJsonAsync($"/api/plans/{planId}/return", new { reason = "  " }, Token);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Dữ liệu gửi lên không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal("Hãy ghi lý do trả lại để đơn vị biết cần sửa những gì.", problem.GetProperty("errors").GetProperty("reason")[0].GetString());
    }

    [Fact]
    public async Task Downloads_ByPageAndByApi_AreInTheAuditTrail()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("vanthu@demo.vn", DemoSeeder.Password);
        using var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BearerAsync(client, "vanthu@demo.vn", DemoSeeder.Password));
        var planId = await PlanIdAsync("Trường mầm non Tuổi Hồng", PlanStatus.Signed);

        var page = await browser.GetAsync($"/ke-hoach/{planId}/van-ban.docx");
        using var api = await client.GetAsync(new Uri($"/api/plans/{planId}/docx", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        await using var db = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();
        var entries = await db.AuditEntries.Where(e => e.PlanId == planId && e.Action == AuditActions.DocumentDownloaded && e.UserName == "vanthu@demo.vn").ToListAsync(Token);
        Assert.True(entries.Count >= 2, $"{entries.Count} download entries");
        Assert.All(entries, e => Assert.Contains(".docx", e.Detail, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/dang-nhap")]
    [InlineData("/api/plans")]
    public async Task Responses_CarryTheSecurityHeaders(string url)
    {
        using var client = app.NewClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Token);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_InProduction_SetsASecureHttpOnlyCookie()
    {
        using var client = app.NewClient();
        var login = await new WebSession(client).GetAsync("/dang-nhap");
        using var form = new FormUrlEncodedContent(LoginFields(login, "soanthao@demo.vn", DemoSeeder.Password));

        using var response = await client.PostAsync(new Uri("/dang-nhap", UriKind.Relative), form, Token);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cchc.auth=", StringComparison.Ordinal));

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logout_WithoutTheFormsToken_DoesNotSignOut()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("ninhgiang@demo.vn", DemoSeeder.Password);
        using var client = app.NewClient();

        var forged = await browser.PostFormAsync("/dang-xuat", new Dictionary<string, string>());
        var home = await browser.GetAsync("/");

        Assert.NotEqual(HttpStatusCode.Redirect, forged.Status);
        Assert.Equal(HttpStatusCode.OK, home.Status);
    }

    [Fact]
    public async Task LoginForm_WithoutTheFormsToken_IsRefusedAndSetsNoCookie()
    {
        using var browser = app.NewSession();

        var forged = await browser.PostFormAsync("/dang-nhap", new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = "soanthao@demo.vn", ["Input.Password"] = DemoSeeder.Password,
        });
        var home = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Equal(HttpStatusCode.Redirect, home.Status);
        Assert.StartsWith("/dang-nhap", home.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoUsers_WithoutDemoMode_DoNotExist()
    {
        await using var production = CchcAppFactory.SqliteWithoutDemo();
        using var client = production.NewClient();

        using var login = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email = "quantri@demo.vn", password = DemoSeeder.Password }, Token);
        await using var db = production.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();

        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Empty(await db.Users.ToListAsync(Token));
        Assert.Empty(await db.Plans.ToListAsync(Token));
    }

    [Fact]
    public async Task Login_OverTheRateLimit_Is429InVietnamese_ForTheApiAndTheLoginPage()
    {
        await using var limited = CchcAppFactory.SqliteDemo().With("Security:LoginAttemptsPerMinute", "3");
        using var client = limited.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email = "soanthao@demo.vn", password = $"Sai@{attempt}" }, Token);
            statuses.Add(response.StatusCode);
            if (attempt == 3)
            {
                Assert.Equal("Quá nhiều lần thử", (await ProblemAsync(response)).GetProperty("title").GetString());
                Assert.Equal("60", response.Headers.RetryAfter?.ToString());
            }
        }

        using var browser = limited.NewSession();
        var page = await browser.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);
        var otherSpelling = await browser.PostFormAsync("/Dang-Nhap/", new Dictionary<string, string> { ["_handler"] = "login" });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Contains("Bạn đã thử đăng nhập quá nhiều lần", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, otherSpelling.Status);
    }

    /// <summary>A drafter of Ninh Giang of the test's own, for tests that change the account.</summary>
    private async Task NewUserAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unitId = (await users.FindByEmailAsync("ninhgiang@demo.vn"))!.UnitId;
        var created = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Người dùng thử", UnitId = unitId };
        Assert.True((await users.CreateAsync(created, DemoSeeder.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(created, Roles.Drafter)).Succeeded);
    }

    private static Dictionary<string, string> LoginFields(WebPage login, string email, string password)
    {
        var fields = login.Document.QuerySelectorAll("form.login-form input[name]")
            .Where(i => i.GetAttribute("type") != "checkbox")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return fields;
    }

    private static async Task<string> BearerAsync(HttpClient client, string email, string password)
    {
        using var login = await client.PostAsJsonAsync("/api/tai-khoan/login", new { email, password }, Token);
        login.EnsureSuccessStatusCode();
        var answer = await login.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal("Bearer", answer.GetProperty("tokenType").GetString());
        return answer.GetProperty("accessToken").GetString()!;
    }

    private async Task<HttpClient> ReviewerAsync()
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BearerAsync(client, "thamdinh@demo.vn", DemoSeeder.Password));
        return client;
    }

    private async Task<int> PlanIdAsync(string unitName, PlanStatus status)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();
        return await db.Plans.Where(p => p.Unit.Name == unitName && p.Status == status).Select(p => p.Id).FirstAsync(Token);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }
}
