using CchcPlanner.Import;

namespace CchcPlanner.Checks;

/// <summary>
/// The importer's <see cref="CitationFinder"/> as the checker's <see cref="ICitationFinder"/>: it decides which
/// symbols are citations (bare ones too: <c>số 16/KH-UBND</c>, <c>08/CT-UBND</c>), and the checker reads around each
/// what it needs beyond the finder's parts — the type word as written (not inferred from the symbol), and a date left
/// blank (<c>ngày   tháng 3 năm 2023</c>), which the finder reads as no date.
/// </summary>
public sealed class ImportCitationFinder : ICitationFinder
{
    public static ImportCitationFinder Instance { get; } = new();

    public IReadOnlyList<TextCitation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var citations = new List<TextCitation>();
        foreach (var found in CitationFinder.Find(text))
        {
            if (CitationScanner.SymbolIn(text, found.Start, found.Start + Math.Max(found.Length, 1)) is not { } symbol
                || CitationScanner.At(text, symbol, requireType: false) is not { } read)
            {
                continue;
            }

            citations.Add(read with
            {
                Symbol = found.Citation.Symbol,
                IssuedOn = read.IssuedOn ?? found.Citation.IssuedOn,
                DateText = read.DateText ?? (found.Citation.IssuedOn is { } date ? Dates.Text(date) : null),
                Issuer = read.Issuer ?? found.Citation.Issuer,
            });
        }

        return citations;
    }
}
