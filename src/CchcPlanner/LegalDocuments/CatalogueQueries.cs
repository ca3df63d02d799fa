using CchcPlanner.Common;
using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.LegalDocuments;

/// <summary>Finds catalogue entries by symbol (<c>76/NQ-CP</c>), number (<c>76</c>) or words of the summary, with or without diacritics.</summary>
public sealed class CatalogueQueries(IDbContextFactory<CchcDbContext> contexts)
{
    public async Task<IReadOnlyList<LegalDocument>> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.LegalDocuments.AsNoTracking().OrderByDescending(d => d.IssuedOn).ToListAsync(cancellationToken);
        return Matching(all, query).ToList();
    }

    /// <summary>Every word of the query must occur in the symbol, type, issuer or summary (diacritics and case ignored).</summary>
    public static IEnumerable<LegalDocument> Matching(IEnumerable<LegalDocument> documents, string? query)
    {
        return documents.Where(d => VietnameseText.MatchesAllWords($"{d.Symbol} {d.Type.ToVietnamese()} {d.Issuer} {d.Summary}", query));
    }
}
