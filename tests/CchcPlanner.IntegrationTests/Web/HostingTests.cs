using System.Net;
using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

public sealed class HostingTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    /// <summary>Program reads the data folder and database settings before Build(); the test host's settings must reach those reads.</summary>
    [Fact]
    public async Task Start_WithTestSettings_KeepsDatabaseLogsAndKeysInTheGivenFolder()
    {
        using var browser = app.NewSession();

        await browser.GetAsync("/health");

        Assert.Equal(DatabaseProvider.Sqlite, app.Services.GetRequiredService<DatabaseOptions>().Provider);
        Assert.True(File.Exists(app.SqliteFile), "the SQLite file is not in the test's data folder");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataFolder, "logs")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.DataFolder, "keys")));
    }

    [Fact]
    public async Task BlazorScript_Anonymous_IsServedAsJavaScript()
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/_framework/blazor.web.js", UriKind.Relative), TestContext.Current.CancellationToken);
        var script = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(script.Length > 100_000, $"blazor.web.js is only {script.Length} bytes");
    }

    [Fact]
    public async Task UnknownAddress_SignedOut_NeverShowsAStackTrace()
    {
        using var browser = app.NewSession();

        // WebSession fails the test if any page it reads holds an exception name or a stack trace.
        var page = await browser.FollowAsync(await browser.GetAsync("/ke-hoach/abc/khong-co"));

        Assert.NotEqual(HttpStatusCode.InternalServerError, page.Status);
    }
}
