using System.Text;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>A word as <c>pdftotext -bbox-layout</c> places it, in millimetres from the page's top left corner.</summary>
internal sealed record PdfWord(string Text, double Left, double Top, double Right, double Bottom)
{
    public double CentreX => (Left + Right) / 2;
}

/// <summary>A line of words; lines of the same <see cref="Block"/> belong to one paragraph or cell as poppler sees it.</summary>
internal sealed record PdfLine(int Block, IReadOnlyList<PdfWord> Words)
{
    public double Left => Words.Min(w => w.Left);

    public double Right => Words.Max(w => w.Right);

    public double Top => Words.Min(w => w.Top);

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

/// <summary>One page of a PDF: its size and its lines in poppler's reading order, in millimetres.</summary>
internal sealed record PdfPage(int Number, double WidthMm, double HeightMm, IReadOnlyList<PdfLine> Lines)
{
    public bool IsLandscape => WidthMm > HeightMm;

    public IEnumerable<PdfWord> Words => Lines.SelectMany(l => l.Words);

    /// <summary>Lines that start below <paramref name="topMm"/>: the page without the number in its top margin.</summary>
    public IEnumerable<PdfLine> LinesBelow(double topMm) => Lines.Where(l => l.Top >= topMm - 1);

    /// <summary>The words below the top margin joined by single spaces, in Unicode NFC.</summary>
    public string TextBelow(double topMm) => Join(LinesBelow(topMm));

    /// <summary>
    /// Lines joined as a reader reads them: by a space, except after a word broken at its hyphen
    /// (<c>Nghị định số 1085/QĐ-</c> at a line end, <c>TTg</c> on the next); in Unicode NFC.
    /// </summary>
    public static string Join(IEnumerable<PdfLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var brokenAtHyphen = text.Length > 1 && text[^1] == '-' && text[^2] != ' ';
            text.Append(text.Length == 0 || brokenAtHyphen ? string.Empty : " ").Append(line.Text);
        }

        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The text of the top margin (the page number, if any).</summary>
    public string TextAbove(double topMm) => string.Join(' ', Lines.Where(l => l.Top < topMm - 1).Select(l => l.Text));
}
