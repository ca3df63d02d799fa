using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Checks;

/// <summary>A citation and the place of the plan it was found in.</summary>
/// <param name="Order">Position in the document: citations earlier in the plan have a lower order.</param>
internal sealed record CitedDocument(string Subject, TextCitation Citation, string Quote, bool InLegalBasis, int Order)
{
    /// <summary><c>Nghị định số 106/2020/NĐ-CP</c>, or the symbol alone when no type word was written.</summary>
    public string Name => Citation.TypeWord is { } type ? $"{type} số {Citation.Symbol}" : Citation.Symbol;

    public string Key => VietnameseText.Fold(Citation.Symbol);
}

/// <summary>The plan as every check reads it: its texts and citations, found once.</summary>
internal sealed class CheckInput
{
    public CheckInput(PlanJson plan, CheckContext context)
    {
        Plan = plan;
        Context = context;
        IsIssued = context.IsIssued(plan);
        Texts = PlanTexts.Of(plan);
        Citations = FindCitations(plan, Texts, context.CitationFinder);
    }

    public PlanJson Plan { get; }

    public CheckContext Context { get; }

    public bool IsIssued { get; }

    public IReadOnlyList<PlanText> Texts { get; }

    public IReadOnlyList<CitedDocument> Citations { get; }

    private static List<CitedDocument> FindCitations(PlanJson plan, IReadOnlyList<PlanText> texts, ICitationFinder finder)
    {
        var cited = new List<CitedDocument>();
        foreach (var text in texts.Where(t => t.IsProse))
        {
            var clean = text.Text.Normalize(NormalizationForm.FormC);
            var found = finder.Find(clean);
            foreach (var citation in found)
            {
                var quote = clean.Substring(citation.Index, Math.Min(citation.Length, clean.Length - citation.Index));
                cited.Add(new CitedDocument(text.Subject, citation, quote, text.IsLegalBasis, cited.Count));
            }

            // A legal basis whose text names no document in a form the finder knows may still carry its parts.
            if (found.Count == 0 && text.Basis?.Citation is { } parts && !string.IsNullOrWhiteSpace(parts.Symbol))
            {
                cited.Add(new CitedDocument(text.Subject, FromJson(parts), Quotes.Short(clean), InLegalBasis: true, cited.Count));
            }
        }

        // Citations an import found outside the parts it recognised: their place is the source text.
        var known = cited.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var citation in plan.Citations.Where(c => !string.IsNullOrWhiteSpace(c.Symbol) && !known.Contains(VietnameseText.Fold(c.Symbol))))
        {
            var parts = FromJson(citation);
            cited.Add(new CitedDocument(Subjects.Text, parts, parts.TypeWord is { } t ? $"{t} số {parts.Symbol}" : parts.Symbol, InLegalBasis: false, cited.Count));
        }

        return cited;
    }

    private static TextCitation FromJson(CitationJson citation) => new(
        0, 0, string.IsNullOrWhiteSpace(citation.Type) ? null : citation.Type, LegalDocuments.SymbolRules.Normalise(citation.Symbol),
        citation.IssuedOn, citation.IssuedOn is { } date ? VietnameseDates.Citation(date) : null, citation.Issuer);
}

/// <summary>Short quotes of a plan's text for findings.</summary>
internal static class Quotes
{
    public const int MaxLength = 90;

    /// <summary>The text on one line, cut at a word break after about <see cref="MaxLength"/> characters.</summary>
    public static string Short(string text)
    {
        var line = string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= MaxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', MaxLength);
        return line[..(cut > MaxLength / 2 ? cut : MaxLength)] + "…";
    }
}
