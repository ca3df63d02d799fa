using System.Text.Json;
using CchcPlanner.Web.Account;
using CchcPlanner.Web.Api;
using CchcPlanner.Web.Components;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CchcPlanner.Web.Hosting;

internal static class PipelineSetup
{
    public static void UseCchcPipeline(this WebApplication app)
    {
        // First: everything after it (logging, HSTS, the login rate limit) sees the client, not the proxy.
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/loi", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseHttpLogging();
        app.UseRequestLocalization("vi-VN");
        app.UseStatusCodePagesWithReExecute("/khong-tim-thay", createScopeForStatusCodePages: true);
        app.UseCchcApiErrors();
        app.UseRateLimiter();
        app.UseAuthentication();

        // Before authorisation: a temporary password leads to the change page even where the user would be refused.
        app.UsePasswordChangeGuard();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    public static void MapCchcEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapBlazorScript();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }

    /// <summary>A small JSON report: overall status and each check's status, without exception details.</summary>
    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), duration = e.Value.Duration.TotalMilliseconds }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
