using CchcPlanner.Data;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>
/// Base of the persistence tests: each is a theory over <see cref="Providers"/>, so the same test runs on SQLite
/// and on PostgreSQL, each time against a fresh database of its own.
/// </summary>
public abstract class DatabaseTests(PostgresServer server)
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected PostgresServer Server => server;

    protected Task<TestDatabase> NewDatabaseAsync(DatabaseProvider provider, bool migrate = true) =>
        TestDatabase.CreateAsync(provider, server, migrate);
}
