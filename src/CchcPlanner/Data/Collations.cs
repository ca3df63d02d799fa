using System.Globalization;
using System.Data.Common;
using CchcPlanner.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CchcPlanner.Data;

/// <summary>
/// Names and places sort as a Vietnamese reader expects (a, ă, â, b, c, d, đ, …) on both databases:
/// PostgreSQL gets an ICU collation named <see cref="Vietnamese"/> from the migration, and every SQLite
/// connection registers a collation of the same name backed by .NET's vi-VN comparer.
/// </summary>
public static class Collations
{
    public const string Vietnamese = "vietnamese";

    /// <summary>Deterministic: culture order first, then ordinal, so distinct strings never compare equal.</summary>
    public static int Compare(string? left, string? right)
    {
        var byCulture = VietnameseText.Culture.CompareInfo.Compare(left, right, CompareOptions.None);
        return byCulture != 0 ? byCulture : string.CompareOrdinal(left, right);
    }
}

/// <summary>Registers the Vietnamese collation on each SQLite connection as it opens.</summary>
public sealed class SqliteVietnameseCollation : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateCollation(Collations.Vietnamese, Collations.Compare);
        }
    }
}
