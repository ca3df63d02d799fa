using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>Fills a test database with the demo data the way the app does at start-up in demo mode.</summary>
internal static class DemoDatabase
{
    /// <summary>
    /// The library's services over <paramref name="database"/>: the DbContext, Identity, the initializer and the seeder,
    /// and whatever <paramref name="more"/> adds.
    /// </summary>
    public static ServiceProvider ServicesFor(TestDatabase database, Action<IServiceCollection>? more = null)
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
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Migrates, seeds the reference data and the demo; false when the demo was there already.</summary>
    public static async Task<bool> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync(cancellationToken);
        await initializer.SeedReferenceDataAsync(cancellationToken);
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
    }
}
