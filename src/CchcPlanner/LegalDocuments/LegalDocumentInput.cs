using CchcPlanner.Common;

namespace CchcPlanner.LegalDocuments;

/// <summary>A catalogue entry as the form edits it: anything may be missing or wrong until <see cref="LegalDocumentRules"/> says otherwise.</summary>
public sealed class LegalDocumentInput
{
    public LegalDocumentType? Type { get; set; }

    public string? Symbol { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    public string? Summary { get; set; }

    /// <summary>The citation as it will read once saved; "…" stands for what is still missing.</summary>
    public string CitationPreview
    {
        get
        {
            var symbol = SymbolRules.Normalise(Symbol);
            var issuer = LegalDocumentRules.CleanIssuer(Issuer);
            var summary = LegalDocumentRules.CleanSummary(Summary);
            if (Type is { } type && symbol.Length > 0 && IssuedOn is { } date && issuer.Length > 0 && summary.Length > 0)
            {
                return LegalDocument.Citation(type, symbol, date, issuer, summary);
            }

            const string gap = "…";
            var shownDate = IssuedOn is { } d ? VietnameseDates.Citation(d) : gap;
            return $"{Type?.ToVietnamese() ?? gap} số {Or(symbol)} ngày {shownDate} của {Or(issuer)} {Or(summary)}";

            static string Or(string text) => text.Length > 0 ? text : gap;
        }
    }

    public static LegalDocumentInput From(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new LegalDocumentInput
        {
            Type = document.Type,
            Symbol = document.Symbol,
            IssuedOn = document.IssuedOn,
            Issuer = document.Issuer,
            Summary = document.Summary,
        };
    }
}

/// <summary>A problem to show beside a field of <see cref="LegalDocumentInput"/> (named by its property).</summary>
public sealed record CatalogueProblem(string Field, string Message);

/// <summary>The result of a change to the catalogue.</summary>
public abstract record CatalogueOutcome
{
    public sealed record Saved(LegalDocument Document) : CatalogueOutcome;

    public sealed record Invalid(IReadOnlyList<CatalogueProblem> Problems) : CatalogueOutcome;

    /// <summary>An entry with the same symbol and issuer is already there: the form offers it instead.</summary>
    public sealed record Duplicate(LegalDocument Existing) : CatalogueOutcome
    {
        public string Message =>
            $"Danh mục đã có văn bản {Existing.Symbol} của {Existing.Issuer} (ngày {VietnameseDates.Table(Existing.IssuedOn)}).";
    }

    public sealed record Refused(string Message) : CatalogueOutcome;
}
