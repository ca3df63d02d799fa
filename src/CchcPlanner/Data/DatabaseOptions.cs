namespace CchcPlanner.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The <c>Database</c> section of the settings (each key overridable as <c>Database__Provider</c> etc.).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite, defaults to a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite always migrates at start-up; PostgreSQL only when this is set (otherwise <c>cchc migrate</c>).</summary>
    public bool MigrateAtStartup { get; set; }

    public static string SqliteFile(string dataFolder) => Path.Combine(dataFolder, "cchcplanner.db");

    public string ResolveConnectionString(string dataFolder) =>
        ConnectionString is { Length: > 0 } given ? given
        : Provider == DatabaseProvider.Sqlite ? $"Data Source={SqliteFile(dataFolder)}"
        : throw new Common.SettingsException(
            "Database:ConnectionString is required when Database:Provider is Postgres (environment variable Database__ConnectionString).");
}
