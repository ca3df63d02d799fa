using CchcPlanner.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// The web app in memory, in Production mode, with its own data folder and database. Settings go in with
/// <c>UseSetting</c>, which reaches the reads Program makes before <c>Build()</c> (data folder, database options);
/// HostingTests checks that the database, logs and keys land in the test's folder.
/// </summary>
public sealed class CchcAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    /// <summary>SQLite in the data folder, demo mode on; also the class fixture of the web test classes.</summary>
    public CchcAppFactory()
        : this(new() { ["Database:Provider"] = "Sqlite", ["Demo:Enabled"] = "true" })
    {
    }

    private CchcAppFactory(Dictionary<string, string?> settings)
    {
        DataFolder = Directory.CreateTempSubdirectory("cchc-web-").FullName;

        // Warnings only on the app's console (the form Serilog:MinimumLevel:Default is not read back under the test host).
        // The login rate limit is tested on its own (ApiSecurityTests); here many tests sign in from one address.
        _settings = new(settings) { ["Storage:DataFolder"] = DataFolder, ["Serilog:MinimumLevel"] = "Warning", ["Security:LoginAttemptsPerMinute"] = "1000" };
    }

    public string DataFolder { get; }

    public string SqliteFile => DatabaseOptions.SqliteFile(DataFolder);

    public CapturedLogs Logs { get; } = new();

    public static CchcAppFactory SqliteDemo() => new();

    /// <summary>PostgreSQL, migrated at start-up, demo mode on.</summary>
    public static CchcAppFactory PostgresDemo(string connectionString) => new(new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
        ["Database:MigrateAtStartup"] = "true",
        ["Demo:Enabled"] = "true",
    });

    /// <summary>PostgreSQL, migrated at start-up, demo mode off: a real installation's first start.</summary>
    public static CchcAppFactory PostgresWithoutDemo(string connectionString) => new(new()
    {
        ["Database:Provider"] = "Postgres",
        ["Database:ConnectionString"] = connectionString,
        ["Database:MigrateAtStartup"] = "true",
    });

    /// <summary>Production's address: HTTPS, so that the cookies (secure-only outside Development and Demo) come back.</summary>
    public static Uri Address { get; } = new("https://localhost");

    /// <summary>SQLite, demo mode off: what an installation starts as.</summary>
    public static CchcAppFactory SqliteWithoutDemo() => new(new() { ["Database:Provider"] = "Sqlite" });

    /// <summary>Changes a setting; only before the app has started (the first client or service asked for).</summary>
    public CchcAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts the app (migration and demo seeding happen here) and opens a browser-like session.</summary>
    public WebSession NewSession() => new(NewClient());

    /// <summary>A client that keeps cookies and does not follow redirects, as the API's scripts would use.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = Address });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataFolder, recursive: true);
    }
}
