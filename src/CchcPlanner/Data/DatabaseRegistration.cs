using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "CchcPlanner.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "CchcPlanner.Migrations.Postgres";

    /// <summary>Registers the DbContext factory (for Blazor components) and a scoped context (for Identity).</summary>
    public static IServiceCollection AddCchcDatabase(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = Read(configuration);
        var connectionString = options.ResolveConnectionString(dataFolder);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddDbContextFactory<CchcDbContext>((provider, builder) =>
        {
            Configure(builder, options.Provider, connectionString);
            builder.AddInterceptors(new PlanStamping(provider.GetRequiredService<TimeProvider>()));
        });
        return services;
    }

    private static DatabaseOptions Read(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        }
        catch (InvalidOperationException e)
        {
            throw new Common.SettingsException(
                $"Database:Provider must be Sqlite or Postgres, not '{configuration[$"{DatabaseOptions.Section}:Provider"]}'.", e);
        }
    }

    /// <summary>Options for a context made by hand (CLI, design time, tests).</summary>
    public static DbContextOptions<CchcDbContext> CreateOptions(DatabaseProvider provider, string connectionString, TimeProvider? time = null)
    {
        var builder = new DbContextOptionsBuilder<CchcDbContext>();
        Configure(builder, provider, connectionString);
        builder.AddInterceptors(new PlanStamping(time ?? TimeProvider.System));
        return builder.Options;
    }

    /// <summary>Points a context at a provider with its migrations assembly; shared by the app, the CLI and the tests.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            builder.AddInterceptors(new SqliteVietnameseCollation());
        }

        return builder;
    }
}
