namespace CchcPlanner.Web.Hosting;

/// <summary>
/// Headers on every response that tell the browser what the app needs and nothing more (docs/decisions.md, "Content
/// security policy"). Blazor Server needs its own scripts and a WebSocket to this host; Radzen and Blazor set inline
/// style attributes, and the printable plan and the editor's preview carry their own &lt;style&gt;, hence
/// <c>style-src 'unsafe-inline'</c>; no inline script and no eval anywhere.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static void UseSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            // At the start of the response: error pages clear the headers set before them.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                return Task.CompletedTask;
            });
            await next(context);
        });
}
