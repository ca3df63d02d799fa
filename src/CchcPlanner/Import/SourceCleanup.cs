using System.Text.RegularExpressions;

namespace CchcPlanner.Import;

/// <summary>
/// Cleans a source document: each paragraph (<see cref="TextCleaner.Line"/>), no empty paragraphs, rules, or page-break
/// artefacts (a page number alone on a line), and lines split mid-sentence joined again: a line that does not end a
/// sentence followed by one that starts in lower case is one paragraph (PDF converters break "tổ chức,\n\ncá nhân").
/// </summary>
internal static partial class SourceCleanup
{
    public static IReadOnlyList<SourceBlock> Clean(IEnumerable<SourceBlock> blocks)
    {
        var result = new List<SourceBlock>();
        var run = new List<SourceLine>();
        foreach (var block in blocks)
        {
            if (block is SourceLine line)
            {
                run.Add(line);
                continue;
            }

            result.AddRange(Lines(run, body: true));
            run.Clear();
            if (block is SourceTable table && Table(table) is { } cleaned)
            {
                result.Add(cleaned);
            }
        }

        result.AddRange(Lines(run, body: true));
        return result;
    }

    /// <summary>
    /// Cleaned, without artefacts, split sentences joined; lines of one cell or one run of body text. A number alone is
    /// a page number in the body but the TT column in a table.
    /// </summary>
    public static List<SourceLine> Lines(IEnumerable<SourceLine> lines, bool body)
    {
        var result = new List<SourceLine>();
        foreach (var line in lines)
        {
            var text = TextCleaner.Line(line.Text);
            if (text.Length == 0 || Rule().IsMatch(text) || body && PageNumber().IsMatch(text))
            {
                continue;
            }

            if (result.Count > 0 && Continues(result[^1].Text, text))
            {
                var previous = result[^1];
                result[^1] = new SourceLine($"{previous.Text} {text}", previous.Bold && line.Bold, previous.Italic && line.Italic);
                continue;
            }

            result.Add(line with { Text = text });
        }

        return result;
    }

    private static SourceTable? Table(SourceTable table)
    {
        var rows = table.Rows
            .Select(row => (IReadOnlyList<SourceCell>)row.Select(cell => cell with { Lines = Lines(cell.Lines, body: false) }).ToList())
            .Where(row => row.Any(cell => cell.Lines.Count > 0))
            .ToList();
        return rows.Count == 0 ? null : new SourceTable(rows);
    }

    /// <summary>Whether <paramref name="next"/> carries on the sentence <paramref name="previous"/> broke off.</summary>
    private static bool Continues(string previous, string next) =>
        char.IsLower(next[0]) && !EndsSentence(previous) && !LetterItem().IsMatch(next);

    /// <summary>A full stop, colon, question or exclamation mark; a semicolon only ends a clause ("…, không báo trước;\nđặc biệt …").</summary>
    private static bool EndsSentence(string text) => text[^1] is '.' or ':' or '!' or '?' or '…';

    /// <summary>Page numbers left by a page break: <c>2</c>, <c>- 2 -</c>, <c>Trang 2/8</c>.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}|[-–]\s*\d{1,3}\s*[-–]|(?:trang|page)\s*\d{1,3}(?:\s*(?:/|of|trên)\s*\d{1,3})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    /// <summary>Rules typed as characters (<c>______</c>, <c>-----</c>) and list marks with nothing after them.</summary>
    [GeneratedRegex(@"^[-_=*.~–—•+ ]+$")]
    private static partial Regex Rule();

    /// <summary><c>a) …</c>, <c>đ. …</c>: a list item, not the rest of a sentence.</summary>
    [GeneratedRegex(@"^[a-zđ][).]\s")]
    private static partial Regex LetterItem();
}
