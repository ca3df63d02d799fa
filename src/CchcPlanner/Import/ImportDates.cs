using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPlanner.Import;

/// <summary>
/// Dates as plans write them: <c>15/7/2021</c> (also with <c>-</c> or <c>.</c>) and <c>ngày 15 tháng 7 năm 2021</c>.
/// A date that does not exist (<c>31/2/2021</c>) is no date.
/// </summary>
internal static partial class ImportDates
{
    public static DateOnly? Create(string? year, string? month, string? day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        return Create(y, m, d);
    }

    public static DateOnly? Create(int y, int m, int d) =>
        y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>The date a match of <see cref="Anywhere"/> or <see cref="Following"/> stands for.</summary>
    public static DateOnly? Of(Match match) =>
        match.Success ? Create(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value) : null;

    /// <summary>The first date in the text.</summary>
    public static Match First(string text) => Anywhere().Match(text);

    /// <summary>A date right at <paramref name="position"/>, after an optional comma and <c>ngày</c>.</summary>
    public static Match At(string text, int position) => Following().Match(text, position);

    /// <summary>A year standing alone (<c>năm 2023</c>, <c>/2023</c>), for plans whose date is left blank.</summary>
    public static int? Year(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200
            ? year
            : null;

    private const string Forms =
        @"(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s*(?:năm\s+|/\s*)(?<y>\d{4}))(?!\d)";

    [GeneratedRegex(@"(?<![\d/.-])" + Forms, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anywhere();

    [GeneratedRegex(@"\G\s*,?\s*(?:ngày\s*)?" + Forms, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Following();
}
