using CchcPlanner.Plans;

namespace CchcPlanner.Dashboard;

/// <summary>
/// The reform area a KPI belongs to. A KPI carries no area of its own (plans print KPIs under their own headings, not
/// under the areas of Nghị quyết 76/NQ-CP), so it is read from the words of its heading and, failing that, of its text.
/// The first rule that matches wins; the order settles the common overlaps: a satisfaction rate about procedures is a
/// satisfaction KPI, an online service is digital government before it is a procedure, a legal-document review is
/// institutional. Matching is on lower-case text with its diacritics, so "tài chính" never matches "tái chính".
/// The rules are listed in docs/follow-up.md.
/// </summary>
public static class KpiAreas
{
    private static readonly (ReformArea Area, string[] Words)[] Rules =
    [
        (ReformArea.SatisfactionSurvey, ["hài lòng"]),
        (ReformArea.Institutions, ["văn bản quy phạm", "thể chế", "quy chế", "pháp luật"]),
        (ReformArea.DigitalGovernment, [
            "điện tử", "trực tuyến", "ký số", "số hóa", "số hoá", "chuyển đổi số", "phần mềm", "công nghệ thông tin", "cntt",
            "dịch vụ công", "học bạ số", "không dùng tiền mặt", "cơ sở dữ liệu", "chính quyền số", "chính phủ số"]),
        (ReformArea.AdministrativeProcedures, ["thủ tục hành chính", "tthc", "hồ sơ", "phản ánh, kiến nghị", "phản ánh kiến nghị", "một cửa"]),
        (ReformArea.Organisation, ["bộ máy", "biên chế", "vị trí việc làm", "sắp xếp", "tinh giản"]),
        (ReformArea.CivilService, ["công chức", "viên chức", "bồi dưỡng", "đào tạo", "kỷ luật", "công vụ", "đạo đức", "giáo viên"]),
        (ReformArea.PublicFinance, ["tài chính", "ngân sách", "tự chủ", "kinh phí", "học phí", "thu, chi", "thu chi"]),
        (ReformArea.Communication, ["tuyên truyền", "phổ biến", "tin, bài", "tin bài"]),
        (ReformArea.Direction, ["kế hoạch", "báo cáo", "kiểm tra", "chỉ đạo", "điều hành"]),
    ];

    public static ReformArea Of(string? group, string text) =>
        Match(group) ?? Match(text) ?? ReformArea.Other;

    /// <summary>A short column heading for the heat map.</summary>
    public static string ShortName(this ReformArea area) => area switch
    {
        ReformArea.Institutions => "Thể chế",
        ReformArea.AdministrativeProcedures => "Thủ tục hành chính",
        ReformArea.Organisation => "Tổ chức bộ máy",
        ReformArea.CivilService => "Chế độ công vụ",
        ReformArea.PublicFinance => "Tài chính công",
        ReformArea.DigitalGovernment => "Chính phủ số",
        ReformArea.Direction => "Chỉ đạo, điều hành",
        ReformArea.Communication => "Tuyên truyền",
        ReformArea.SatisfactionSurvey => "Sự hài lòng",
        _ => "Khác",
    };

    private static ReformArea? Match(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        var lower = words.Normalize().ToLowerInvariant();
        foreach (var (area, keys) in Rules)
        {
            if (keys.Any(k => lower.Contains(k, StringComparison.Ordinal)))
            {
                return area;
            }
        }

        return null;
    }
}
