using System.Diagnostics;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// Runs the poppler command-line tools (pdfinfo, pdffonts, pdftotext, pdftohtml, pdftoppm) on a PDF file.
/// When they are missing the test is skipped, or fails when CI=true.
/// </summary>
internal static class Poppler
{
    public const string InstallHint = "apt-get install -y chromium fonts-liberation2 poppler-utils";

    private static readonly Lazy<bool> Installed = new(() => FindOnPath("pdftotext") && FindOnPath("pdftohtml"));

    public static void Require()
    {
        if (!Installed.Value)
        {
            Unavailable($"The poppler tools (pdfinfo, pdffonts, pdftotext, pdftohtml, pdftoppm) are not installed: {InstallHint}");
        }
    }

    /// <summary>Skips the test, or fails it under CI=true, where every tool must be present.</summary>
    public static void Unavailable(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    /// <summary>Runs <paramref name="tool"/> and returns its standard output; a non-zero exit or any error output fails the test.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        Require();
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && error.Result.Length == 0, $"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        return output;
    }

    private static bool FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, tool)));
}
