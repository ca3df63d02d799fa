using CchcPlanner.Common;

namespace CchcPlanner.LegalDocuments;

/// <summary>
/// An entry of the catalogue of documents that plans cite. The symbol (<c>76/NQ-CP</c>) is its identity.
/// A plan issued in the system gets an entry too (<see cref="SourcePlanId"/>), so that the units below can cite it.
/// </summary>
public sealed class LegalDocument
{
    private LegalDocument()
    {
        Symbol = Issuer = Summary = string.Empty;
    }

    public LegalDocument(LegalDocumentType type, string symbol, DateOnly issuedOn, string issuer, string summary)
        : this()
    {
        Type = type;
        Symbol = CleanSymbol(symbol);
        IssuedOn = issuedOn;
        Issuer = VietnameseText.Required(issuer, "Cơ quan ban hành");
        Summary = VietnameseText.Required(summary, "Trích yếu");
        InForce = true;
    }

    public int Id { get; private set; }

    public LegalDocumentType Type { get; private set; }

    /// <summary>Number and symbol without spaces: <c>76/NQ-CP</c>, <c>45/2016/QĐ-TTg</c>, <c>17-CT/TU</c>.</summary>
    public string Symbol { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>As written after <c>của</c>: <c>Chính phủ</c>, <c>Thủ tướng Chính phủ</c>, <c>Bộ Nội vụ</c>.</summary>
    public string Issuer { get; private set; }

    /// <summary>The trích yếu as it follows the issuer: <c>ban hành Chương trình …</c>, <c>về …</c>.</summary>
    public string Summary { get; private set; }

    public bool InForce { get; private set; }

    public int? ReplacedById { get; private set; }

    /// <summary>The plan this entry stands for, when it was issued in CchcPlanner.</summary>
    public int? SourcePlanId { get; private set; }

    /// <summary>The unit that issued it, when it is a unit of this system; units below it may cite it.</summary>
    public int? IssuingUnitId { get; private set; }

    /// <summary>The leading number of the symbol (<c>76</c> of <c>76/NQ-CP</c>), for search.</summary>
    public string Number => Symbol.Split('/', '-')[0];

    /// <summary>
    /// The citation in its official form:
    /// <c>Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình …</c>.
    /// </summary>
    public string CitationText => Citation(Type, Symbol, IssuedOn, Issuer, Summary);

    /// <summary>The official citation of the given parts; the catalogue's form shows it before the entry is saved.</summary>
    public static string Citation(LegalDocumentType type, string symbol, DateOnly issuedOn, string issuer, string summary) =>
        $"{type.ToVietnamese()} số {symbol} ngày {VietnameseDates.Citation(issuedOn)} của {issuer} {summary}";

    public void Correct(LegalDocumentType type, string symbol, DateOnly issuedOn, string issuer, string summary)
    {
        var cleanSymbol = CleanSymbol(symbol);
        var cleanIssuer = VietnameseText.Required(issuer, "Cơ quan ban hành");
        var cleanSummary = VietnameseText.Required(summary, "Trích yếu");
        Type = type;
        Symbol = cleanSymbol;
        IssuedOn = issuedOn;
        Issuer = cleanIssuer;
        Summary = cleanSummary;
    }

    public void MarkReplacedBy(LegalDocument replacement)
    {
        if (replacement == this || replacement.Id != 0 && replacement.Id == Id)
        {
            throw new DomainRuleException("Văn bản không thể thay thế chính nó.");
        }

        // Only the id is kept (there is no navigation), so an unsaved replacement would be recorded as id 0.
        if (replacement.Id == 0)
        {
            throw new DomainRuleException($"Văn bản thay thế {replacement.Symbol} phải được lưu vào danh mục trước.");
        }

        InForce = false;
        ReplacedById = replacement.Id;
    }

    public void MarkInForce()
    {
        InForce = true;
        ReplacedById = null;
    }

    public void LinkToPlan(int planId, int issuingUnitId)
    {
        SourcePlanId = planId;
        IssuingUnitId = issuingUnitId;
    }

    private static string CleanSymbol(string symbol)
    {
        var cleaned = VietnameseText.Required(symbol, "Số, ký hiệu").Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!cleaned.Contains('/', StringComparison.Ordinal) || !char.IsDigit(cleaned[0]))
        {
            throw new DomainRuleException("Số, ký hiệu phải có dạng số/ký hiệu, ví dụ 76/NQ-CP hoặc 17-CT/TU.");
        }

        return cleaned;
    }
}
