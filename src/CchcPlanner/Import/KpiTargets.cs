using System.Globalization;
using System.Text.RegularExpressions;
using CchcPlanner.Plans;

namespace CchcPlanner.Import;

/// <summary>A KPI's measurable target as its sentence states it.</summary>
internal sealed record KpiTarget(Comparator Comparator, decimal? Target, string? Unit)
{
    public static readonly KpiTarget None = new(Comparator.None, null, null);
}

/// <summary>
/// Reads the first measurable target of a KPI sentence: a number with <c>%</c> or a counted unit (<c>01 sản phẩm</c>),
/// compared by the words just before it (<c>từ</c>, <c>ít nhất</c>, <c>trên</c>, <c>không quá</c>, <c>dưới</c> …) or after
/// it (<c>trở lên</c>, <c>trở xuống</c>); otherwise exactly. Numbers of symbols and dates are not targets.
/// </summary>
internal static partial class KpiTargets
{
    /// <summary>Longest first, so that <c>không dưới</c> is not read as <c>dưới</c>.</summary>
    private static readonly (string Words, Comparator Comparator)[] Before =
    [
        ("không vượt quá", Comparator.AtMost),
        ("không thấp hơn", Comparator.AtLeast),
        ("không nhiều hơn", Comparator.AtMost),
        ("không cao hơn", Comparator.AtMost),
        ("không ít hơn", Comparator.AtLeast),
        ("không dưới", Comparator.AtLeast),
        ("không quá", Comparator.AtMost),
        ("không vượt", Comparator.AtMost),
        ("tối thiểu", Comparator.AtLeast),
        ("ít nhất", Comparator.AtLeast),
        ("tối đa", Comparator.AtMost),
        ("nhiều hơn", Comparator.MoreThan),
        ("cao hơn", Comparator.MoreThan),
        ("thấp hơn", Comparator.LessThan),
        ("ít hơn", Comparator.LessThan),
        ("vượt", Comparator.MoreThan),
        ("trên", Comparator.MoreThan),
        ("hơn", Comparator.MoreThan),
        ("dưới", Comparator.LessThan),
        ("từ", Comparator.AtLeast),
    ];

    public static KpiTarget Read(string text)
    {
        foreach (Match match in Quantity().Matches(text))
        {
            if (ParseNumber(match.Groups["n"].Value) is not { } value)
            {
                continue;
            }

            var unit = match.Groups["u"].Value.ToLower(CultureInfo.InvariantCulture) is "%" or "phần trăm" ? "%" : match.Groups["u"].Value.ToLowerInvariant();
            var before = text[..match.Index].TrimEnd().ToLowerInvariant();
            var after = text[(match.Index + match.Length)..].TrimStart().ToLowerInvariant();
            var comparator = after.StartsWith("trở lên", StringComparison.Ordinal) ? Comparator.AtLeast
                : after.StartsWith("trở xuống", StringComparison.Ordinal) ? Comparator.AtMost
                : ComparatorBefore(before);
            return new KpiTarget(comparator, value, unit);
        }

        return KpiTarget.None;
    }

    /// <summary><c>99</c>, <c>99,5</c>, <c>99.5</c>, <c>1.000</c> (a thousand), <c>01</c>.</summary>
    public static decimal? ParseNumber(string text)
    {
        var normalised = ThousandsDot().IsMatch(text) ? text.Replace(".", string.Empty, StringComparison.Ordinal) : text.Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static Comparator ComparatorBefore(string text)
    {
        foreach (var (words, comparator) in Before)
        {
            if (EndsWithWord(text, words))
            {
                return comparator;
            }
        }

        return Comparator.Exactly;
    }

    private static bool EndsWithWord(string text, string words) =>
        text.EndsWith(words, StringComparison.Ordinal) && (text.Length == words.Length || !char.IsLetter(text[^(words.Length + 1)]));

    private const string Units =
        "%|phần trăm|sản phẩm|mô hình|sáng kiến|giải pháp|lớp|hội nghị|hội thi|cuộc|lượt|buổi|đợt|lần|bài viết|tin bài|bài|tin|" +
        "chuyên mục|chuyên đề|chuyên trang|văn bản|hồ sơ|thủ tục|dịch vụ|kế hoạch|báo cáo|đơn vị|cơ quan|người|cán bộ|" +
        "công chức|viên chức|học sinh|giáo viên|tiết|video|clip|ấn phẩm|tài liệu|pano|băng rôn|tờ rơi|phóng sự|cuộc thi";

    /// <summary>A number (not part of a symbol or date: no <c>/</c> around it) followed by its unit.</summary>
    [GeneratedRegex(@"(?<![\d/.,-])(?<n>\d{1,9}(?:[.,]\d{1,3})*)\s*(?<u>" + Units + @")(?![\p{L}\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex ThousandsDot();
}
