using CchcPlanner.Common;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// The legal bases: paragraphs opening with <c>Căn cứ</c> or <c>Thực hiện</c>, each split at its top-level semicolons
/// into one basis per citation (Ninh Giang runs six into one sentence). A part opening with <c>thực hiện</c> or
/// <c>căn cứ</c> switches the verb for itself and the parts after it; a part citing nothing belongs to the one before.
/// </summary>
internal static class LegalBasisReader
{
    public const string BasedOn = "Căn cứ";
    public const string Implementing = "Thực hiện";

    /// <summary>Whether a paragraph before the body is a legal basis rather than the lead-in (<c>… như sau:</c>).</summary>
    public static bool IsBasis(string text) =>
        Verb(text) is not null && !text.TrimEnd().EndsWith(':') && FoldedWords.Find(FoldedWords.Of(text), "nhu sau") < 0;

    public static IEnumerable<LegalBasisJson> Read(string paragraph)
    {
        var verb = BasedOn;
        var bases = new List<(string Verb, string Text)>();
        foreach (var part in TopLevelParts(paragraph))
        {
            var text = part.Trim().TrimEnd('.', ';', ' ');
            if (Verb(text) is { } named)
            {
                verb = named.Verb;
                text = text[named.Length..].TrimStart(' ', ':', ',');
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (bases.Count > 0 && CitationFinder.Find(text).Count == 0)
            {
                bases[^1] = (bases[^1].Verb, $"{bases[^1].Text}; {text}");
                continue;
            }

            bases.Add((verb, text));
        }

        return bases.Select(b => new LegalBasisJson(b.Verb, b.Text, Citation(b.Text)));
    }

    /// <summary>The verb a text opens with and its length, or null.</summary>
    private static (string Verb, int Length)? Verb(string text)
    {
        var folded = VietnameseText.Fold(text.Length > 12 ? text[..12] : text);
        return folded.StartsWith("can cu", StringComparison.Ordinal) ? (BasedOn, 6)
            : folded.StartsWith("thuc hien", StringComparison.Ordinal) ? (Implementing, 9)
            : null;
    }

    /// <summary>The citation a basis opens with, when its text starts with it.</summary>
    private static CitationJson? Citation(string text) =>
        CitationFinder.Find(text) is [var first, ..] && first.Start <= 2 ? first.Citation : null;

    /// <summary>Parts between semicolons outside brackets and quotes.</summary>
    private static IEnumerable<string> TopLevelParts(string text)
    {
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
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
                case ';' when depth == 0 && !quoted:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return text[start..];
    }
}
