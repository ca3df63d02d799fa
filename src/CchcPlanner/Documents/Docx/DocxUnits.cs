using System.Globalization;
using System.Text;

namespace CchcPlanner.Documents.Docx;

/// <summary>WordprocessingML measures: twips (1/20 pt) for lengths, half-points for font sizes.</summary>
internal static class DocxUnits
{
    public const int A4ShortTwips = 11906;
    public const int A4LongTwips = 16838;

    public static int Twips(decimal mm) => (int)Math.Round(mm * 1440m / 25.4m, MidpointRounding.AwayFromZero);

    public static string TwipsText(decimal mm) => Twips(mm).ToString(CultureInfo.InvariantCulture);

    public static string HalfPoints(decimal pt) => ((int)Math.Round(pt * 2)).ToString(CultureInfo.InvariantCulture);

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Advance widths (1/1000 em) of Times New Roman Bold for U+0020–U+007E, taken from Liberation Serif Bold (same metrics).</summary>
    private static readonly short[] BoldWidths =
    [
        250, 333, 555, 500, 500, 1000, 833, 277, 333, 333, 500, 569, 250, 333, 250, 277, 500, 500, 500, 500, 500, 500, 500, 500,
        500, 500, 333, 333, 569, 569, 569, 500, 930, 722, 666, 722, 722, 666, 610, 777, 777, 389, 500, 777, 666, 943, 722, 777,
        610, 777, 722, 556, 666, 722, 722, 1000, 722, 722, 666, 333, 277, 333, 581, 500, 333, 500, 556, 443, 556, 443, 333, 500,
        556, 277, 333, 556, 277, 833, 556, 500, 556, 556, 443, 389, 333, 556, 500, 722, 500, 500, 443, 394, 220, 394, 520,
    ];

    /// <summary>
    /// The printed width of one line of bold Times New Roman text, so that the short rules under the issuing body, the
    /// motto and the summary can be sized to their text without a layout engine. A Vietnamese letter is as wide as its
    /// base letter (the diacritics sit above or below it), which is within a few percent for this font.
    /// </summary>
    public static int BoldTextTwips(string text, decimal pt)
    {
        var thousandths = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var letter = c switch { 'Đ' => 'D', 'đ' => 'd', _ => c };
            if (CharUnicodeInfo.GetUnicodeCategory(letter) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            thousandths += letter is >= ' ' and <= '~' ? BoldWidths[letter - ' '] : 500;
        }

        return (int)Math.Round(thousandths * pt * 20 / 1000m);
    }
}
