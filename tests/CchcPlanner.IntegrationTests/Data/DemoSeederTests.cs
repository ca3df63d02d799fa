using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Data;

public sealed class DemoSeederTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedAsync_EmptyDatabase_CreatesUnitsUsersAndPlans(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await using var services = DemoDatabase.ServicesFor(database);

        Assert.True(await DemoDatabase.SeedAsync(services, Token));

        await using var db = database.CreateDbContext();
        Assert.Equal(10, await db.Units.CountAsync(Token));
        Assert.All(await db.Units.ToListAsync(Token), u => Assert.EndsWith($"/{u.Id}/", u.Path, StringComparison.Ordinal));
        Assert.Equal(DemoSeeder.Users.Select(u => u.Email).Order(), (await db.Users.Select(u => u.Email!).ToListAsync(Token)).Order());
        var plans = await db.Plans.Select(p => new { p.Title, p.Status }).ToListAsync(Token);
        Assert.True(plans.Count >= 6, $"the demo has only {plans.Count} plans");
        Assert.Contains(KindergartenPlan2023.Title, plans.Select(p => p.Title));
        Assert.Contains(NinhGiangPlan2022.Title, plans.Select(p => p.Title));
        Assert.Superset(new HashSet<PlanStatus> { PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Approved, PlanStatus.Signed }, plans.Select(p => p.Status).ToHashSet());
        Assert.Equal(Roles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync(Token)).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedAsync_IssuedPlans_AreCataloguedForTheUnitsBelowToCite(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await using var services = DemoDatabase.ServicesFor(database);
        await DemoDatabase.SeedAsync(services, Token);

        await using var db = database.CreateDbContext();
        var published = await db.Plans.Where(p => p.Status == PlanStatus.Issued || p.Status == PlanStatus.Signed).Select(p => p.Id).ToListAsync(Token);
        var catalogued = await db.LegalDocuments.Where(d => d.SourcePlanId != null).ToListAsync(Token);
        Assert.Equal(published.Order(), catalogued.Select(d => d.SourcePlanId!.Value).Order());
        var district = Assert.Single(catalogued, d => d.Symbol == "412/KH-UBND");
        Assert.Equal("Ủy ban nhân dân Quận 1", district.Issuer);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedAsync_DemoUser_SignsInWithTheDemoPasswordInTheRightRole(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await using var services = DemoDatabase.ServicesFor(database);
        await DemoDatabase.SeedAsync(services, Token);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var drafter = await users.FindByEmailAsync("soanthao@demo.vn");

        Assert.NotNull(drafter);
        Assert.True(await users.CheckPasswordAsync(drafter, DemoSeeder.Password));
        Assert.Equal([Roles.Drafter], await users.GetRolesAsync(drafter));
        Assert.Equal("Nguyễn Thị Thu Hà", drafter.FullName);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedAsync_SecondRun_ChangesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await using var services = DemoDatabase.ServicesFor(database);
        await DemoDatabase.SeedAsync(services, Token);
        var before = await CountsAsync(database);

        Assert.False(await DemoDatabase.SeedAsync(services, Token));

        Assert.Equal(before, await CountsAsync(database));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedAsync_PlansUnderReview_HaveTheHistorySubmissionsCommentsAndRegisterLinesOfTheirState(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await using var services = DemoDatabase.ServicesFor(database);
        await DemoDatabase.SeedAsync(services, Token);

        await using var db = database.CreateDbContext();
        var plans = await db.Plans.Where(p => p.Status != PlanStatus.Draft).Select(p => new { p.Id, p.Status, p.Number, p.UnitId, p.IssuedOn }).ToListAsync(Token);
        foreach (var plan in plans.Where(p => p.Status is PlanStatus.Submitted or PlanStatus.Returned or PlanStatus.Approved))
        {
            var last = await db.PlanHistory.Where(h => h.PlanId == plan.Id).OrderByDescending(h => h.At).FirstAsync(Token);
            Assert.Equal(plan.Status, last.To);
            Assert.Equal(1, await db.Submissions.CountAsync(s => s.PlanId == plan.Id, Token));
        }

        var returned = plans.Single(p => p.Status == PlanStatus.Returned).Id;
        var reason = await db.PlanHistory.Where(h => h.PlanId == returned && h.To == PlanStatus.Returned).SingleAsync(Token);
        Assert.Equal(("Lê Văn Minh", Roles.Reviewer), (reason.UserName, reason.Role));
        Assert.StartsWith("Chỉ tiêu 4 chưa có mục tiêu đo được", reason.Note, StringComparison.Ordinal);
        var comment = await db.ReviewComments.SingleAsync(c => c.PlanId == returned, Token);
        Assert.Equal(("Chỉ tiêu 4", false), (comment.PlaceLabel, comment.IsResolved));
        var reviewer = await db.Users.SingleAsync(u => u.Email == "thamdinh@demo.vn", Token);
        Assert.Equal(reviewer.Id, comment.AuthorId);
        foreach (var issued in plans.Where(p => p.Status is PlanStatus.Issued or PlanStatus.Signed))
        {
            var line = await db.RegisterEntries.SingleAsync(e => e.PlanId == issued.Id, Token);
            Assert.Equal((issued.Number, issued.IssuedOn), (line.Number, line.IssuedOn));
            Assert.Equal(issued.Number, await db.RegisterCounters.Where(c => c.UnitId == issued.UnitId && c.Year == line.Year).Select(c => c.LastNumber).SingleAsync(Token));
        }
    }

    private static async Task<string> CountsAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return string.Join(
            ", ",
            await db.Units.CountAsync(Token),
            await db.Users.CountAsync(Token),
            await db.Roles.CountAsync(Token),
            await db.Plans.CountAsync(Token),
            await db.Set<PlanTask>().CountAsync(Token),
            await db.LegalDocuments.CountAsync(Token));
    }
}
