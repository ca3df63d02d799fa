using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, migrated database of one provider for one test: a temporary SQLite file, or a new database on the
/// throwaway PostgreSQL cluster. Contexts are made the way the app makes them (<see cref="DatabaseRegistration.CreateOptions"/>).
/// </summary>
public sealed class TestDatabase : IDbContextFactory<CchcDbContext>, IAsyncDisposable
{
    private readonly PostgresServer? _server;
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, PostgresServer? server, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
        _sqliteFile = sqliteFile;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The clock the contexts stamp plans with; tests may move it.</summary>
    public TestClock Clock { get; } = new();

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, PostgresServer server, bool migrate = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        TestDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            database = new TestDatabase(provider, await server.CreateDatabaseAsync(), server, null);
        }
        else
        {
            var file = Path.Combine(Path.GetTempPath(), $"cchc-test-{Guid.NewGuid():N}.db");

            // No pooling: the file is deleted when the test ends.
            database = new TestDatabase(provider, $"Data Source={file};Pooling=False", null, file);
        }

        if (migrate)
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public CchcDbContext CreateDbContext() => new(DatabaseRegistration.CreateOptions(Provider, ConnectionString, Clock));

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DropDatabaseAsync(ConnectionString);
        }

        if (_sqliteFile is not null)
        {
            File.Delete(_sqliteFile);
        }
    }
}
