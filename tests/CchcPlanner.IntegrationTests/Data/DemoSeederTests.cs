using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Data;

public sealed class DemoSeederTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SeedAsync_EmptyDatabase_CreatesUnitsUsersAndPlans(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await using var services = ServicesFor(database);

        Assert.True(await SeedAsync(services));

        await using var db = database.CreateDbContext();
        Assert.Equal(9, await db.Units.CountAsync(Token));
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
        await using var services = ServicesFor(database);
        await SeedAsync(services);

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
        await using var services = ServicesFor(database);
        await SeedAsync(services);

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
        await using var services = ServicesFor(database);
        await SeedAsync(services);
        var before = await CountsAsync(database);

        Assert.False(await SeedAsync(services));

        Assert.Equal(before, await CountsAsync(database));
    }

    private static ServiceProvider ServicesFor(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCchcDatabase(configuration, Path.GetTempPath());
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext());
        services.AddCchcIdentityCore();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoSeeder>();
        return services.BuildServiceProvider();
    }

    /// <summary>What the app does at start-up in demo mode.</summary>
    private static async Task<bool> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(Token);
        await initializer.SeedReferenceDataAsync(Token);
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(Token);
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
