namespace CchcPlanner.LegalDocuments;

/// <summary>Types of document a plan cites, with the name used in citations and the abbreviation used in symbols.</summary>
public enum LegalDocumentType
{
    Law = 0,
    Resolution = 1,
    Decree = 2,
    Decision = 3,
    Directive = 4,
    Circular = 5,
    Plan = 6,
    OfficialLetter = 7,
    Programme = 8,
    Guidance = 9,
    Notice = 10,
    Report = 11,
    ActionProgramme = 12,
    Conclusion = 13,
    Other = 14,
}

public static class LegalDocumentTypeNames
{
    /// <summary>The word that opens a citation: <c>Nghị quyết</c> số 76/NQ-CP.</summary>
    public static string ToVietnamese(this LegalDocumentType type) => type switch
    {
        LegalDocumentType.Law => "Luật",
        LegalDocumentType.Resolution => "Nghị quyết",
        LegalDocumentType.Decree => "Nghị định",
        LegalDocumentType.Decision => "Quyết định",
        LegalDocumentType.Directive => "Chỉ thị",
        LegalDocumentType.Circular => "Thông tư",
        LegalDocumentType.Plan => "Kế hoạch",
        LegalDocumentType.OfficialLetter => "Công văn",
        LegalDocumentType.Programme => "Chương trình",
        LegalDocumentType.Guidance => "Hướng dẫn",
        LegalDocumentType.Notice => "Thông báo",
        LegalDocumentType.Report => "Báo cáo",
        LegalDocumentType.ActionProgramme => "Chương trình hành động",
        LegalDocumentType.Conclusion => "Kết luận",
        _ => "Văn bản",
    };

    /// <summary>The abbreviation inside a symbol (NĐ 30/2020, Phụ lục III); null where the type has none.</summary>
    public static string? SymbolAbbreviation(this LegalDocumentType type) => type switch
    {
        LegalDocumentType.Resolution => "NQ",
        LegalDocumentType.Decree => "NĐ",
        LegalDocumentType.Decision => "QĐ",
        LegalDocumentType.Directive => "CT",
        LegalDocumentType.Circular => "TT",
        LegalDocumentType.Plan => "KH",
        LegalDocumentType.Programme => "CTr",
        LegalDocumentType.Guidance => "HD",
        LegalDocumentType.Notice => "TB",
        LegalDocumentType.Report => "BC",
        LegalDocumentType.ActionProgramme => "CTrHĐ",
        LegalDocumentType.Conclusion => "KL",
        _ => null,
    };
}
