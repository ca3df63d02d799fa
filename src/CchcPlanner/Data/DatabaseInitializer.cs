using CchcPlanner.Identity;
using CchcPlanner.LegalDocuments;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Data;

/// <summary>Brings a database to the current schema and fills what every installation needs: roles and the national catalogue.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<CchcDbContext> contexts, DatabaseOptions options, RoleManager<IdentityRole> roles)
{
    public bool MigratesAtStartup => options.Provider == DatabaseProvider.Sqlite || options.MigrateAtStartup;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && Path.GetDirectoryName(sqlite.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    public async Task SeedReferenceDataAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var national = NationalCatalogue.Create();
        var added = (await AddMissingDocumentsAsync(db, national, cancellationToken)).Select(d => d.Symbol).ToHashSet();
        var issuers = national.ToDictionary(d => d.Symbol, d => d.Issuer);
        foreach (var (replaced, by) in NationalCatalogue.Replacements)
        {
            // Only when one of the pair is new: afterwards the administrators own the entries' status.
            if (!added.Contains(replaced) && !added.Contains(by))
            {
                continue;
            }

            var old = await db.LegalDocuments.SingleAsync(d => d.Symbol == replaced && d.Issuer == issuers[replaced], cancellationToken);
            var replacement = await db.LegalDocuments.SingleAsync(d => d.Symbol == by && d.Issuer == issuers[by], cancellationToken);
            old.MarkReplacedBy(replacement);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the entries not yet in the catalogue (same symbol and issuer); existing ones are left as administrators edited them.</summary>
    public static async Task<IReadOnlyList<LegalDocument>> AddMissingDocumentsAsync(CchcDbContext db, IEnumerable<LegalDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = (await db.LegalDocuments.Select(d => new { d.Symbol, d.Issuer }).ToListAsync(cancellationToken))
            .Select(d => (d.Symbol, d.Issuer)).ToHashSet();
        var missing = documents.Where(d => !existing.Contains((d.Symbol, d.Issuer))).ToList();
        db.LegalDocuments.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return missing;
    }
}
