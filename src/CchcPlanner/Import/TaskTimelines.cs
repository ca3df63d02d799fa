using System.Text.RegularExpressions;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>A task's timeline as <see cref="TaskJson"/> holds it.</summary>
internal sealed record TimelineParts(TimelineKind Kind, DateOnly? Due, int? Quarter)
{
    public static readonly TimelineParts Unspecified = new(TimelineKind.Unspecified, null, null);

    public string Name => PlanJsonWriter.Name(Kind);
}

/// <summary>
/// When a task is due, as plans write it: <c>Thường xuyên</c> (also <c>hằng quý</c>, <c>định kỳ</c>), <c>Quý II/2023</c>
/// (<c>quý 2</c>, the plan's year when none is given), <c>Trước ngày 30/6/2023</c>, <c>Tháng 6/2023</c> (its last day).
/// </summary>
internal static partial class TaskTimelines
{
    /// <summary>The timeline, or null when the text says something else (the caller warns).</summary>
    public static TimelineParts? Read(string? text, int planYear)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TimelineParts.Unspecified;
        }

        var folded = FoldedWords.Of(text);
        if (ImportDates.First(text) is { Success: true } date && ImportDates.Of(date) is { } due)
        {
            return new TimelineParts(TimelineKind.ByDate, due, null);
        }

        if (Quarter().Match(text) is { Success: true } quarter)
        {
            var number = quarter.Groups["q"].Value.ToUpperInvariant() switch
            {
                "I" or "1" => 1,
                "II" or "2" => 2,
                "III" or "3" => 3,
                _ => 4,
            };
            var year = ImportDates.Year(quarter.Groups["y"].Value) ?? planYear;
            return year is >= PlanYear.Earliest and <= PlanYear.Latest ? new TimelineParts(TimelineKind.Quarter, null, number) : null;
        }

        if (Month().Match(text) is { Success: true } month && int.TryParse(month.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
        {
            var year = ImportDates.Year(month.Groups["y"].Value) ?? planYear;
            return ImportDates.Create(year, m, DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), m)) is { } end
                ? new TimelineParts(TimelineKind.ByDate, end, null)
                : null;
        }

        return Ongoing.Any(words => FoldedWords.Find(folded, words) >= 0) ? new TimelineParts(TimelineKind.Ongoing, null, null) : null;
    }

    private static readonly string[] Ongoing =
        ["thuong xuyen", "lien tuc", "hang thang", "hang quy", "hang nam", "hang tuan", "dinh ky", "ca nam", "trong nam", "suot nam"];

    [GeneratedRegex(@"quý\s*(?<q>IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:/|năm)\s*(?<y>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"tháng\s*(?<m>\d{1,2})(?:\s*(?:/|năm)\s*(?<y>\d{4}))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Month();
}
