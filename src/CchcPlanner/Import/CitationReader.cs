using System.Text.RegularExpressions;
using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// Reads the citations of one paragraph in two passes: first every number and symbol with the type word before it
/// (<c>Kế hoạch số</c>, <c>Quyết định</c>), then, knowing where the next citation starts, each one's date, issuer and
/// summary. A summary runs to the end of its clause (<c>;</c>, a full stop) or to the next citation listed beside it
/// (<c>, Nghị quyết số …</c>, <c>và Công văn số …</c>); a citation nested in it (<c>thực hiện Nghị quyết số …</c>) is
/// part of it, as in the trích yếu itself.
/// </summary>
internal static partial class CitationReader
{
    /// <summary>The type of a citation that names none and whose symbol names none either.</summary>
    public const string UnnamedType = "Văn bản";

    private const int MaxIssuerWords = 16;
    private const int MaxSummaryLength = 600;

    private static readonly Dictionary<string, LegalDocumentType> TypeWords = BuildTypeWords();

    /// <summary>Words that end an issuer: the summary's first word, or a preposition that cannot be part of a body's name.</summary>
    private static readonly string[] IssuerEnds =
    [
        "về", "ban hành", "phê duyệt", "hướng dẫn", "quy định", "sửa đổi", "bổ sung", "thực hiện", "triển khai", "trên", "v/v",
        "kèm theo", "và", "hoặc", "tại", "theo", "đã", "để", "nhằm", "với", "thông qua", "giai đoạn", "năm", "số", "ngày",
        "đối với", "trong", "cho", "là", "gồm", "do", "được", "có", "nay",
    ];

    /// <summary>Words a trích yếu starts with after the issuer (or after the date when no issuer is given).</summary>
    private static readonly string[] SummaryStarts =
    [
        "về việc", "về", "ban hành", "phê duyệt", "hướng dẫn", "quy định", "sửa đổi", "bổ sung", "thực hiện", "triển khai",
        "v/v", "thí điểm", "kéo dài", "bãi bỏ", "công bố", "đẩy mạnh", "tăng cường", "tiếp tục", "tổ chức", "giao",
    ];

    public static IReadOnlyList<FoundCitation> Read(string text, int paragraph)
    {
        if (text.Length == 0 || !text.Any(char.IsAsciiDigit))
        {
            return [];
        }

        var candidates = Candidates(text);
        var found = new List<FoundCitation>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var end = c.SymbolEnd;
            var date = ImportDates.At(text, end);
            DateOnly? issuedOn = null;
            if (date.Success)
            {
                issuedOn = ImportDates.Of(date);
                end = date.Index + date.Length;
            }

            if (Aside().Match(text, end) is { Success: true } aside)
            {
                end = aside.Index + aside.Length;
            }

            // A citation inside the aside is not the next one: the issuer may follow it ("(gọi tắt là …) của Chủ tịch …").
            var limit = candidates.Skip(i + 1).Select(n => n.Start).FirstOrDefault(s => s >= end, text.Length);
            var issuer = Issuer(text, ref end, limit);
            var summary = Summary(text, ref end, candidates, i);
            var citation = new CitationJson(c.Type, c.Symbol, issuedOn, issuer, summary);
            var length = Math.Max(end, c.SymbolEnd) - c.Start;
            found.Add(new FoundCitation(citation, paragraph, c.Start, length, text.Substring(c.Start, length).TrimEnd(' ', ',', ';', '.')));
        }

