using Npgsql;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the whole test run, in a temporary folder: initdb, pg_ctl start on a free
/// port, and stop and delete at the end. Each test asks for its own fresh database.
/// When the server binaries are missing, PostgreSQL tests are skipped, or fail when CI=true.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string SuperUser = "postgres";
    private string? _root;
    private string? _bin;
    private string? _unavailable;

    public int Port { get; private set; }

    private string DataFolder => Path.Combine(_root!, "data");

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        _bin = PostgresProcess.FindBinaries();
        if (_bin is null)
        {
            _unavailable = "PostgreSQL server binaries not found (no initdb/pg_ctl in $PG_BIN or /usr/lib/postgresql/*/bin). "
                + "Install them with `apt-get install -y postgresql`, or point PG_BIN at their folder.";
            return;
        }

        try
        {
            await StartAsync();
        }
#pragma warning disable CA1031 // Reported to each PostgreSQL test, so that SQLite tests still run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _unavailable = $"The throwaway PostgreSQL cluster did not start: {ex.Message}";
            Port = 0;
        }
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        EnsureAvailable();
        var name = $"cchc_{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(ConnectionString(SuperUser));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await using var connection = new NpgsqlConnection(ConnectionString(SuperUser));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Skips the calling test (or fails it under CI=true) when there is no server to test against.</summary>
    public void EnsureAvailable()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{_unavailable} (CI=true: PostgreSQL tests must run.)");
        }

        Assert.Skip(_unavailable);
    }

    public async ValueTask DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        if (Port != 0)
        {
            await PostgresProcess.RunAsync(_bin!, "pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
        }

        Directory.Delete(_root, recursive: true);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={database};Include Error Detail=true";

    private async Task StartAsync()
    {
        _root = Directory.CreateTempSubdirectory("cchc-pg-").FullName;
        var sockets = Directory.CreateDirectory(Path.Combine(_root, "sockets")).FullName;
        await PostgresProcess.GiveToServerUserAsync(_root);
        await PostgresProcess.RunAsync(_bin!, "initdb", ["-D", DataFolder, "-A", "trust", "-U", SuperUser, "-E", "UTF8", "--locale=C"]);
        Port = PostgresProcess.FreePort();
        var options = $"-p {Port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200";
        await PostgresProcess.RunAsync(_bin!, "pg_ctl", ["-D", DataFolder, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "start"]);
    }
}
