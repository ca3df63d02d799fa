using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Units;

namespace CchcPlanner.Plans.Json;

/// <summary>
/// Builds an in-memory plan (with an in-memory issuing unit) from <see cref="PlanJson"/>, through the plan's own
/// methods, so a JSON plan is held to the same rules as one written in the editor. Used to render a plan.json.
/// </summary>
public static partial class PlanJsonReader
{
    /// <exception cref="DomainRuleException">The JSON is not a plan, or breaks one of the plan's rules (Vietnamese message).</exception>
    public static Plan Read(string json)
    {
        PlanJson? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<PlanJson>(json, PlanJson.Options);
        }
        catch (JsonException e)
        {
            throw new DomainRuleException($"Tệp JSON không đúng định dạng kế hoạch (dòng {e.LineNumber + 1}): {e.Message}");
        }

        return From(parsed ?? throw new DomainRuleException("Tệp JSON rỗng."));
    }

    public static Plan From(PlanJson json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (number, symbol) = SplitNumber(json);
        var plan = new Plan(IssuingUnit(json, symbol), Parse<PlanKind>(json.Kind, "kind"), json.Year, json.Title);
        plan.ChangeSymbol(symbol);
        plan.ChangeHeader(plan.Kind, json.Year, json.Title, Fallback(json.Place, plan.Place), number is null ? json.IssuedOn : null);
        AddContent(plan, json, CatalogueEntry);
        if (number is { } n)
        {
            plan.Submit();
            plan.Approve();
            plan.Issue(n, json.IssuedOn ?? throw new DomainRuleException("Kế hoạch đã có số thì phải có ngày ban hành (issuedOn)."));
            if (json.Status == "signed")
            {
                plan.MarkSigned();
            }
        }

        return plan;
    }

    /// <summary>
    /// A new draft of a real unit from an imported plan: no number (the clerk gives it when issuing), the symbol and the
    /// date kept, each legal basis pointing at the catalogue entry <paramref name="findDocument"/> gives for its citation
    /// (or kept as its text when there is none, or when the entry is already cited).
    /// </summary>
    /// <exception cref="DomainRuleException">The plan breaks one of the plan's rules (Vietnamese message).</exception>
    public static Plan ToDraft(PlanJson json, Unit unit, Func<CitationJson, LegalDocument?> findDocument)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(findDocument);
        var plan = new Plan(unit, Parse<PlanKind>(json.Kind, "kind"), json.Year, json.Title);
        var symbol = json.Number is { Length: > 0 } number && number.Contains('/', StringComparison.Ordinal)
            ? number[(number.IndexOf('/', StringComparison.Ordinal) + 1)..].Trim()
            : json.Symbol;
        if (!string.IsNullOrWhiteSpace(symbol))
        {
            plan.ChangeSymbol(symbol);
        }

        plan.ChangeHeader(plan.Kind, json.Year, json.Title, Fallback(json.Place, plan.Place), json.IssuedOn);
        AddContent(plan, json, findDocument);
        return plan;
    }

    /// <summary>Everything after the header: texts, legal bases, body, signature.</summary>
    private static void AddContent(Plan plan, PlanJson json, Func<CitationJson, LegalDocument?> findDocument)
    {
        plan.ChangeLeadIn(json.LeadIn);
        plan.ChangeClosing(json.Closing);
        plan.PrintTasksInAnnex(json.TasksInAnnex);
        var cited = new HashSet<LegalDocument>();
        foreach (var basis in json.LegalBases)
        {
            var verb = VietnameseText.Fold(basis.Verb).StartsWith("thuc hien", StringComparison.Ordinal) ? LegalBasisVerb.Implementing : LegalBasisVerb.BasedOn;
            var document = basis.Citation is { } citation ? findDocument(citation) : null;
            document = document is not null && cited.Add(document) ? document : null;
            plan.AddLegalBasis(verb, document, document is null ? basis.Text : null);
        }

        PlanJsonParts.AddBody(plan, json);
        if (json.Signature is { } s)
        {
            plan.Sign(new SignatureBlock(Prefix(s.Prefix), s.Authority, s.Title, s.Name));
        }
    }

    /// <summary>An in-memory catalogue entry for a citation given in full; null when its parts do not make one.</summary>
    private static LegalDocument? CatalogueEntry(CitationJson citation)
    {
        var type = Enum.GetValues<LegalDocumentType>().FirstOrDefault(t => t.ToVietnamese() == citation.Type, LegalDocumentType.Other);
        if (citation.IssuedOn is not { } date || citation.Issuer is null || citation.Summary is null)
        {
            return null;
        }

        try
        {
            return new LegalDocument(type, citation.Symbol, date, citation.Issuer, citation.Summary);
        }
        catch (DomainRuleException)
        {
            return null;
        }
    }

    internal static T Parse<T>(string? value, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainRuleException($"Giá trị \"{value}\" của trường {field} không hợp lệ.");

    /// <summary><c>16/KH-MNTH</c> → (16, <c>KH-MNTH</c>); without a number, the symbol field or a neutral <c>KH</c>.</summary>
    private static (int? Number, string Symbol) SplitNumber(PlanJson json)
    {
        if (json.Number is { Length: > 0 } text)
        {
            var match = NumberPattern().Match(text.Replace(" ", string.Empty, StringComparison.Ordinal));
            if (!match.Success)
            {
                throw new DomainRuleException($"Số, ký hiệu \"{text}\" không đúng dạng số/ký hiệu (ví dụ 16/KH-MNTH).");
            }

            return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value);
        }

        return (null, Fallback(json.Symbol, "KH"));
    }

    private static Unit IssuingUnit(PlanJson json, string symbol)
    {
        var parent = json.ParentBody is { Length: > 0 } parentName
            ? new Unit(parentName, "CQCQ", Fallback(json.Place, "—"), "THỦ TRƯỞNG", UnitCategory.Other)
            : null;
        var abbreviation = symbol.Contains('-', StringComparison.Ordinal) ? symbol[(symbol.IndexOf('-', StringComparison.Ordinal) + 1)..] : symbol;
        return new Unit(Fallback(json.UnitName, json.IssuingBody), abbreviation, Fallback(json.Place, "—"), json.Signature?.Title ?? "THỦ TRƯỞNG", UnitCategory.Other, parent);
    }

    private static SignaturePrefix Prefix(string? text) => text?.Trim().TrimEnd('.').ToUpperInvariant() switch
    {
        null or "" => SignaturePrefix.None,
        "TM" => SignaturePrefix.OnBehalfOf,
        "KT" => SignaturePrefix.Deputy,
        "Q" => SignaturePrefix.Acting,
        "TL" => SignaturePrefix.ByOrder,
        "TUQ" => SignaturePrefix.ByDelegation,
        _ => throw new DomainRuleException($"Tiền tố chữ ký \"{text}\" không hợp lệ (TM., KT., Q., TL., TUQ.)."),
    };

    private static string Fallback(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    [GeneratedRegex(@"^(\d+)/(\S+)$")]
    private static partial Regex NumberPattern();
}
