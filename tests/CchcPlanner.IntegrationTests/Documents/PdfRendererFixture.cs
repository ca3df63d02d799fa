using System.Runtime.CompilerServices;
using CchcPlanner.Documents;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// One warm <see cref="PdfRenderer"/> (Debian Chromium) shared by a test class, and the way from a document to a
/// PDF file in <c>artifacts/pdf</c> that the poppler tools read. Without Chromium or poppler the tests are skipped,
/// or fail when CI=true.
/// </summary>
public sealed class PdfRendererFixture : IAsyncDisposable
{
    public static readonly string ArtifactsFolder = Path.Combine(AppContext.BaseDirectory, "artifacts", "pdf");

    private readonly Lazy<PdfRenderer> renderer = new(() => NewRenderer());

    public static PdfRenderer NewRenderer(TimeSpan? timeout = null)
    {
        var options = new PdfRendererOptions { Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        return new PdfRenderer(options, NullLogger<PdfRenderer>.Instance);
    }

    /// <summary>Skips (or under CI fails) the test when Chromium or the poppler tools are missing.</summary>
    public static void RequireTools()
    {
        string? browser;
        try
        {
            browser = new PdfRendererOptions().ResolveBrowserPath();
        }
        catch (PdfRenderingException)
        {
            browser = null;
        }

        if (browser is null || !File.Exists(browser))
        {
            Poppler.Unavailable($"Chromium not found (set CHROMIUM_PATH or install it): {Poppler.InstallHint}");
        }

        Poppler.Require();
    }

    internal Task<RenderedPdf> RenderAsync(OfficialDocument document, DocumentLayout? layout = null, [CallerMemberName] string name = "") =>
        RenderWithAsync(renderer.Value, document, layout, name);

    internal static async Task<RenderedPdf> RenderWithAsync(PdfRenderer renderer, OfficialDocument document, DocumentLayout? layout, string name)
    {
        RequireTools();
        var bytes = await renderer.RenderAsync(HtmlRenderer.Render(document, layout), TestContext.Current.CancellationToken);
        Directory.CreateDirectory(ArtifactsFolder);
        var path = Path.Combine(ArtifactsFolder, $"{name}.pdf");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        return new RenderedPdf(path, bytes);
    }

    public async ValueTask DisposeAsync()
    {
        if (renderer.IsValueCreated)
        {
            await renderer.Value.DisposeAsync();
        }
    }
}
