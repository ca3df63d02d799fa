using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Checks;

/// <summary>
/// The catalogue of legal documents as the checker consults it: the real date of a cited symbol. Build it once (it
/// indexes the entries) and pass it in every <see cref="CheckContext"/>.
/// </summary>
public sealed class CitationCatalogue
{
    private readonly Dictionary<string, List<LegalDocument>> _bySymbol;

    public CitationCatalogue(IEnumerable<LegalDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _bySymbol = documents
            .GroupBy(d => Key(d.Symbol), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The national catalogue every installation starts with.</summary>
    public static CitationCatalogue National() => new(NationalCatalogue.Create());

    public int Count => _bySymbol.Values.Sum(v => v.Count);

    /// <summary>
    /// The one entry a citation means: the symbol's only entry, when the citation names no issuer or one compatible
    /// with the entry's (<c>UBND tỉnh Hải Dương</c> is <c>Ủy ban nhân dân tỉnh Hải Dương</c>). A local symbol such as
    /// <c>406/KH-UBND</c> exists in many provinces, so an entry of another issuer is not it.
    /// </summary>
    public LegalDocument? Find(string symbol, string? issuer)
    {
        if (!_bySymbol.TryGetValue(Key(symbol), out var entries))
        {
            return null;
        }

        var matching = entries.Where(e => Issuers.Compatible(issuer, e.Issuer)).ToList();
        return matching.Count == 1 ? matching[0] : null;
    }

    private static string Key(string symbol) => VietnameseText.Fold(SymbolRules.Normalise(symbol));
}

/// <summary>Whether two ways of naming an issuer can name the same body.</summary>
internal static class Issuers
{
    private static readonly (string Short, string Long)[] Abbreviations =
    [
        ("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("tp.", "thanh pho "), ("tp ", "thanh pho "),
    ];

    public static bool Compatible(string? left, string? right)
    {
        if (string.IsNullOrWhiteSpace(left) || string.IsNullOrWhiteSpace(right))
        {
            return true;
        }

        var (a, b) = (Expand(left), Expand(right));
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    private static string Expand(string issuer)
    {
        var folded = " " + VietnameseText.Fold(issuer) + " ";
        foreach (var (abbreviation, full) in Abbreviations)
        {
            folded = folded.Replace(abbreviation, full, StringComparison.Ordinal);
        }

        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
