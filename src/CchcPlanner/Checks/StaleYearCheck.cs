using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.Common;
using CchcPlanner.Plans.Creation;

namespace CchcPlanner.Checks;

/// <summary>
/// <c>stale-year</c>: <c>năm 2022</c> in a 2023 plan where the plan's own year is meant (<c>chủ đề công tác năm 2022</c>,
/// <c>Kế hoạch CCHC năm 2022</c>) — last year's text copied forward. Not a year in a symbol or a cited date, a period
/// (<c>giai đoạn 2021 - 2025</c>, <c>năm 2021-2025</c>), the clause of a citation (the summary of the document cited),
/// a comparison or a look back (<c>so với năm 2022</c>, <c>kết quả năm 2022</c>, <c>từ năm 2021</c>), nor anything in
/// the legal bases, where the parent plan of the year before is rightly cited.
/// </summary>
internal sealed partial class StaleYearCheck : IPlanCheck
{
    /// <summary>How far back a year is still taken for a copy: older years are history, not last year's plan.</summary>
    private const int Lookback = 3;

    private static readonly string[] LookBackWords = ["so voi", "ket qua", "tong ket", "so ket", "cung ky", "danh gia"];

    private static readonly string[] WordsBefore = ["tu", "ke tu", "truoc", "sau", "den", "toi", "giai doan", "nhu"];

    public void Run(CheckInput input, FindingList findings)
    {
        var year = input.Plan.Year;
        var citationsBySubject = input.Citations.ToLookup(c => c.Subject, StringComparer.Ordinal);
        foreach (var text in input.Texts.Where(t => t.IsProse && !t.IsLegalBasis))
        {
            var clean = text.Text.Normalize(NormalizationForm.FormC);
            foreach (Match match in YearWord().Matches(clean))
            {
                var named = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (named >= year || named < year - Lookback || IsNotThePlansYear(clean, match, citationsBySubject[text.Subject]))
                {
                    continue;
                }

                var shown = named.ToString(CultureInfo.InvariantCulture);
                findings.Add(
                    CheckCodes.StaleYear,
                    FindingSeverity.Warning,
                    $"“{match.Value}” trong kế hoạch năm {year.ToString(CultureInfo.InvariantCulture)}: nếu đây là năm của kế hoạch thì phải là năm {year.ToString(CultureInfo.InvariantCulture)} (có thể chép từ kế hoạch năm {shown}).",
                    text.Subject,
                    YearMentions.Snippet(clean, match.Groups["year"].Index),
                    match.Index);
            }
        }
    }

    private static bool IsNotThePlansYear(string text, Match match, IEnumerable<CitedDocument> citations)
    {
        var before = text[..match.Index];
        var after = text[(match.Index + match.Length)..];
        if (DateBefore().IsMatch(before) || RangeAfter().IsMatch(after) || RangeBefore().IsMatch(before))
        {
            return true;
        }

        var clauseStart = ClauseStart(before);
        if (citations.Any(c => c.Citation.Index >= clauseStart && c.Citation.Index < match.Index))
        {
            return true;
        }

        var clause = VietnameseText.Fold(before[clauseStart..]);
        var lastWords = " " + string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(2));
        return LookBackWords.Any(w => clause.Contains(w, StringComparison.Ordinal))
            || WordsBefore.Any(w => lastWords.EndsWith(" " + w, StringComparison.Ordinal));
    }

    /// <summary>Where the clause holding the year begins: after the last <c>;</c>, <c>:</c>, line break or full stop.</summary>
    private static int ClauseStart(string before)
    {
        var start = before.LastIndexOfAny([';', ':', '\n']) + 1;
        var stop = before.LastIndexOf(". ", StringComparison.Ordinal);
        return Math.Max(start, stop < 0 ? 0 : stop + 2);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])năm\s+(?<year>\d{4})(?![\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();

    /// <summary><c>ngày 15 tháng 7 </c>, <c>tháng 3 </c>, <c>ngày   tháng   </c> just before: a date, not the plan's year.</summary>
    [GeneratedRegex(@"(?:ngày|tháng)[\s\d.…_/]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateBefore();

    /// <summary><c>năm 2021 - 2025</c>, <c>năm 2021 đến năm 2025</c>.</summary>
    [GeneratedRegex(@"^\s*(?:[-–]\s*(?:năm\s+)?\d{4}|đến\s+(?:năm\s+)?\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeAfter();

    /// <summary><c>2021 - năm 2025</c>: the second year of a period.</summary>
    [GeneratedRegex(@"\d{4}\s*[-–]\s*$")]
    private static partial Regex RangeBefore();
}
