using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// One citation as <see cref="CitationFinder"/> read it in a paragraph: its parts, where it stands and the text it
/// spans (type word, number and symbol, date, issuer, summary).
/// </summary>
/// <param name="Paragraph">The 0-based paragraph it was found in.</param>
/// <param name="Start">Where the citation starts in the paragraph (its type word, or the symbol when there is none).</param>
/// <param name="Length">How far the parts that were read reach.</param>
/// <param name="Text">The citation as printed.</param>
public sealed record FoundCitation(CitationJson Citation, int Paragraph, int Start, int Length, string Text);

/// <summary>How a cited document compares with the catalogue.</summary>
public enum CitationMatchKind
{
    /// <summary>An entry has this symbol and, when the citation gives one, this date.</summary>
    Matched = 0,

    /// <summary>An entry has this symbol but another date: a wrong date in the plan, or in the catalogue.</summary>
    DateDiffers = 1,

    /// <summary>No entry has this symbol: <see cref="CitationMatch.Proposed"/> holds what the text says of it.</summary>
    Unknown = 2,
}

/// <summary>Where a citation stands: the paragraph and the part of the plan (<c>Căn cứ</c>, <c>III. NHIỆM VỤ TRỌNG TÂM</c> …).</summary>
public sealed record CitationPlace(int Paragraph, string Part);

/// <summary>
/// A distinct cited document (one per symbol and date: a symbol cited with two dates gives two) and its catalogue
/// entry, or, when there is none, a new entry proposed from what the text says.
/// </summary>
public sealed record CitationMatch(
    CitationJson Citation,
    CitationMatchKind Kind,
    LegalDocument? Document,
    LegalDocumentInput? Proposed,
    IReadOnlyList<CitationPlace> Places);
