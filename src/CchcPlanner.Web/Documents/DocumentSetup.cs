using CchcPlanner.Documents;

namespace CchcPlanner.Web.Documents;

internal static class DocumentSetup
{
    /// <summary>One PDF renderer for the app (it keeps Chromium running), configured from the <c>Pdf</c> settings.</summary>
    public static void AddCchcDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PdfRendererOptions.Section).Get<PdfRendererOptions>() ?? new PdfRendererOptions();
        services.AddSingleton(options);
        // The configured layout is the default; administrators may store their own per unit (DocumentSettingsService).
        services.AddSingleton(DocumentLayout.From(configuration.GetSection(DocumentLayout.Section)));
        services.AddScoped<DocumentSettingsService>();
        services.AddSingleton<PdfRenderer>();
        services.AddScoped<PlanFiles>();
        services.AddHostedService<PdfWarmUp>();
    }
}

/// <summary>Starts Chromium in the background at start-up so that the first PDF does not wait for it; a failure is only logged.</summary>
internal sealed class PdfWarmUp(PdfRenderer renderer, ILogger<PdfWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await renderer.WarmUpAsync();
        }
        catch (PdfRenderingException e)
        {
            log.LogWarning("PDF printing is not available yet: {Reason}", e.Message);
        }
    }
}
