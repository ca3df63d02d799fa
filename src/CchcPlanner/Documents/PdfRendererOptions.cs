namespace CchcPlanner.Documents;

/// <summary>The <c>Pdf</c> settings: which Chromium prints, how many documents at once, how long one may take.</summary>
public sealed class PdfRendererOptions
{
    public const string Section = "Pdf";

    /// <summary>Chromium (or Edge on Windows); found on the usual paths when not set.</summary>
    public string? BrowserPath { get; set; }

    /// <summary>Pages kept open for printing; more pages let more documents print in parallel.</summary>
    public int Pages { get; set; } = Math.Max(2, Environment.ProcessorCount * 2);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    // Debian's old headless shell first: the same Blink and the same PDF, but a lighter browser that does not start a
    // print compositor process per document, so it prints in about half the time (docs/performance.md).
    private static readonly string[] KnownPaths =
    [
        "/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
        "/snap/bin/chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    /// <summary>The configured path, else <c>CHROMIUM_PATH</c>, else the first known path that exists; null means Edge on Windows.</summary>
    public string? ResolveBrowserPath()
    {
        if (!string.IsNullOrWhiteSpace(BrowserPath))
        {
            return BrowserPath;
        }

        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        return KnownPaths.FirstOrDefault(File.Exists)
            ?? (OperatingSystem.IsWindows() ? null : throw new PdfRenderingException(
                "Không tìm thấy trình duyệt Chromium để in PDF. Cài gói chromium hoặc đặt Pdf:BrowserPath."));
    }
}

/// <summary>A document could not be printed; the message is Vietnamese and shown to the user.</summary>
public sealed class PdfRenderingException(string message, Exception? inner = null) : Exception(message, inner);
