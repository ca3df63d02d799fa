using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>Reads downloaded PDFs back as text, as a user copying from them would.</summary>
internal static partial class PdfTool
{
    /// <summary>The text of a PDF by poppler's pdftotext, in composed Unicode with words on one line.</summary>
    public static string Text(string pdf)
    {
        var tool = "/usr/bin/pdftotext";
        if (!File.Exists(tool))
        {
            var message = "pdftotext not found: apt-get install -y poppler-utils";
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(message);
            }

            Assert.Skip(message);
        }

        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(pdf);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return Whitespace().Replace(text.Normalize(NormalizationForm.FormC), " ");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
