using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPlanner.Plans.Creation;

/// <summary>
/// Years named in a plan's text, told apart by what they belong to. A year on its own (<c>năm 2023</c>) is the plan's
/// and moves with it; a year inside a document symbol (<c>62/2020/NĐ-CP</c>), a date of a cited document
/// (<c>ngày 15 tháng 7 năm 2021</c>, <c>05/01/2023</c>) or a period (<c>giai đoạn 2021 - 2025</c>) belongs to that
/// document or period and never moves: changing it would cite a document that does not exist.
/// </summary>
public static partial class YearMentions
{
    /// <summary>
    /// Replaces <paramref name="from"/> by <paramref name="to"/> where it stands as the plan's own year. A school year
    /// that contains it (<c>năm học 2023 - 2024</c>) moves whole, so that it stays a school year.
    /// </summary>
    public static string Move(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (from == to)
        {
            return text;
        }

        return YearOrSchoolYear().Replace(text, match =>
        {
            if (match.Groups["first"].Success)
            {
                var (first, second) = (Number(match.Groups["first"].Value), Number(match.Groups["second"].Value));
                return second == first + 1 && (first == from || second == from)
                    ? $"{match.Groups["lead"].Value}{Text(first + to - from)}{match.Groups["dash"].Value}{Text(second + to - from)}"
                    : match.Value;
            }

            return Number(match.Value) == from && IsOwnYear(text, match.Index) ? Text(to) : match.Value;
        });
    }

    /// <summary>
    /// Where <paramref name="text"/> still names <paramref name="year"/>, as a reader would see it: anywhere except
    /// inside a document symbol. Dates and periods count, since a date of last year is worth a second look.
    /// </summary>
    public static int? FirstMention(string text, int year)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in StandaloneYear().Matches(text))
        {
            if (Number(match.Value) == year && !IsInSymbol(text, match.Index))
            {
                return match.Index;
            }
        }

        return null;
    }

    /// <summary>About <paramref name="width"/> characters either side of <paramref name="index"/>, cut at word breaks.</summary>
    public static string Snippet(string text, int index, int width = 40)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Max(0, index - width);
        var end = Math.Min(text.Length, index + 4 + width);
        if (start > 0 && text.IndexOf(' ', start, index - start) is var space and >= 0)
        {
            start = space + 1;
        }

        if (end < text.Length && text.LastIndexOf(' ', end - 1, end - index - 4) is var last and >= 0)
        {
            end = last;
        }

        var middle = text[start..end].Trim();
        return (start > 0 ? "…" : string.Empty) + middle + (end < text.Length ? "…" : string.Empty);
    }

    /// <summary>Not part of a symbol, a date or a period: the plan's own year.</summary>
    private static bool IsOwnYear(string text, int index)
    {
        var before = text[..index];
        var after = text[(index + 4)..];
        return !IsInSymbol(text, index)
            && !DateOrNumberBefore().IsMatch(before)
            && !CitedDateBefore().IsMatch(before)
            && !RangeBefore().IsMatch(before)
            && !RangeAfter().IsMatch(after);
    }

    /// <summary><c>62/2020/NĐ-CP</c>: the year of a symbol is followed by the rest of the symbol.</summary>
    private static bool IsInSymbol(string text, int index) => index + 4 < text.Length && text[index + 4] == '/';

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<lead>năm học\s+)(?<first>\d{4})(?<dash>\s*[-–]\s*)(?<second>\d{4})(?!\d)|(?<!\d)\d{4}(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOrSchoolYear();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex StandaloneYear();

    /// <summary><c>05/01/</c>, <c>15.7.</c>, <c>12-</c> just before the year: a date or a number, not the plan's year.</summary>
    [GeneratedRegex(@"\d[/.\-]$")]
    private static partial Regex DateOrNumberBefore();

    [GeneratedRegex(@"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CitedDateBefore();

    [GeneratedRegex(@"\d{4}\s*[-–]\s*$")]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"^\s*[-–]\s*\d{4}")]
    private static partial Regex RangeAfter();
}
