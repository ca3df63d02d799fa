using System.Text.RegularExpressions;
using CchcPlanner.Common;

namespace CchcPlanner.Import;

/// <summary>How a paragraph of the body is marked: <c>I.</c>, <c>1.</c> / <c>1.1.</c>, <c>a)</c>, <c>-</c>, <c>+</c>, or not at all.</summary>
internal enum LineMark
{
    Plain,
    Roman,
    Number,
    Letter,
    Dash,
    Plus,
}

/// <summary>A paragraph with its mark taken off: <c>1. Mục đích</c> → (Number, "1", "Mục đích").</summary>
internal sealed record MarkedLine(LineMark Mark, string Label, string Text, ImportLine Source)
{
    public int Index => Source.Index;

    /// <summary>The value of a Roman label (<c>IV</c> → 4), or 0.</summary>
    public int Roman => Mark == LineMark.Roman ? LineMarks.RomanValue(Label) : 0;

    /// <summary>Short and without a sentence's end: a heading rather than a statement.</summary>
    public bool ReadsAsHeading => Text.Length <= 160 && Text[^1] is not (';' or '.' or ',') || Text.EndsWith(':');
}

internal static partial class LineMarks
{
    public static MarkedLine Of(ImportLine line)
    {
        var text = line.Text;
        if (line.IsTableRow)
        {
            return new MarkedLine(LineMark.Plain, string.Empty, text, line);
        }

        if (Roman().Match(text) is { Success: true } roman && RomanValue(roman.Groups["n"].Value) > 0)
        {
            return new MarkedLine(LineMark.Roman, roman.Groups["n"].Value, roman.Groups["t"].Value, line);
        }

        if (Number().Match(text) is { Success: true } number)
        {
            return new MarkedLine(LineMark.Number, number.Groups["n"].Value, number.Groups["t"].Value, line);
        }

        if (Letter().Match(text) is { Success: true } letter)
        {
            return new MarkedLine(LineMark.Letter, letter.Groups["n"].Value, letter.Groups["t"].Value, line);
        }

        if (Plus().Match(text) is { Success: true } plus)
        {
            return new MarkedLine(LineMark.Plus, "+", plus.Groups["t"].Value, line);
        }

        return Dash().Match(text) is { Success: true } dash
            ? new MarkedLine(LineMark.Dash, "-", dash.Groups["t"].Value, line)
            : new MarkedLine(LineMark.Plain, string.Empty, text, line);
    }

    /// <summary>The value of a well-formed Roman numeral up to 39 (<c>IIII</c> and <c>VX</c> are none), or 0.</summary>
    public static int RomanValue(string text)
    {
        var value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var current = Digit(text[i]);
            var next = i + 1 < text.Length ? Digit(text[i + 1]) : 0;
            if (current == 0)
            {
                return 0;
            }

            value += current < next ? -current : current;
        }

        return value is > 0 and < 40 && RomanNumerals.Of(value) == text ? value : 0;

        static int Digit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
    }

    /// <summary>Whether every letter is upper case (<c>TM. ỦY BAN NHÂN DÂN</c>) and there are some.</summary>
    public static bool IsUpper(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    [GeneratedRegex(@"^(?<n>[IVX]{1,6})\s*[.):/-]\s*(?<t>\S.*)$")]
    private static partial Regex Roman();

    /// <summary><c>1.</c>, <c>1)</c>, <c>1/ </c>, <c>1.1.</c>, <c>1.1 </c>; a single level needs its mark (<c>3 tháng</c> is text).</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?<t>\S.*)$|^(?<n>\d{1,2})(?:[.)]|/(?=\s))(?:\s+|(?=\p{Lu}))(?<t>\S.*)$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<n>[a-zđ])\s?[).]\s+(?<t>\S.*)$")]
    private static partial Regex Letter();

    /// <summary><c>+ …</c>, and <c>- + …</c> as PDF converters leave a sub-item.</summary>
    [GeneratedRegex(@"^(?:[-–—]\s*)?\+\s*(?<t>\S.*)$")]
    private static partial Regex Plus();

    /// <summary><c>- …</c> and the bullets Word and converters print: – — • · ▪ ● ◦ ■ ➢ ► ✓ , and <c>*</c> from Markdown.</summary>
    [GeneratedRegex(@"^[-–—−•·▪●◦■□➢➤►✓✔√*\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0A8\uF06E\uF071]\s*(?<t>[^\s-].*)$")]
    private static partial Regex Dash();
}
