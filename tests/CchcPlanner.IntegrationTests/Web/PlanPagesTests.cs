using System.Net;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>One demo app for the class: these tests only read the demo.</summary>
public sealed class PlanPagesTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem";

    [Fact]
    public async Task PlanPage_DrafterOpensAnotherSchoolsDraft_SaysNotFoundAndShowsNothingOfIt()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);
        var (id, title) = await PlanOfAsync("Trường tiểu học Lê Ngọc Hân");

        var page = await browser.GetAsync($"/ke-hoach/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(NotFound, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(title, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Ngọc Hân", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_DrafterOpensOwnSchoolsPlan_ShowsItsTitleAndTasks()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);
        var (id, _) = await PlanOfAsync("Trường mầm non Tuổi Hồng", year: 2023);

        var page = await browser.GetAsync($"/ke-hoach/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(KindergartenPlan2023.Title, page.Text, StringComparison.Ordinal);
        Assert.Contains("Số: 16/KH-MNTH", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NotFound, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_Drafter_IsRefused()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);

        var page = await browser.FollowAsync(await browser.GetAsync("/nguoi-dung"));

        Assert.Contains("Không có quyền truy cập", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("quantri@demo.vn", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_AdminAtTheMinistry_ListsTheDemoUsers()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("quantri@demo.vn", DemoSeeder.Password);

        var page = await browser.GetAsync("/nguoi-dung");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.All(DemoSeeder.Users, user => Assert.Contains(user.Email, page.Text, StringComparison.Ordinal));
    }

    private async Task<(int Id, string Title)> PlanOfAsync(string unitName, int? year = null)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var plan = await db.Plans.Where(p => p.Unit.Name == unitName && (year == null || p.Year == year))
            .Select(p => new { p.Id, p.Title })
            .FirstAsync(TestContext.Current.CancellationToken);
        return (plan.Id, plan.Title);
    }
}
