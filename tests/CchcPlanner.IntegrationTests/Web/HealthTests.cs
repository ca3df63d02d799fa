using System.Net;
using System.Text.Json;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CchcPlanner.IntegrationTests.Web;

public sealed class HealthTests(PostgresServer server)
{
    [Fact]
    public async Task Health_SqliteDemo_IsHealthy()
    {
        await using var app = CchcAppFactory.SqliteDemo();
        using var browser = app.NewSession();

        var health = await browser.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("Healthy", StatusOf(health));
    }

    [Fact]
    public async Task Health_SqliteFileIsGarbage_IsUnhealthyWhileTheLoginPageStillWorks()
    {
        await using var app = CchcAppFactory.SqliteDemo();
        await File.WriteAllBytesAsync(app.SqliteFile, RandomBytes(64 * 1024), TestContext.Current.CancellationToken);
        using var browser = app.NewSession();

        var health = await browser.GetAsync("/health");
        var login = await browser.GetAsync("/dang-nhap");
        var signIn = await browser.SignInAsync("soanthao@demo.vn", CchcPlanner.Data.Demo.DemoSeeder.Password);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("Unhealthy", StatusOf(health));
        Assert.Equal(HttpStatusCode.OK, login.Status);
        Assert.Contains("Mật khẩu", login.Text, StringComparison.Ordinal);
        Assert.Contains("Có lỗi xảy ra", signIn.Text, StringComparison.Ordinal);
        Assert.Contains("Sqlite database is unavailable at start-up", Assert.Single(StartupErrors(app)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_PostgresDemoOnAFreshDatabase_IsHealthyAndTheDrafterSeesThePlan()
    {
        var connectionString = await server.CreateDatabaseAsync();
        try
        {
            await using var app = CchcAppFactory.PostgresDemo(connectionString);
            using var browser = app.NewSession();

            var health = await browser.GetAsync("/health");
            var home = await browser.FollowAsync(await browser.SignInAsync("soanthao@demo.vn", CchcPlanner.Data.Demo.DemoSeeder.Password));

            Assert.Equal("Healthy", StatusOf(health));
            Assert.Contains(CchcPlanner.Data.Demo.KindergartenPlan2023.Title, home.Text, StringComparison.Ordinal);
            Assert.Empty(StartupErrors(app));
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Health_PostgresUnreachable_IsUnhealthyWithOneStartupLogLineExplainingIt()
    {
        var closedPort = PostgresProcess.FreePort();
        await using var app = CchcAppFactory.PostgresDemo($"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=cchc;Timeout=5");
        using var browser = app.NewSession();

        var health = await browser.GetAsync("/health");
        var login = await browser.GetAsync("/dang-nhap");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
        Assert.Equal("Unhealthy", StatusOf(health));
        Assert.Equal(HttpStatusCode.OK, login.Status);
        var line = Assert.Single(StartupErrors(app));
        Assert.Contains("Postgres database is unavailable at start-up", line.Message, StringComparison.Ordinal);
    }

    private static string? StatusOf(WebPage health) => JsonDocument.Parse(health.Body).RootElement.GetProperty("status").GetString();

    private static IEnumerable<LogLine> StartupErrors(CchcAppFactory app) =>
        app.Logs.Lines.Where(l => l.Category == "CchcPlanner.Startup" && l.Level >= LogLevel.Error);

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