        return found;
    }

    /// <summary>The catalogue type a type word names: <c>Nghị quyết liên tịch</c> → Resolution; null for others (<c>Đề án</c>).</summary>
    public static LegalDocumentType? TypeNamed(string? word) =>
        TypeWords.TryGetValue(VietnameseText.Fold(word), out var type) ? type : null;

    private static List<Candidate> Candidates(string text)
    {
        var candidates = new List<Candidate>();
        foreach (Match match in Symbol().Matches(text))
        {
            var symbol = SymbolRules.Normalise(match.Value);
            if (SymbolRules.Parse(symbol) is not { } parts)
            {
                continue;
            }

            var from = Math.Max(0, match.Index - 70);
            var before = TypeBefore().Match(text, from, match.Index - from);
            var word = before.Groups["type"];
            var named = before.Success && (word.Success || before.Groups["so"].Success);

            // A bare symbol without a type word or "số" must be unmistakable: a type abbreviation, a party or an assembly's.
            if (!named && parts.Abbreviation is null && !parts.IsParty && !parts.IsNationalAssembly)
            {
                continue;
            }

            var start = named ? before.Index : match.Index;
            if (candidates.Count > 0 && start < candidates[^1].SymbolEnd)
            {
                start = match.Index;
            }

            var type = word.Success ? Canonical(word.Value) : TypeOfSymbol(text, match.Index, symbol, parts);
            candidates.Add(new Candidate(start, match.Index + match.Length, symbol, type));
        }

        return candidates;
    }

    private static string TypeOfSymbol(string text, int at, string symbol, SymbolParts parts)
    {
        if (parts.IsNationalAssembly)
        {
            // "Luật Tổ chức chính quyền địa phương số 77/2015/QH13": the name stands between the type and the number.
            var before = text[Math.Max(0, at - 120)..at];
            return before.Contains("Luật", StringComparison.Ordinal) ? "Luật" : before.Contains("Nghị quyết", StringComparison.OrdinalIgnoreCase) ? "Nghị quyết" : UnnamedType;
        }

        return SymbolRules.TypeOf(symbol) is { } type and not LegalDocumentType.Other ? type.ToVietnamese() : UnnamedType;
    }

    /// <summary>The issuer after <c>của</c>, up to a word that ends it, punctuation, the next citation, or sixteen words.</summary>
    private static string? Issuer(string text, ref int position, int limit)
    {
        var of = Of().Match(text, position);
        if (!of.Success || of.Index + of.Length > limit)
        {
            return null;
        }

        var start = of.Index + of.Length;
        var end = start;
        var at = start;
        for (var words = 0; at < limit && words < MaxIssuerWords; words++)
        {
            if (!char.IsLetterOrDigit(text[at]) || StartsWithAny(text, at, IssuerEnds))
            {
                break;
            }

            var wordEnd = at;
            while (wordEnd < limit && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            // Punctuation after a word ends the issuer with it ("của Chính phủ, …"); a dot inside one does not ("TP.HCM").
            var word = text[at..wordEnd];
            var clean = word.TrimEnd(',', ';', '.', ':', '(', ')', '“', '”', '"');
            end = at + clean.Length;
            if (clean.Length < word.Length)
            {
                break;
            }

            at = wordEnd;
            while (at < limit && text[at] == ' ')
            {
                at++;
            }
        }

        if (end == start)
        {
            return null;
        }

        position = end;
        return text[start..end];
    }

    private static string? Summary(string text, ref int position, List<Candidate> candidates, int index)
    {
        var start = position;
        while (start < text.Length && text[start] is ' ' or ',')
        {
            start++;
        }

        if (start >= text.Length || !StartsWithAny(text, start, SummaryStarts))
        {
            return null;
        }

        var end = SummaryEnd(text, start, candidates, index);
        var summary = Tidy(text[start..end]);
        position = end;
        return summary.Length == 0 || SummaryStarts.Contains(summary, StringComparer.Ordinal) ? null : summary;
    }

    /// <summary>Where a summary ends: its clause's <c>;</c> or full stop, or the next citation listed beside this one.</summary>
    private static int SummaryEnd(string text, int start, List<Candidate> candidates, int index)
    {
        var next = index + 1;
        var depth = 0;
        var quoted = false;
        var limit = Math.Min(text.Length, start + MaxSummaryLength);
        for (var j = start; j < limit; j++)
        {
            while (next < candidates.Count && candidates[next].Start < j)
            {
                next++;
            }

            if (next < candidates.Count && candidates[next].Start == j && Listed(text, start, j))
            {
                return j;
            }

            switch (text[j])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '“':
                    quoted = true;
                    break;
                case '”':
                    quoted = false;
                    break;
                case '"':
                    quoted = !quoted;
                    break;
                case ';' when depth == 0 && !quoted:
                    return j;
                case '.' when depth == 0 && !quoted && EndsSentence(text, j):
                    return j;
            }
        }

        return limit;
    }

    /// <summary>Whether the citation at <paramref name="at"/> is listed beside the current one (after a comma or "và").</summary>
    private static bool Listed(string text, int start, int at)
    {
        var before = text[start..at].TrimEnd();
        return before.EndsWith(',') || before.EndsWith(';') || before.EndsWith(" và", StringComparison.Ordinal)
            || before.EndsWith(" hoặc", StringComparison.Ordinal) || before.EndsWith(" cùng", StringComparison.Ordinal);
    }

    private static bool EndsSentence(string text, int at) =>
        at + 1 >= text.Length || text[at + 1] == '/' || text[at + 1] == ' ' && at + 2 < text.Length && (char.IsUpper(text[at + 2]) || text[at + 2] == '-');

    /// <summary>No trailing comma or "và", no unclosed bracket, no "(sau đây gọi tắt là …)".</summary>
    private static string Tidy(string summary)
    {
        summary = ShortName().Replace(summary, string.Empty);
        var open = summary.LastIndexOf('(');
        if (open >= 0 && summary.IndexOf(')', open) < 0)
        {
            summary = summary[..open];
        }

        summary = summary.Trim().TrimEnd(',', ';', ' ', '.');
        foreach (var tail in new[] { " và", " hoặc", " cùng" })
        {
            if (summary.EndsWith(tail, StringComparison.Ordinal))
            {
                summary = summary[..^tail.Length].TrimEnd(',', ' ');
            }
        }

        return summary;
    }

    /// <summary>Whether one of the lower-case words starts at <paramref name="at"/> as a whole word.</summary>
    private static bool StartsWithAny(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0
                && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static string Canonical(string word)
    {
        if (TypeNamed(word) is { } type)
        {
            return type.ToVietnamese();
        }

        var lower = word.ToLower(VietnameseText.Culture);
        return string.Concat(lower[..1].ToUpper(VietnameseText.Culture), lower.AsSpan(1));
    }

    private static Dictionary<string, LegalDocumentType> BuildTypeWords()
    {
        var words = Enum.GetValues<LegalDocumentType>()
            .Where(t => t != LegalDocumentType.Other)
            .ToDictionary(t => VietnameseText.Fold(t.ToVietnamese()), t => t, StringComparer.Ordinal);
        words["nghi quyet lien tich"] = LegalDocumentType.Resolution;
        words["thong tu lien tich"] = LegalDocumentType.Circular;
        return words;
    }

    private sealed record Candidate(int Start, int SymbolEnd, string Symbol, string Type);

    private const string Types =
        "Chương trình hành động|Chương trình|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|" +
        "Kế hoạch|Công văn|Công điện|Hướng dẫn|Thông báo|Thông tri|Báo cáo|Kết luận|Luật|Pháp lệnh|Tờ trình|Đề án|Quy định|Quy chế|Văn bản";

    /// <summary>
    /// A number and symbol: state (<c>76/NQ-CP</c>, <c>45/2016/QĐ-TTg</c>, <c>131/2020/QH14</c>, <c>2139/UBND-NV</c>,
    /// also typed <c>16 /KH-MNTH</c>) or party (<c>17-CT/TU</c>); checked by <see cref="SymbolRules.Parse"/> afterwards.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d/-])(?:\d{1,6}\s?/\s?(?:\d{4}\s?/\s?)?\p{L}[\p{L}\d&]*(?:[-.][\p{L}\d&]+)*|\d{1,6}-\p{L}+/[\p{L}\d&]+(?:[-.][\p{L}\d&]+)*)(?![\p{L}\d&/])")]
    private static partial Regex Symbol();

    /// <summary>The type word and <c>số</c> just before a symbol: <c>Kế hoạch số</c>, <c>Quyết định</c>, <c>số</c>.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?<type>" + Types + @")\s+(?<so>số\s*[:.]?\s*)?|(?<so>số\s*[:.]?\s*))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypeBefore();

    /// <summary>A bracketed aside right after the date: <c>(gọi tắt là Chỉ thị số 08/CT-UBND)</c>.</summary>
    [GeneratedRegex(@"\G\s*\([^()]{0,300}\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\G\s*,?\s*của\s+")]
    private static partial Regex Of();

    [GeneratedRegex(@"\s*\((?:sau đây )?(?:được )?gọi tắt là[^()]*\)?", RegexOptions.IgnoreCase)]
    private static partial Regex ShortName();
}
