using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// LibreOffice (to open a DOCX the way an office would, and print it to PDF) and the poppler tools (to count and
/// picture the pages). When one is missing the test is skipped, or fails when CI=true.
/// </summary>
internal static partial class OfficeTools
{
    public const string LibreOfficeHint = "apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui";

    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Prints <paramref name="docx"/> to a PDF beside it with headless LibreOffice and returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx)
    {
        var pdf = Path.ChangeExtension(docx, ".pdf");
        File.Delete(pdf);
        Convert(docx, "pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}");
        return pdf;
    }

    /// <summary>
    /// Saves every sheet of <paramref name="xlsx"/> as CSV in UTF-8 beside it (<c>{name}-{sheet}.csv</c>), the way
    /// LibreOffice Calc reads the workbook, and returns the files in sheet order.
    /// </summary>
    public static IReadOnlyList<string> ConvertSheetsToCsv(string xlsx)
    {
        var folder = Path.GetDirectoryName(xlsx)!;
        var stem = Path.GetFileNameWithoutExtension(xlsx);
        foreach (var old in Directory.GetFiles(folder, $"{stem}*.csv"))
        {
            File.Delete(old);
        }

        // Filter options: comma, double quote, UTF-8 (76), from line 1, …, sheet -1 = every sheet to its own file.
        Convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
        var files = Directory.GetFiles(folder, $"{stem}-*.csv").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static void Convert(string file, string filter)
    {
        var soffice = Find("soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice")
            ?? Unavailable<string>($"LibreOffice (soffice) is not installed: {LibreOfficeHint}");

        // A private profile per conversion: two soffice processes on one profile wait for each other or fail.
        var profile = Path.Combine(Path.GetTempPath(), $"lo-profile-{Guid.NewGuid():N}");
        try
        {
            var (exit, output, error) = Run(soffice, ConversionTimeout, $"-env:UserInstallation={new Uri(profile).AbsoluteUri}",
                "--headless", "--norestore", "--convert-to", filter, "--outdir", Path.GetDirectoryName(file)!, file);
            Assert.True(exit == 0, $"LibreOffice did not convert {file} ({exit}): {output} {error}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    public static int PageCount(string pdf) =>
        int.Parse(PagesLine().Match(Poppler("pdfinfo", pdf)).Groups["n"].Value, CultureInfo.InvariantCulture);

    /// <summary>The page's width and height in points.</summary>
    public static (double Width, double Height) PageSize(string pdf, int page)
    {
        var match = SizeLine().Match(Poppler("pdfinfo", "-f", $"{page}", "-l", $"{page}", pdf));
        return (double.Parse(match.Groups["w"].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The lines of text of one page, top to bottom, blank lines left out.</summary>
    public static IReadOnlyList<string> PageLines(string pdf, int page) =>
        Poppler("pdftotext", "-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>Saves every page as <c>{prefix}-{n}.png</c> at 60 dpi (enough to compare layouts by eye).</summary>
    public static IReadOnlyList<string> SavePictures(string pdf, string prefix)
    {
        foreach (var old in Directory.GetFiles(Path.GetDirectoryName(prefix)!, $"{Path.GetFileName(prefix)}-*.png"))
        {
            File.Delete(old);
        }

        Poppler("pdftoppm", "-png", "-r", "60", pdf, prefix);
        return Directory.GetFiles(Path.GetDirectoryName(prefix)!, $"{Path.GetFileName(prefix)}-*.png");
    }

    public static T Unavailable<T>(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return default!;
    }

    private static string Poppler(string tool, params string[] arguments)
    {
        var path = Find(tool) ?? Unavailable<string>($"{tool} is not installed: apt-get install -y poppler-utils");
        var (exit, output, error) = Run(path, TimeSpan.FromSeconds(30), arguments);
        Assert.True(exit == 0, $"{tool} {string.Join(' ', arguments)} failed ({exit}): {error}");
        return output;
    }

    private static (int Exit, string Output, string Error) Run(string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} took longer than {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string? Find(string tool, params string[] knownPaths) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, tool)).Concat(knownPaths).FirstOrDefault(File.Exists);

    [GeneratedRegex(@"^Pages:\s+(?<n>\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"size:\s+(?<w>[\d.]+) x (?<h>[\d.]+) pts")]
    private static partial Regex SizeLine();
}
