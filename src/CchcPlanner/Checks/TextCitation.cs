using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Checks;

/// <summary>
/// A document cited in a piece of text: where (<see cref="Index"/>, <see cref="Length"/>), the type word as written
/// (<c>Kế hoạch</c>, or null when the text gives only the symbol), the symbol, the date when it is complete, and the
/// date as written (<c>ngày   tháng 3 năm 2023</c>) when the text gives one at all.
/// </summary>
public sealed record TextCitation(int Index, int Length, string? TypeWord, string Symbol, DateOnly? IssuedOn, string? DateText, string? Issuer)
{
    /// <summary>A date is written but some of it is blank or impossible: <c>ngày   tháng 3 năm 2023</c>.</summary>
    public bool HasBlankDate => DateText is not null && IssuedOn is null;

    /// <summary>The catalogue type the type word names; null when there is no type word.</summary>
    public LegalDocumentType? Type => TypeWord is null ? null : CitationTypes.Parse(TypeWord);
}

/// <summary>Finds the documents cited in a text. <see cref="CitationScanner"/> is the built-in one.</summary>
public interface ICitationFinder
{
    IReadOnlyList<TextCitation> Find(string text);
}
