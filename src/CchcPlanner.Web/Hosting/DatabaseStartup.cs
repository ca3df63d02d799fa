using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcPlanner.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>
    /// Migrates (SQLite always, PostgreSQL when asked), seeds roles and the catalogue, and in demo mode the demo.
    /// A database that cannot be reached or read does not stop the app: one clear log line, and /health reports
    /// Unhealthy, so that an operator sees the cause while users get a plain message instead of a dead port.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CchcPlanner.Startup");
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        try
        {
            if (initializer.MigratesAtStartup)
            {
                await initializer.MigrateAsync();
            }
            else if ((await services.GetRequiredService<CchcDbContext>().Database.GetPendingMigrationsAsync()).Any())
            {
                log.LogError("The {Provider} database has pending migrations: run `cchc migrate` (or set Database:MigrateAtStartup).", options.Provider);
                return;
            }

            await initializer.SeedReferenceDataAsync();
            if (services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled && await services.GetRequiredService<DemoSeeder>().SeedAsync())
            {
                log.LogInformation("Demo mode: demo units, users and plans created");
            }
        }
#pragma warning disable CA1031 // Any failure here must leave the app running with /health Unhealthy.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogError("The {Provider} database is unavailable at start-up: {Reason}", options.Provider, ex.GetBaseException().Message);
        }
    }
}
