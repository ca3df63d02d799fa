using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// Finds every document a text cites: <c>Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành …</c>, party
/// documents (<c>17-CT/TU</c>, <c>33-CTrHD/TU</c>), laws and resolutions of the National Assembly (<c>131/2020/QH14</c>),
/// công văn (<c>2139/UBND-NV</c>); the date in either written form; the issuer after <c>của</c> up to the summary's
/// first word (<c>về</c>, <c>ban hành</c>, <c>phê duyệt</c> …); the summary up to the end of its clause. Symbols are
/// normalised by <see cref="SymbolRules.Normalise"/>, so a citation and a catalogue entry compare by symbol.
/// Used by the importer and by the plan checker.
/// </summary>
public static class CitationFinder
{
    /// <summary>The citations of one paragraph, in order.</summary>
    public static IReadOnlyList<FoundCitation> Find(string paragraph, int paragraphIndex = 0) =>
        CitationReader.Read(paragraph ?? string.Empty, paragraphIndex);

    /// <summary>The citations of every paragraph, in order; <see cref="FoundCitation.Paragraph"/> is the index in the list.</summary>
    public static IReadOnlyList<FoundCitation> FindAll(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var found = new List<FoundCitation>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            found.AddRange(CitationReader.Read(paragraphs[i] ?? string.Empty, i));
        }

        return found;
    }

    /// <summary>
    /// One citation per symbol and date, in order of first mention: a symbol cited with two dates gives two (the
    /// checker reports it); a mention without a date adds none. Type, issuer and summary come from the first mention
    /// that gives them.
    /// </summary>
    public static IReadOnlyList<CitationJson> Distinct(IEnumerable<FoundCitation> found) => Groups(found).Select(g => g.Citation).ToList();

    /// <summary>
    /// Each distinct citation (<see cref="Distinct"/>) against the catalogue: the entry with its symbol (and date), or a
    /// new entry proposed from what the text says. <paramref name="partOf"/> names the part of the plan a paragraph is in.
    /// </summary>
    public static IReadOnlyList<CitationMatch> Match(IEnumerable<FoundCitation> found, IEnumerable<LegalDocument>? catalogue, Func<int, string>? partOf = null)
    {
        var bySymbol = (catalogue ?? []).GroupBy(d => Key(d.Symbol)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return Groups(found).Select(group =>
        {
            var citation = group.Citation;
            var places = group.Mentions.Select(m => m.Paragraph).Distinct().Select(p => new CitationPlace(p, partOf?.Invoke(p) ?? string.Empty)).ToList();
            if (!bySymbol.TryGetValue(Key(citation.Symbol), out var entries))
            {
                return new CitationMatch(citation, CitationMatchKind.Unknown, null, Proposal(citation), places);
            }

            var sameDate = entries.FirstOrDefault(e => e.IssuedOn == citation.IssuedOn);
            return sameDate is not null || citation.IssuedOn is null
                ? new CitationMatch(citation, CitationMatchKind.Matched, sameDate ?? entries[0], null, places)
                : new CitationMatch(citation, CitationMatchKind.DateDiffers, entries[0], null, places);
        }).ToList();
    }

    /// <summary>The catalogue type a citation's type word names (<c>Kế hoạch</c> → Plan), or the symbol's, or null.</summary>
    public static LegalDocumentType? TypeOf(CitationJson citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return CitationReader.TypeNamed(citation.Type) ?? SymbolRules.TypeOf(citation.Symbol);
    }

    private static LegalDocumentInput Proposal(CitationJson citation) => new()
    {
        Type = TypeOf(citation),
        Symbol = citation.Symbol,
        IssuedOn = citation.IssuedOn,
        Issuer = citation.Issuer,
        Summary = citation.Summary,
    };

    /// <summary>Symbols compare as normalised and folded: <c>33-CTrHD/TU</c> is <c>33-CTrHĐ/TU</c>.</summary>
    private static string Key(string symbol) => VietnameseText.Fold(SymbolRules.Normalise(symbol));

    private static List<(CitationJson Citation, List<FoundCitation> Mentions)> Groups(IEnumerable<FoundCitation> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var result = new List<(CitationJson Citation, List<FoundCitation> Mentions)>();
        foreach (var bySymbol in found.GroupBy(f => Key(f.Citation.Symbol)))
        {
            var mentions = bySymbol.ToList();
            var dates = mentions.Select(m => m.Citation.IssuedOn).OfType<DateOnly>().Distinct().ToList();
            if (dates.Count == 0)
            {
                result.Add((Merge(mentions, mentions), mentions));
                continue;
            }

            foreach (var date in dates)
            {
                var dated = mentions.Where(m => m.Citation.IssuedOn == date).ToList();

                // Mentions without a date belong to the first date: "(gọi tắt là Chỉ thị số 08/CT-UBND)".
                var undated = date == dates[0] ? mentions.Where(m => m.Citation.IssuedOn is null).ToList() : [];
                result.Add((Merge(dated, undated), [.. dated, .. undated]));
            }
        }

        return result;
    }

    private static CitationJson Merge(List<FoundCitation> dated, List<FoundCitation> undated)
    {
        var first = dated[0].Citation;
        var all = dated.Concat(undated).Select(m => m.Citation).ToList();
        return first with
        {
            Type = all.Select(c => c.Type).FirstOrDefault(t => t != CitationReader.UnnamedType) ?? first.Type,
            Issuer = all.Select(c => c.Issuer).FirstOrDefault(i => i is not null),
            Summary = all.Select(c => c.Summary).FirstOrDefault(s => s is not null),
        };
    }
}
