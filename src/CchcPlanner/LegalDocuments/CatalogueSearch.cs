using System.Globalization;
using CchcPlanner.Common;

namespace CchcPlanner.LegalDocuments;

/// <summary>How well an entry matches a query; lower is better.</summary>
public enum CatalogueMatch
{
    /// <summary>The symbol itself: <c>76/NQ-CP</c>, also typed <c>76 / nq - cp</c>.</summary>
    Symbol = 0,

    /// <summary>The number alone: <c>76</c> finds <c>76/NQ-CP</c>, <c>4</c> finds <c>04/NQ-CP</c>.</summary>
    Number = 1,

    /// <summary>The start of the symbol: <c>76/NQ</c>, <c>45/20</c>.</summary>
    SymbolStart = 2,

    /// <summary>
    /// Every word somewhere in the symbol, type, issuer or summary, case ignored and diacritics where none are typed;
    /// entries with more of the query's words side by side come first.
    /// </summary>
    Words = 3,
}

/// <summary>An entry found in the catalogue, with the symbol of the entry that replaced it when it is no longer in force.</summary>
public sealed record CatalogueHit(LegalDocument Document, string? ReplacedBySymbol);

/// <summary>
/// Ranks catalogue entries for a query: the symbol first, then the number or the start of the symbol, then words of
/// the summary, issuer or type; newest first within a rank. Pure, so the ranking is tested without a database.
/// </summary>
public static class CatalogueSearch
{
    public static IReadOnlyList<LegalDocument> Rank(IEnumerable<LegalDocument> documents, string? query) => Rank(documents, d => d, query);

    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> items, Func<T, LegalDocument> document, string? query)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(document);
        return items
            .Select(item => (Item: item, Document: document(item), Score: Score(document(item), query)))
            .Where(x => x.Score is not null)
            .OrderBy(x => x.Score!.Value.Match)
            .ThenByDescending(x => x.Score!.Value.Adjacent)
            .ThenByDescending(x => x.Document.IssuedOn)
            .ThenBy(x => x.Document.Symbol, StringComparer.Ordinal)
            .Select(x => x.Item)
            .ToList();
    }

    /// <summary>How the entry matches the query, or null when it does not; an empty query matches every entry by <see cref="CatalogueMatch.Words"/>.</summary>
    public static CatalogueMatch? MatchOf(LegalDocument document, string? query) => Score(document, query)?.Match;

    /// <summary>
    /// The match, and for word matches how many neighbouring pairs of the query's words stand side by side in the text:
    /// without diacritics "mot cua" also finds "một số điều của", so "một cửa" written together ranks first.
    /// </summary>
    private static (CatalogueMatch Match, int Adjacent)? Score(LegalDocument document, string? query)
    {
        ArgumentNullException.ThrowIfNull(document);
        var typed = SymbolKey(query);
        if (typed.Length == 0)
        {
            return (CatalogueMatch.Words, 0);
        }

        var symbol = SymbolKey(document.Symbol);
        if (symbol == typed)
        {
            return (CatalogueMatch.Symbol, 0);
        }

        if (typed.All(char.IsAsciiDigit) && SameNumber(document.Number, typed))
        {
            return (CatalogueMatch.Number, 0);
        }

        if (symbol.StartsWith(typed, StringComparison.Ordinal))
        {
            return (CatalogueMatch.SymbolStart, 0);
        }

        var text = $"{document.Symbol} {document.Type.ToVietnamese()} {document.Issuer} {document.Summary}";
        return MatchWords(text, query) is { } adjacent ? (CatalogueMatch.Words, adjacent) : null;
    }

    /// <summary>
    /// Null unless every word of the query occurs in the text. A word typed without diacritics matches with or without
    /// them (<c>nghi dinh</c> finds <c>Nghị định</c>); a word typed with them matches only them (<c>cửa</c> is not <c>của</c>).
    /// </summary>
    private static int? MatchWords(string text, string? query)
    {
        var words = VietnameseText.Clean(query).ToLower(VietnameseText.Culture).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var folded = VietnameseText.Fold(text);
        var lower = VietnameseText.Clean(text).ToLower(VietnameseText.Culture);
        foreach (var word in words)
        {
            var plain = VietnameseText.Fold(word);
            if (!(plain == word ? folded : lower).Contains(word, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return words.Zip(words.Skip(1))
            .Count(pair => folded.Contains($"{VietnameseText.Fold(pair.First)} {VietnameseText.Fold(pair.Second)}", StringComparison.Ordinal));
    }

    /// <summary>
    /// The ids of the units whose entries a user of the unit at <paramref name="unitPath"/> may cite: that unit and every
    /// unit above it (<c>/1/4/9/</c> → 1, 4, 9). A plan is cited by the units below its issuer, never by a sibling or a child.
    /// </summary>
    public static IReadOnlyList<int> CitingUnitIds(string? unitPath) =>
        (unitPath ?? string.Empty)
            .Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null)
            .OfType<int>()
            .ToList();

    /// <summary>National and general entries (no issuing unit) and those of the user's own unit or a unit above it.</summary>
    public static bool IsCitableFrom(LegalDocument document, string? unitPath)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.IssuingUnitId is not { } unit || CitingUnitIds(unitPath).Contains(unit);
    }

    /// <summary>Symbols compare without spaces, case or diacritics: <c>76 / nq - cp</c> is <c>76/NQ-CP</c>, <c>ND</c> is <c>NĐ</c>.</summary>
    private static string SymbolKey(string? text) => VietnameseText.Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();

    private static bool SameNumber(string number, string typed) =>
        string.Equals(number.TrimStart('0'), typed.TrimStart('0'), StringComparison.Ordinal);
}
