extern alias cli;

using cli::CchcPlanner.Cli;
using CchcPlanner.IntegrationTests.Infrastructure;
using Npgsql;

namespace CchcPlanner.IntegrationTests.Cli;

public sealed class MigrateCommandTests(PostgresServer server)
{
    [Fact]
    public async Task Migrate_FreshPostgresDatabase_MigratesThenSaysUpToDate()
    {
        var connectionString = await server.CreateDatabaseAsync();
        try
        {
            var first = await RunAsync("migrate", "--provider", "Postgres", "--connection", connectionString);
            var second = await RunAsync("migrate", "--provider", "Postgres", "--connection", connectionString);

            Assert.Equal((CliApp.Ok, string.Empty), (first.ExitCode, first.Error));
            Assert.StartsWith("Đã cập nhật cơ sở dữ liệu Postgres", first.Output, StringComparison.Ordinal);
            Assert.Equal((CliApp.Ok, string.Empty), (second.ExitCode, second.Error));
            Assert.Equal("Cơ sở dữ liệu Postgres đã ở phiên bản mới nhất.", second.Output.Trim());
            Assert.True(await CountAsync(connectionString, "SELECT count(*) FROM \"LegalDocuments\"") > 0);
            Assert.Equal(5, await CountAsync(connectionString, "SELECT count(*) FROM \"AspNetRoles\""));
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Migrate_UnreachablePostgres_FailsWithOneVietnameseLine()
    {
        var closedPort = PostgresProcess.FreePort();

        var result = await RunAsync("migrate", "--provider", "Postgres", "--connection", $"Host=127.0.0.1;Port={closedPort};Username=postgres;Database=cchc;Timeout=5");

        Assert.Equal(CliApp.Failed, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Không cập nhật được cơ sở dữ liệu Postgres: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
