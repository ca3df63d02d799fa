using System.Diagnostics;
using CchcPlanner.Documents;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// The renderer under load and under failure. These tests run alone (they kill the Chromium they started, and time
/// their documents), each with its own renderer.
/// </summary>
[Collection(nameof(PdfRendererTests))]
[CollectionDefinition(nameof(PdfRendererTests), DisableParallelization = true)]
public sealed class PdfRendererTests
{
    [Fact]
    public async Task RenderAsync_TwentyDocumentsInParallel_AllSucceed()
    {
        PdfRendererFixture.RequireTools();
        await using var renderer = PdfRendererFixture.NewRenderer();
        var html = HtmlRenderer.Render(ExampleDocuments.Kindergarten());

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => renderer.RenderAsync(html, TestContext.Current.CancellationToken)));

        var first = await PdfRendererFixture.RenderWithAsync(renderer, ExampleDocuments.Kindergarten(), null, "parallel");
        Assert.All(pdfs, pdf => Assert.Equal(first.Bytes.Length, pdf.Length, tolerance: 200));
        Assert.All(pdfs, pdf => Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]));
    }

    [Fact]
    public async Task RenderAsync_AfterChromiumWasKilled_StartsANewOneAndSucceeds()
    {
        PdfRendererFixture.RequireTools();
        var before = ChromiumProcesses.Browsers();
        await using var renderer = PdfRendererFixture.NewRenderer();
        await PdfRendererFixture.RenderWithAsync(renderer, ExampleDocuments.Kindergarten(), null, "before-kill");
        var browser = Assert.Single(ChromiumProcesses.Browsers().Except(before));

        using (var process = Process.GetProcessById(browser))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var after = await PdfRendererFixture.RenderWithAsync(renderer, ExampleDocuments.Kindergarten(), null, "after-kill");
        Assert.Equal(8, after.Pages.Count);
        Assert.DoesNotContain(browser, ChromiumProcesses.Browsers());
        Assert.Single(ChromiumProcesses.Browsers().Except(before));
    }

    [Fact]
    public async Task RenderAsync_DocumentSlowerThanTheTimeout_FailsWithAVietnameseMessage()
    {
        PdfRendererFixture.RequireTools();
        await using var renderer = PdfRendererFixture.NewRenderer(TimeSpan.FromSeconds(1));
        await renderer.WarmUpAsync();
        var document = ExampleDocuments.Kindergarten();
        var huge = document with { Body = [.. Enumerable.Repeat(document.Body, 150).SelectMany(b => b)] };

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync(HtmlRenderer.Render(huge), TestContext.Current.CancellationToken));

        Assert.StartsWith("In PDF quá thời gian cho phép (1 giây)", error.Message, StringComparison.Ordinal);
        var next = await PdfRendererFixture.RenderWithAsync(renderer, document, null, "after-timeout");
        Assert.Equal(8, next.Pages.Count);
    }
}
