using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Checks;

/// <summary>The type word of a citation (<c>Nghị định</c>, <c>Thông tư liên tịch</c>) as a catalogue type.</summary>
public static class CitationTypes
{
    private static readonly Dictionary<string, LegalDocumentType> ByFoldedWord = new(StringComparer.Ordinal)
    {
        ["luat"] = LegalDocumentType.Law,
        ["nghi quyet"] = LegalDocumentType.Resolution,
        ["nghi quyet lien tich"] = LegalDocumentType.Resolution,
        ["nghi dinh"] = LegalDocumentType.Decree,
        ["quyet dinh"] = LegalDocumentType.Decision,
        ["chi thi"] = LegalDocumentType.Directive,
        ["thong tu"] = LegalDocumentType.Circular,
        ["thong tu lien tich"] = LegalDocumentType.Circular,
        ["ke hoach"] = LegalDocumentType.Plan,
        ["cong van"] = LegalDocumentType.OfficialLetter,
        ["chuong trinh"] = LegalDocumentType.Programme,
        ["chuong trinh hanh dong"] = LegalDocumentType.ActionProgramme,
        ["huong dan"] = LegalDocumentType.Guidance,
        ["thong bao"] = LegalDocumentType.Notice,
        ["bao cao"] = LegalDocumentType.Report,
        ["ket luan"] = LegalDocumentType.Conclusion,
    };

    /// <summary>The type; <see cref="LegalDocumentType.Other"/> for words the catalogue has no type for (Tờ trình, Đề án …).</summary>
    public static LegalDocumentType Parse(string typeWord)
    {
        var folded = string.Join(' ', VietnameseText.Fold(typeWord).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return ByFoldedWord.GetValueOrDefault(folded, LegalDocumentType.Other);
    }

    /// <summary>The type named in a JSON citation (<c>"type": "Kế hoạch"</c>); null when it names none.</summary>
    public static LegalDocumentType? FromJson(string? type) =>
        string.IsNullOrWhiteSpace(type) ? null : Parse(type) is var parsed && parsed != LegalDocumentType.Other ? parsed : null;
}
