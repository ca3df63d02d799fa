using System.Diagnostics;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>
/// The app started as an IT officer starts it (<c>dotnet CchcPlanner.Web.dll</c>, settings in environment variables)
/// with a setting missing or wrong: one line that names the setting, a failing exit code, no stack trace.
/// </summary>
public sealed class StartupSettingsTests
{
    [Theory]
    [InlineData("Database__Provider=Postgres", "Database:ConnectionString is required when Database:Provider is Postgres")]
    [InlineData("Database__Provider=Oracle", "Database:Provider must be Sqlite or Postgres, not 'Oracle'.")]
    [InlineData("ReverseProxy__KnownNetworks__0=172.16.0.0/99", "ReverseProxy:KnownNetworks: '172.16.0.0/99' is not a CIDR range")]
    [InlineData("Documents__LeftMm=10", "Documents: Lề trái phải nằm trong khoảng 30–35")]
    public async Task Start_WithAWrongSetting_StopsWithOneLineNamingIt(string setting, string expected)
    {
        var dataFolder = Directory.CreateTempSubdirectory("cchc-start-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CchcPlanner.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        var (key, value) = (setting.Split('=')[0], setting.Split('=')[1]);
        start.Environment[key] = value;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(1, process.ExitCode);
            var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith($"CchcPlanner cannot start: {expected}", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", await output + await error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
