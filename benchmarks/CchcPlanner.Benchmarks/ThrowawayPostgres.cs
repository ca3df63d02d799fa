using CchcPlanner.IntegrationTests.Infrastructure;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// A PostgreSQL cluster in a temporary folder for one benchmark run (initdb, pg_ctl start on a free port, stopped and
/// deleted at the end), with the same server programs the integration tests use (<see cref="PostgresProcess"/>).
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _root;
    private readonly string _bin;

    private ThrowawayPostgres(string root, string bin, int port)
    {
        (_root, _bin, Port) = (root, bin, port);
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=20";

    private string DataFolder => Path.Combine(_root, "data");

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = PostgresProcess.FindBinaries()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: apt-get install -y postgresql, or set PG_BIN.");
        var root = Directory.CreateTempSubdirectory("cchc-bench-pg-").FullName;
        var sockets = Directory.CreateDirectory(Path.Combine(root, "sockets")).FullName;
        await PostgresProcess.GiveToServerUserAsync(root);
        await PostgresProcess.RunAsync(bin, "initdb", ["-D", Path.Combine(root, "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"]);
        var port = PostgresProcess.FreePort();

        // Durable settings (fsync on): the measurement reads, and reads do not depend on fsync.
        var options = $"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB";
        await PostgresProcess.RunAsync(bin, "pg_ctl", ["-D", Path.Combine(root, "data"), "-l", Path.Combine(root, "server.log"), "-o", options, "-w", "start"]);
        return new ThrowawayPostgres(root, bin, port);
    }

    public async ValueTask DisposeAsync()
    {
        await PostgresProcess.RunAsync(_bin, "pg_ctl", ["-D", DataFolder, "-m", "fast", "-w", "stop"]);
        Directory.Delete(_root, recursive: true);
    }
}
