using System.Security.Cryptography;

namespace CchcPlanner.Web.Hosting;

/// <summary>
/// Serves <c>_framework/blazor.web.js</c> from the copy the build embedded in this assembly
/// (BlazorScript.targets explains where it comes from and why).
/// </summary>
internal static class BlazorScriptEndpoint
{
    public const string Route = "/_framework/blazor.web.js";

    private static readonly Lazy<(byte[] Content, string ETag)> Script = new(() =>
    {
        using var stream = typeof(BlazorScriptEndpoint).Assembly.GetManifestResourceStream("blazor.web.js")
            ?? throw new InvalidOperationException("blazor.web.js is not embedded: the build step ExtractBlazorScript did not run.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return (content, $"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
    });

    public static void MapBlazorScript(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (HttpContext context) =>
        {
            var (content, etag) = Script.Value;
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(content, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
