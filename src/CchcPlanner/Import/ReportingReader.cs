using System.Text.RegularExpressions;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// A reporting section (<c>CHẾ ĐỘ BÁO CÁO</c>): each line naming a period and a date is a deadline
/// (<c>Báo cáo quý I: Gửi trước ngày 01/3/2023</c>, <c>- Báo cáo 6 tháng: gửi Phòng Nội vụ trước ngày 01/6/2023.</c>);
/// the receiving unit is the one the line sends it to, or the one the section sends reports to. Other lines are text.
/// </summary>
internal static partial class ReportingReader
{
    public static List<ItemJson> Read(IReadOnlyList<MarkedLine> body, PlanParts parts)
    {
        var sectionUnit = body.Select(l => Unit(l.Text)).FirstOrDefault(u => u is not null);
        var items = new List<ItemJson>();
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (Deadline(line.Text, parts.Year) is not { } deadline)
            {
                items.Add(ItemReader.Item(body, i));
                continue;
            }

            var (name, period, due) = deadline;
            var unit = Unit(line.Text) ?? sectionUnit;
            if (unit is null)
            {
                parts.Warn(ImportWarningCodes.ReportingUnitMissing, $"\"{name}\" không ghi gửi cơ quan nào; hãy ghi nơi nhận báo cáo.", line.Index);
            }

            parts.Deadlines.Add(new DeadlineJson(name, PlanJsonWriter.Name(period), due, unit ?? string.Empty));
        }

        return items;
    }

    /// <summary>The report's name, period and due date, or null when the line does not give a period and a date.</summary>
    public static (string Name, ReportingPeriod Period, DateOnly Due)? Deadline(string text, int year)
    {
        if (Period(text) is not { } period || Due(text, year) is not { } due)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var name = colon is > 0 and <= 60 ? text[..colon].Trim() : $"Báo cáo {period.ToVietnamese().ToLower(Common.VietnameseText.Culture)}";
        return (name, period, due);
    }

    private static ReportingPeriod? Period(string text)
    {
        if (!FoldedWords.Of(text).Contains("bao cao", StringComparison.Ordinal))
        {
            return null;
        }

        if (Quarter().Match(text) is { Success: true } quarter)
        {
            return quarter.Groups["q"].Value.ToUpperInvariant() switch
            {
                "I" or "1" => ReportingPeriod.Quarter1,
                "II" or "2" => ReportingPeriod.Quarter2,
                "III" or "3" => ReportingPeriod.Quarter3,
                _ => ReportingPeriod.Quarter4,
            };
        }

        var folded = FoldedWords.Of(text);
        return FoldedWords.Find(folded, "6 thang") >= 0 || FoldedWords.Find(folded, "sau thang") >= 0 ? ReportingPeriod.FirstHalf
            : FoldedWords.Find(folded, "9 thang") >= 0 || FoldedWords.Find(folded, "chin thang") >= 0 ? ReportingPeriod.NineMonths
            : FoldedWords.Find(folded, "nam") >= 0 ? ReportingPeriod.Year
            : null;
    }

    /// <summary>The date after <c>trước ngày</c> (or the first date), with the plan's year when the text gives none.</summary>
    private static DateOnly? Due(string text, int year)
    {
        if (ImportDates.First(text) is { Success: true } full)
        {
            return ImportDates.Of(full);
        }

        var dayAndMonth = DayAndMonth().Match(text);
        return dayAndMonth.Success
            ? ImportDates.Create(year.ToString(System.Globalization.CultureInfo.InvariantCulture), dayAndMonth.Groups["m"].Value, dayAndMonth.Groups["d"].Value)
            : null;
    }

    /// <summary>The unit a line sends reports to: <c>gửi (về) Phòng Nội vụ Quận 1 trước ngày …</c>.</summary>
    private static string? Unit(string text) =>
        SendTo().Match(text) is { Success: true } match && match.Groups["u"].Value.Trim().TrimEnd('.', ',', ';') is { Length: > 1 } unit ? unit : null;

    [GeneratedRegex(@"quý\s*(?<q>IV|III|II|I|[1-4])(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?:trước|ngày|hạn|chậm nhất)\s*(?:ngày\s*)?(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})(?![\d/-]|\.\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayAndMonth();

    [GeneratedRegex(@"(?<![\p{L}])gửi\s+(?:báo cáo\s+)?(?:về\s+|đến\s+|cho\s+)?(?<u>(?:Phòng|Sở|Ủy ban|Uỷ ban|UBND|Văn phòng|Ban|Bộ|Trung tâm|Hội đồng|Thường trực)[^,;:()]*?)(?=\s+(?:trước|chậm nhất|trong|để|qua|theo|và|bằng|vào)\b|[,;:.()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SendTo();
}
