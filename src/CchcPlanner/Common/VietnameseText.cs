using System.Globalization;
using System.Text;

namespace CchcPlanner.Common;

/// <summary>Text as users read it: NFC-normalised, trimmed, upper-cased with the Vietnamese culture.</summary>
public static class VietnameseText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Normalises to NFC and trims; null and whitespace become an empty string.</summary>
    public static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? string.Empty : text.Normalize(NormalizationForm.FormC).Trim();

    /// <summary>Like <see cref="Clean"/> but keeps null for "not given".</summary>
    public static string? CleanOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Normalize(NormalizationForm.FormC).Trim();

    public static string Upper(string text) => Clean(text).ToUpper(Culture);

    /// <summary>Requires a non-empty value and returns it cleaned.</summary>
    public static string Required(string? text, string fieldName)
    {
        var cleaned = Clean(text);
        if (cleaned.Length == 0)
        {
            throw new DomainRuleException($"{fieldName} không được để trống.");
        }

        return cleaned;
    }

    /// <summary>Compares the way a Vietnamese reader orders names (ă after a, đ after d, tones last).</summary>
    public static int Compare(string? left, string? right) =>
        Culture.CompareInfo.Compare(left, right, CompareOptions.IgnoreCase);

    public static readonly StringComparer Comparer = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>Lower case without diacritics (đ becomes d), for searching: "nghi dinh" finds "Nghị định".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c == 'đ' ? 'd' : c);
            }
        }

        return folded.ToString();
    }

    /// <summary>Whether every word of <paramref name="query"/> occurs in <paramref name="text"/>, ignoring case and diacritics.</summary>
    public static bool MatchesAllWords(string? text, string? query)
    {
        var haystack = Fold(text);
        return Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => haystack.Contains(w, StringComparison.Ordinal));
    }
}
