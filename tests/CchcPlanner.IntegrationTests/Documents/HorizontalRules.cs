using System.Globalization;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>A horizontal line drawn on a page (a rule under the motto, the issuing body, the summary), in millimetres.</summary>
internal sealed record HorizontalRule(double Left, double Right, double Y)
{
    public double Length => Right - Left;

    public double CentreX => (Left + Right) / 2;

    private const int Dpi = 200;

    private const double MmPerPixel = 25.4 / Dpi;

    /// <summary>
    /// Rasterises one page in grey (<c>pdftoppm -gray</c>) and returns every horizontal run of dark pixels at least
    /// <paramref name="minimumMm"/> long; glyph strokes are far shorter than that, rules are not.
    /// </summary>
    public static IReadOnlyList<HorizontalRule> Find(string pdfPath, int page, double minimumMm = 8)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}");
        Poppler.Run("pdftoppm", "-gray", "-r", $"{Dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdfPath, prefix);
        var bytes = File.ReadAllBytes(prefix + ".pgm");
        File.Delete(prefix + ".pgm");

        // A binary PGM: "P5", width, height, maximum value, one whitespace, then one byte per pixel.
        var header = new List<string>();
        var offset = 0;
        while (header.Count < 4)
        {
            var start = offset;
            while (!char.IsWhiteSpace((char)bytes[offset]))
            {
                offset++;
            }

            header.Add(System.Text.Encoding.ASCII.GetString(bytes, start, offset - start));
            offset++;
        }

        var width = int.Parse(header[1], CultureInfo.InvariantCulture);
        var height = int.Parse(header[2], CultureInfo.InvariantCulture);
        var rules = new List<HorizontalRule>();
        var minimum = minimumMm / MmPerPixel;
        for (var y = 0; y < height; y++)
        {
            var row = offset + (y * width);
            for (var x = 0; x < width; x++)
            {
                var end = x;
                while (end < width && bytes[row + end] < 128)
                {
                    end++;
                }

                if (end - x >= minimum && !rules.Any(r => Math.Abs(r.Left - (x * MmPerPixel)) < 0.3 && Math.Abs(r.Y - (y * MmPerPixel)) < 0.6))
                {
                    rules.Add(new HorizontalRule(x * MmPerPixel, end * MmPerPixel, y * MmPerPixel));
                }

                x = end;
            }
        }

        return rules;
    }
}
