using System.Text;
using System.Text.RegularExpressions;

namespace CchcPlanner.Import;

/// <summary>
/// Cleans text as it comes out of Word, PDF converters and Markdown exports: Unicode NFC (decomposed input happens),
/// one plain space for tabs, non-breaking and odd-width spaces, no zero-width characters or soft hyphens, no
/// <c>[bookmark: _Toc…]</c> or <c>[]{#…}</c> remnants, no <c>**bold**</c> and <c>*italic*</c> markers.
/// </summary>
internal static partial class TextCleaner
{
    /// <summary>One paragraph: its own text only, trimmed, spaces collapsed.</summary>
    public static string Line(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var normalised = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalised.Length);
        var space = false;
        foreach (var c in normalised)
        {
            if (IsSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            // Zero-width characters, soft hyphens and other invisible format characters carry nothing a reader sees.
            if (c is '\u00AD' or '\uFEFF' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control)
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        var cleaned = builder.ToString();
        return cleaned.Contains('[', StringComparison.Ordinal) ? Bookmark().Replace(cleaned, string.Empty).Trim() : cleaned;
    }

    /// <summary>
    /// Markdown and pandoc markers over a whole text file (bold may span lines: <c>**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**</c>),
    /// before it is split into lines.
    /// </summary>
    public static string Markdown(string text)
    {
        if (text.Contains('*', StringComparison.Ordinal))
        {
            text = Bold().Replace(text, "${t}").Replace("**", string.Empty, StringComparison.Ordinal);
            text = Italic().Replace(text, "${t}");
        }

        if (text.Contains('\\', StringComparison.Ordinal))
        {
            text = Escape().Replace(text, "${c}");
        }

        if (text.Contains('{', StringComparison.Ordinal))
        {
            text = Attributes().Replace(text, "${t}");
        }

        return text;
    }

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u3000' or '\u1680' || c is >= '\u2000' and <= '\u200A';

    /// <summary><c>[bookmark: _Toc123]</c> (docx2txt, LibreOffice) and <c>[]{#_Toc123 .anchor}</c> (pandoc).</summary>
    [GeneratedRegex(@"\[bookmark:[^\]]{0,200}\]|\[\]\{#[^}]{0,200}\}", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"\*\*(?<t>[^*]{1,600}?)\*\*")]
    private static partial Regex Bold();

    /// <summary>A pair of single stars around text, not a lone star as in a footnote mark <c>(*)</c>.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}*])\*(?<t>[^\s*](?:[^*\n]{0,600}?[^\s*])?)\*(?![\p{L}\p{N}*])")]
    private static partial Regex Italic();

    /// <summary>Markdown's escapes: <c>1\.</c>, <c>\-</c>, <c>\*</c>.</summary>
    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!>~])")]
    private static partial Regex Escape();

    /// <summary>pandoc's <c>[text]{.underline}</c>.</summary>
    [GeneratedRegex(@"\[(?<t>[^\]\n]{0,400})\]\{\.[a-z-]{1,30}\}")]
    private static partial Regex Attributes();
}
