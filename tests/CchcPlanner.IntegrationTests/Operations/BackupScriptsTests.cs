using System.Diagnostics;
using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcPlanner.IntegrationTests.Operations;

/// <summary>
/// The backup and restore scripts of docs/deployment.md (<c>scripts/db</c>), run as an IT officer runs them, with the
/// PostgreSQL client programs of the installed server, against a throwaway database holding the demo data.
/// </summary>
public sealed class BackupScriptsTests(PostgresServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckBackup_DemoDatabase_BacksUpWipesRestoresAndFindsEveryRowAgain()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, server, migrate: false);
        await using (var services = DemoDatabase.ServicesFor(database))
        {
            Assert.True(await DemoDatabase.SeedAsync(services, Token));
        }

        int plansBefore;
        await using (var db = database.CreateDbContext())
        {
            plansBefore = await db.Plans.CountAsync(Token);
        }

        var backup = Path.Combine(Directory.CreateTempSubdirectory("cchc-backup-").FullName, "cchc.dump");
        var (exit, output, error) = await RunAsync("check-backup.sh", Uri(database.ConnectionString), backup);

        Assert.True(exit == 0, $"check-backup.sh failed ({exit}): {output}\n{error}");
        Assert.Contains("Wiped: 0 tables left", output, StringComparison.Ordinal);
        Assert.Matches(@"Row counts match in \d{2,} tables, \d+ rows\.", output);
        Assert.True(new FileInfo(backup).Length > 10_000, "the backup file is suspiciously small");
        await using (var db = database.CreateDbContext())
        {
            // The restored database is usable by the app: the model reads it and nothing is pending.
            Assert.Equal(plansBefore, await db.Plans.CountAsync(Token));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
        }
    }

    [Fact]
    public async Task Restore_DamagedFile_FailsAndLeavesTheDatabaseAsItWas()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, server);
        var uri = Uri(database.ConnectionString);
        var (_, countsBefore, _) = await RunAsync("row-counts.sh", uri);
        var damaged = Path.Combine(Directory.CreateTempSubdirectory("cchc-backup-").FullName, "damaged.dump");
        await File.WriteAllTextAsync(damaged, "PGDMP not really a backup", Token);

        var (exit, _, error) = await RunAsync("restore.sh", uri, damaged);

        Assert.NotEqual(0, exit);
        Assert.Contains("pg_restore", error, StringComparison.Ordinal);
        var (_, countsAfter, _) = await RunAsync("row-counts.sh", uri);
        Assert.Equal(countsBefore, countsAfter);
        Assert.Contains("LegalDocuments", countsAfter, StringComparison.Ordinal);
    }

    /// <summary>The libpq URI an operator would pass (the scripts take what psql takes).</summary>
    private static string Uri(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string script, params string[] arguments)
    {
        server.EnsureAvailable();
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "scripts", "db", script))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PG_BIN"] = PostgresProcess.FindBinaries();
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Token);
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.WaitForExitAsync(Token);
        return (process.ExitCode, await output, await error);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CchcPlanner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (CchcPlanner.sln) was not found.");
    }
}
