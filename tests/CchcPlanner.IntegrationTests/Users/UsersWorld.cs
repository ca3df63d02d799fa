using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Identity.Administration;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Users;

/// <summary>
/// The demo installation (Bộ Nội vụ › TP.HCM › Quận 1 › schools, and › Hải Dương › Ninh Giang) with the user
/// administration services over it; quantri@demo.vn administers from the root.
/// </summary>
internal sealed class UsersWorld : IAsyncDisposable
{
    public const string RootAdminEmail = "quantri@demo.vn";

    private UsersWorld(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public UserAdministration Administration => Services.GetRequiredService<UserAdministration>();

    public static async Task<UsersWorld> CreateAsync(TestDatabase database)
    {
        var services = DemoDatabase.ServicesFor(database, s => s.AddScoped<UserAdministration>().AddScoped<AuditTrail>());
        await DemoDatabase.SeedAsync(services, TestContext.Current.CancellationToken);
        return new UsersWorld(database, services);
    }

    public async Task<int> UnitIdAsync(string name)
    {
        await using var db = Database.CreateDbContext();
        return await db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The user with <paramref name="email"/> as the services see them, with their roles in the database.</summary>
    public async Task<CurrentUser> AsAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        await using var db = Database.CreateDbContext();
        var unitName = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Name).SingleAsync();
        return new CurrentUser(user.Id, email, user.FullName, user.UnitId, unitName, (await users.GetRolesAsync(user)).ToHashSet());
    }

    /// <summary>An administrator of the branch under <paramref name="unitName"/>, made by the root administrator.</summary>
    public async Task<CurrentUser> BranchAdminAsync(string email, string unitName)
    {
        var created = await Administration.CreateAsync(await AsAsync(RootAdminEmail), new NewUser(email, "Quản trị nhánh", await UnitIdAsync(unitName), [Roles.Admin]));
        Assert.True(created.Succeeded, created.Refusal);
        return await AsAsync(email);
    }

    public async Task<AppUser> FindAsync(string email)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    public async Task<bool> ChecksPasswordAsync(string email, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    public async Task<T> CountAsync<T>(Func<CchcDbContext, Task<T>> query)
    {
        await using var db = Database.CreateDbContext();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
