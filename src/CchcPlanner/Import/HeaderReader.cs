using System.Text.RegularExpressions;
using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Import;

/// <summary>The header as read: bodies, number and symbol, place and date (each null when the text has none).</summary>
internal sealed record PlanHeader(
    string? ParentBody, string? IssuingBody, int? Number, string? NumberText, string? Symbol, string? Place, DateOnly? IssuedOn, int? Year,
    int? NumberLine);

/// <summary>
/// The lines above <c>KẾ HOẠCH</c>: the parent and issuing bodies (upper-case lines before <c>Số:</c>; in a DOCX the
/// issuing body is the bold one), <c>Số: 16/KH-MNTH</c> (<c>Số:   /KH-SGDĐT</c> has no number yet), and
/// <c>Quận 1, ngày 01 tháng 02 năm 2023</c> (<c>ngày   tháng 3 năm 2023</c> has no date yet). The national title and
/// motto are skipped, also when a text export puts them on the line of a body.
/// </summary>
internal static partial class HeaderReader
{
    public static PlanHeader Read(IReadOnlyList<ImportLine> lines)
    {
        var bodies = new List<ImportLine>();
        int? number = null;
        string? numberText = null, symbol = null, place = null;
        DateOnly? issuedOn = null;
        int? year = null, numberLine = null;
        foreach (var line in lines)
        {
            var text = NationalTitle().Replace(line.Text, " ").Trim();
            if (Number().Match(text) is { Success: true } n && symbol is null)
            {
                symbol = SymbolRules.Normalise(n.Groups["s"].Value);
                numberText = n.Groups["n"].Value;
                number = int.TryParse(numberText, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
                numberLine = line.Index;
                text = text[(n.Index + n.Length)..].Trim();
            }

            if (PlaceAndDate().Match(text) is { Success: true } d && place is null)
            {
                place = d.Groups["place"].Value.Trim().TrimEnd(',').Trim();
                issuedOn = ImportDates.Create(d.Groups["y"].Value, d.Groups["m"].Value, d.Groups["d"].Value);
                year = ImportDates.Year(d.Groups["y"].Value);
                text = text[..d.Index].Trim();
            }

            if (symbol is null && text.Length > 1 && LineMarks.IsUpper(text))
            {
                bodies.Add(line with { Text = text });
            }
        }

        var (parent, issuing) = Bodies(bodies);
        return new PlanHeader(parent, issuing, number, number is null ? null : numberText, symbol, place is { Length: > 0 } ? place : null, issuedOn, year, numberLine);
    }

    /// <summary>
    /// The issuing body is the last upper-case line, with the line before it when that one only says which committee
    /// (<c>ỦY BAN NHÂN DÂN</c> / <c>HUYỆN NINH GIANG</c>) or when both are bold; the lines above it are the parent body.
    /// </summary>
    private static (string? Parent, string? Issuing) Bodies(List<ImportLine> bodies)
    {
        if (bodies.Count == 0)
        {
            return (null, null);
        }

        var issuingFrom = bodies.Count - 1;
        var boldKnown = bodies.Any(b => b.Bold) && bodies.Any(b => !b.Bold);
        while (issuingFrom > 0 && (boldKnown ? bodies[issuingFrom - 1].Bold : Continues(bodies[issuingFrom - 1].Text, bodies[issuingFrom].Text)))
        {
            issuingFrom--;
        }

        var parent = issuingFrom == 0 ? null : string.Join(' ', bodies.Take(issuingFrom).Select(b => b.Text));
        return (parent, string.Join(' ', bodies.Skip(issuingFrom).Select(b => b.Text)));
    }

    /// <summary><c>ỦY BAN NHÂN DÂN</c> followed by <c>HUYỆN NINH GIANG</c>: one name over two lines.</summary>
    private static bool Continues(string first, string second)
    {
        var firstWords = FoldedWords.Of(first).Trim();
        return firstWords is "uy ban nhan dan" or "hoi dong nhan dan" or "ubnd" or "hdnd"
            && Place().IsMatch(VietnameseText.Fold(second));
    }

    [GeneratedRegex(@"^(?:huyen|quan|tinh|thanh pho|thi xa|thi tran|xa|phuong|tp)\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+HOÀ\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", RegexOptions.IgnoreCase)]
    private static partial Regex NationalTitle();

    /// <summary><c>Số: 16/KH-MNTH</c>, <c>Số 16 /KH-MNTH</c>, <c>Số:   /KH-SGDĐT</c>.</summary>
    [GeneratedRegex(@"(?<![\p{L}])Số\s*[:.]?\s*(?<n>\d{0,6})\s*/\s*(?<s>[\p{L}\d][\p{L}\d&.-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    /// <summary><c>Quận 1, ngày 01 tháng 02 năm 2023</c>; day and month may be blank, or written <c>01/02/2023</c>.</summary>
    [GeneratedRegex(@"(?<place>[\p{L}\d][^,]{0,60}?)\s*,\s*ngày\s*(?<d>\d{1,2})?\s*(?:tháng|[/.-])\s*(?<m>\d{1,2})?\s*(?:năm|[/.-])\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAndDate();
}
