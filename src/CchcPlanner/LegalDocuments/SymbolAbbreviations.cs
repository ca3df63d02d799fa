using CchcPlanner.Common;

namespace CchcPlanner.LegalDocuments;

/// <summary>A type abbreviation as written in symbols, the type's name, and the catalogue types it may stand for.</summary>
public sealed record SymbolAbbreviation(string Text, string Name, IReadOnlyList<LegalDocumentType> Types);

/// <summary>
/// The type abbreviations of Nghị định 30/2020/NĐ-CP, Phụ lục III, and of party documents (Hướng dẫn 36-HD/VPTW).
/// Those whose type the catalogue has no own entry for (tờ trình, đề án …) fit only <see cref="LegalDocumentType.Other"/>.
/// </summary>
public static class SymbolAbbreviations
{
    public static IReadOnlyList<SymbolAbbreviation> All { get; } =
    [
        new("NQ", "Nghị quyết", [LegalDocumentType.Resolution]),
        new("NQLT", "Nghị quyết liên tịch", [LegalDocumentType.Resolution]),
        new("NĐ", "Nghị định", [LegalDocumentType.Decree]),
        new("QĐ", "Quyết định", [LegalDocumentType.Decision]),
        new("CT", "Chỉ thị", [LegalDocumentType.Directive]),
        new("TT", "Thông tư", [LegalDocumentType.Circular]),
        new("TTLT", "Thông tư liên tịch", [LegalDocumentType.Circular]),
        new("KH", "Kế hoạch", [LegalDocumentType.Plan]),

        // Party action programmes are numbered both -CTr/TU and -CTrHĐ/TU.
        new("CTr", "Chương trình", [LegalDocumentType.Programme, LegalDocumentType.ActionProgramme]),
        new("CTrHĐ", "Chương trình hành động", [LegalDocumentType.ActionProgramme]),
        new("HD", "Hướng dẫn", [LegalDocumentType.Guidance]),
        new("TB", "Thông báo", [LegalDocumentType.Notice]),
        new("BC", "Báo cáo", [LegalDocumentType.Report]),
        new("KL", "Kết luận", [LegalDocumentType.Conclusion]),

        // A state công văn carries no abbreviation (2139/UBND-NV); a party one does (125-CV/TU).
        new("CV", "Công văn", [LegalDocumentType.OfficialLetter]),
        new("TTr", "Tờ trình", [LegalDocumentType.Other]),
        new("ĐA", "Đề án", [LegalDocumentType.Other]),
        new("DA", "Dự án", [LegalDocumentType.Other]),
        new("PA", "Phương án", [LegalDocumentType.Other]),
        new("QC", "Quy chế", [LegalDocumentType.Other]),
        new("QyĐ", "Quy định", [LegalDocumentType.Other]),
        new("QĐi", "Quy định", [LegalDocumentType.Other]),
        new("CĐ", "Công điện", [LegalDocumentType.Other]),
        new("BB", "Biên bản", [LegalDocumentType.Other]),
        new("HĐ", "Hợp đồng", [LegalDocumentType.Other]),
    ];

    /// <summary>
    /// The abbreviation a token stands for: as written, then ignoring case (<c>nq</c>), then ignoring the stroke of Đ
    /// (<c>ND</c>, typed on a keyboard without Vietnamese input); null when it is none (a body: <c>UBND</c>).
    /// </summary>
    public static SymbolAbbreviation? Find(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        return All.FirstOrDefault(a => string.Equals(a.Text, token, StringComparison.Ordinal))
            ?? All.FirstOrDefault(a => string.Equals(a.Text, token, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(a => string.Equals(VietnameseText.Fold(a.Text), VietnameseText.Fold(token), StringComparison.Ordinal));
    }
}
