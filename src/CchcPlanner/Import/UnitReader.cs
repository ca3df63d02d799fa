using System.Text.RegularExpressions;
using CchcPlanner.Common;

namespace CchcPlanner.Import;

/// <summary>
/// The issuing unit's name. With a header, the upper-case issuing body and, as written in sentences, the same words
/// found in the text (<c>TRƯỜNG MẦM NON TUỔI HỒNG</c> → <c>Trường mầm non Tuổi Hồng</c>). Without one (a text export
/// that lost the header table), the unit the lead-in says draws up the plan, or the closing's <c>Kế hoạch … của …</c>.
/// </summary>
internal static partial class UnitReader
{
    public static (string IssuingBody, string? UnitName) Read(
        string? issuingBody, IReadOnlyList<ImportLine> lines, IReadOnlyList<string> leadIn, string closing, string title, List<ImportWarning> warnings)
    {
        if (issuingBody is { Length: > 0 })
        {
            return (issuingBody, AsWritten(issuingBody, lines));
        }

        var inferred = leadIn.Select(l => Drafter().Match(l)).FirstOrDefault(m => m.Success)?.Groups["unit"].Value
            ?? (Owner().Match(closing) is { Success: true } owner ? owner.Groups["unit"].Value : null)
            ?? (Owner().Match(title) is { Success: true } titled ? titled.Groups["unit"].Value : null);
        if (inferred is null)
        {
            warnings.Add(new ImportWarning(ImportWarningCodes.IssuingBodyMissing, "Không thấy tên cơ quan ban hành ở phần đầu văn bản; hãy nhập tên đơn vị."));
            return (string.Empty, null);
        }

        warnings.Add(new ImportWarning(
            ImportWarningCodes.UnitNameInferred,
            $"Phần đầu văn bản không có tên cơ quan ban hành; tên \"{inferred}\" được lấy từ nội dung kế hoạch."));
        return (VietnameseText.Upper(inferred), inferred);
    }

    /// <summary>The issuing body's words as a sentence writes them, when the text has them.</summary>
    private static string? AsWritten(string issuingBody, IReadOnlyList<ImportLine> lines)
    {
        var compare = VietnameseText.Culture.CompareInfo;
        foreach (var line in lines)
        {
            if (LineMarks.IsUpper(line.Text))
            {
                continue;
            }

            var at = compare.IndexOf(line.Text, issuingBody, System.Globalization.CompareOptions.IgnoreCase);
            if (at >= 0 && at + issuingBody.Length <= line.Text.Length)
            {
                var found = line.Text.Substring(at, issuingBody.Length);
                if (char.IsUpper(found[0]) && !LineMarks.IsUpper(found))
                {
                    return found;
                }
            }
        }

        return null;
    }

    private const string UnitWords = "Trường|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Phòng|Sở|Ban|Văn phòng|Trung tâm|Bệnh viện|Chi cục|Cục|Bộ|Hội đồng|Đài|Thanh tra";

    /// <summary><c>…, Trường mầm non Tuổi Hồng xây dựng Kế hoạch …</c>.</summary>
    [GeneratedRegex(@"(?<unit>(?<!\p{L})(?:" + UnitWords + @")(?:\s+[^\s,;:.]+){0,10}?)\s+(?:xây dựng|ban hành|triển khai)\s+(?:Kế hoạch|kế hoạch)")]
    private static partial Regex Drafter();

    /// <summary><c>Kế hoạch … của Trường mầm non Tuổi Hồng,</c>, <c>… tại Trường mầm non Tuổi Hồng năm 2023</c>.</summary>
    [GeneratedRegex(@"(?:của|tại)\s+(?<unit>(?<!\p{L})(?:" + UnitWords + @")(?:\s+[^\s,;:.]+){0,10}?)(?=\s*[,.;]|\s+năm\s|\s+đề nghị|\s*$)")]
    private static partial Regex Owner();
}
