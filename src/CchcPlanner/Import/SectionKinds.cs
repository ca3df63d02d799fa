using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Import;

/// <summary>
/// A section's kind from its heading's words, first match wins: <c>TỔ CHỨC THỰC HIỆN</c> before <c>MỤC ĐÍCH</c>
/// (which also reads <c>THỰC HIỆN</c>), <c>CHỈ TIÊU</c> before <c>MỤC TIÊU</c> (<c>MỤC TIÊU, CHỈ TIÊU</c> holds KPIs),
/// <c>MỤC ĐÍCH</c> before <c>YÊU CẦU</c> (<c>MỤC ĐÍCH YÊU CẦU</c> is the objectives).
/// </summary>
internal static class SectionKinds
{
    private static readonly (string Words, SectionKind Kind)[] Table =
    [
        ("to chuc thuc hien", SectionKind.Responsibilities),
        ("kinh phi", SectionKind.Budget),
        ("bao cao", SectionKind.Reporting),
        ("chi tieu", SectionKind.Kpis),
        ("muc tieu", SectionKind.Objectives),
        ("muc dich", SectionKind.Objectives),
        ("yeu cau", SectionKind.Requirements),
        ("nhiem vu", SectionKind.Tasks),
    ];

    public static SectionKind Of(string heading)
    {
        var folded = FoldedWords.Of(heading);
        foreach (var (words, kind) in Table)
        {
            if (FoldedWords.Find(folded, words) >= 0)
            {
                return kind;
            }
        }

        return SectionKind.Free;
    }
}

/// <summary>Whole words in text folded to lower case without diacritics (<see cref="VietnameseText.Fold"/>).</summary>
internal static class FoldedWords
{
    /// <summary>The folded text with a space at each end, so that every word has a boundary before and after it.</summary>
    public static string Of(string? text) => $" {VietnameseText.Fold(text)} ";

    /// <summary>Where <paramref name="words"/> start as whole words in <paramref name="folded"/> (from <see cref="Of"/>), or -1.</summary>
    public static int Find(string folded, string words)
    {
        for (var at = folded.IndexOf(words, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            if (!char.IsLetterOrDigit(folded[at - 1]) && !char.IsLetterOrDigit(folded[at + words.Length]))
            {
                return at;
            }
        }

        return -1;
    }
}

/// <summary>
/// A task group's reform area from its heading: the area named first wins (<c>chỉ đạo, điều hành và truyền thông</c>
/// is direction). The six areas of Nghị quyết 76/NQ-CP and the groups plans add beside them.
/// </summary>
internal static class ReformAreas
{
    private static readonly (string Words, ReformArea Area)[] Table =
    [
        ("the che", ReformArea.Institutions),
        ("thu tuc hanh chinh", ReformArea.AdministrativeProcedures),
        ("tthc", ReformArea.AdministrativeProcedures),
        ("to chuc bo may", ReformArea.Organisation),
        ("bo may", ReformArea.Organisation),
        ("cong vu", ReformArea.CivilService),
        ("cong chuc", ReformArea.CivilService),
        ("tai chinh cong", ReformArea.PublicFinance),
        ("dien tu", ReformArea.DigitalGovernment),
        ("chinh phu so", ReformArea.DigitalGovernment),
        ("chinh quyen so", ReformArea.DigitalGovernment),
        ("chuyen doi so", ReformArea.DigitalGovernment),
        ("chi dao", ReformArea.Direction),
        ("dieu hanh", ReformArea.Direction),
        ("tuyen truyen", ReformArea.Communication),
        ("truyen thong", ReformArea.Communication),
        ("hai long", ReformArea.SatisfactionSurvey),
        ("khao sat", ReformArea.SatisfactionSurvey),
    ];

    /// <summary>The area the text names first, or null when it names none.</summary>
    public static ReformArea? Of(string? text) => Find(text)?.Area;

    /// <summary>The area the text opens with (<c>Tuyên truyền, truyền thông về …</c>), or null.</summary>
    public static ReformArea? Opening(string? text) => Find(text) is { At: 1 } found ? found.Area : null;

    private static (ReformArea Area, int At)? Find(string? text)
    {
        var folded = FoldedWords.Of(text);
        ReformArea? found = null;
        var first = int.MaxValue;
        foreach (var (words, area) in Table)
        {
            var at = FoldedWords.Find(folded, words);
            if (at >= 0 && at < first)
            {
                (found, first) = (area, at);
            }
        }

        return found is { } named ? (named, first) : null;
    }
}
