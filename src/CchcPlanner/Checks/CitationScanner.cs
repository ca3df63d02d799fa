using System.Globalization;
using System.Text.RegularExpressions;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Checks;

/// <summary>
/// The built-in <see cref="ICitationFinder"/>: a type word, an optional <c>số</c>, a symbol in one of the official forms
/// (<c>76/NQ-CP</c>, <c>45/2016/QĐ-TTg</c>, <c>52/2019/QH14</c>, <c>124-KH/TU</c>), then an optional date in words or
/// figures — blanks included (<c>ngày   tháng 3 năm 2023</c>) — and an optional issuer after <c>của</c>.
/// </summary>
public sealed partial class CitationScanner : ICitationFinder
{
    public static CitationScanner Instance { get; } = new();

    public IReadOnlyList<TextCitation> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TextCitation>();

        // Symbols first: they start with a digit, which the regex engine finds fast; then the type word just before.
        foreach (Match symbol in SymbolPattern().Matches(text))
        {
            if (At(text, symbol, requireType: true) is { } citation)
            {
                found.Add(citation);
            }
        }

        return found;
    }

    /// <summary>The first symbol in the official form from <paramref name="start"/> on, before <paramref name="end"/>.</summary>
    internal static Match? SymbolIn(string text, int start, int end) =>
        SymbolPattern().Match(text, start) is { Success: true } symbol && symbol.Index < end ? symbol : null;

    /// <summary>
    /// The citation around a symbol: the type word written before it (null when there is none; then, with
    /// <paramref name="requireType"/>, no citation), the date and the issuer after it.
    /// </summary>
    internal static TextCitation? At(string text, Match symbol, bool requireType)
    {
        var windowStart = Math.Max(0, symbol.Index - TypeWindow);
        var type = TypeBefore().Match(text, windowStart, symbol.Index - windowStart);
        if (!type.Success && requireType)
        {
            return null;
        }

        var start = type.Success ? type.Index : symbol.Index;
        var rest = DateAndIssuer().Match(text, symbol.Index + symbol.Length);
        var date = rest.Groups["date"];
        var end = date.Success ? date.Index + date.Length : symbol.Index + symbol.Length;
        var issuer = rest.Groups["issuer"].Success ? rest.Groups["issuer"].Value.Trim() : null;
        return new TextCitation(
            start,
            end - start,
            type.Success ? Spaces().Replace(type.Groups["type"].Value, " ") : null,
            SymbolRules.Normalise(symbol.Value),
            date.Success ? DateOf(rest) : null,
            date.Success ? date.Value.Trim().ReplaceLineEndings(" ") : null,
            issuer is { Length: > 0 and <= 120 } ? issuer : null);
    }

    private static DateOnly? DateOf(Match match)
    {
        var day = Number(match.Groups["d"]);
        var month = Number(match.Groups["m"]) ?? Number(match.Groups["m2"]);
        var year = Number(match.Groups["y"]) ?? Number(match.Groups["y2"]);
        return day is { } d && month is { } m && year is { } y && y is >= 1945 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private const string TypeWords =
        @"Luật|Nghị\s+quyết(?:\s+liên\s+tịch)?|Nghị\s+định|Quyết\s+định|Chỉ\s+thị|Thông\s+tư(?:\s+liên\s+tịch)?|Kế\s+hoạch|Công\s+văn"
        + @"|Chương\s+trình(?:\s+hành\s+động)?|Hướng\s+dẫn|Thông\s+báo|Báo\s+cáo|Kết\s+luận|Tờ\s+trình|Đề\s+án|Quy\s+chế|Quy\s+định|Công\s+điện|Văn\s+bản";

    private const string Symbol =
        @"\d+(?:/\d{4})?/[\p{L}\d&]+(?:[.\-][\p{L}\d&]+)*|\d+-\p{L}+/[\p{L}\d&]+(?:[.\-][\p{L}\d&]+)*";

    /// <summary>Blanks left for a date: spaces, dots, ellipses, underscores.</summary>
    private const string Blank = @"[\s.…_]*";

    private const string Date =
        @"ngày(?:" + Blank + @"(?<d>\d{1,2}))?" + Blank
        + @"(?:tháng(?:" + Blank + @"(?<m>\d{1,2}))?" + Blank + @"năm(?:\s*(?<y>\d{4}))?"
        + @"|[/\-](?:\s*(?<m2>\d{1,2}))?" + Blank + @"[/\-]\s*(?<y2>\d{4}))";

    /// <summary>Words that end an issuer: what follows it is the trích yếu or the next clause.</summary>
    private const string IssuerEnd =
        @"\s(?:về|ban\s+hành|quy\s+định|hướng\s+dẫn|phê\s+duyệt|sửa\s+đổi|thực\s+hiện|triển\s+khai|trên|tại|đối\s+với|và|thí\s+điểm)\s";

    /// <summary>How far before a symbol its type word and <c>số</c> may start.</summary>
    private const int TypeWindow = 60;

    [GeneratedRegex(@"(?<![\p{L}\d/.\-])(?:" + Symbol + @")(?![\p{L}\d/])")]
    private static partial Regex SymbolPattern();

    /// <summary>The type word (or two: <c>Thông báo kết luận</c>) and <c>số</c> that end where the symbol begins.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?<type>(?:" + TypeWords + @")(?:\s+(?:" + TypeWords + @"))?)\s+(?:số\s*:?\s*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypeBefore();

    [GeneratedRegex(
        @"\G(?:\s*,?\s*(?<date>" + Date + @"))?"
        + @"(?:\s+(?:của|do)\s+(?<issuer>(?:(?!" + IssuerEnd + @")[^;,.()“”""\n])+))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAndIssuer();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
