using System.Globalization;
using System.Text;
using System.Threading.RateLimiting;
using CchcPlanner.Web.Account;
using CchcPlanner.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CchcPlanner.Web.Hosting;

/// <summary>
/// At most <c>Security:LoginAttemptsPerMinute</c> (default 10) sign-in posts per minute from one address, through the login
/// page or the API; lockout (5 wrong passwords lock an account for 15 minutes) protects each account, this protects the
/// service against guessing across many accounts. Over the limit: 429 with a Vietnamese message.
/// </summary>
internal static class LoginRateLimit
{
    public const string Message = "Bạn đã thử đăng nhập quá nhiều lần; hãy đợi một phút rồi thử lại.";

    public static void AddLoginRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Security:LoginAttemptsPerMinute", 10);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLogin(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                IResult answer = ApiSetup.IsApi(http.Request)
                    ? ApiProblems.Problem(StatusCodes.Status429TooManyRequests, Message)
                    : Page();
                await answer.ExecuteAsync(http);
            };
        });
    }

    /// <summary>Either sign-in post, however the path is cased or ends (routing also matches <c>/dang-nhap/</c>).</summary>
    private static bool IsLogin(HttpRequest request)
    {
        var path = request.Path.Value?.TrimEnd('/') ?? string.Empty;
        return HttpMethods.IsPost(request.Method)
            && (path.Equals(AccountSetup.LoginPath, StringComparison.OrdinalIgnoreCase) || path.Equals(IdentityEndpoints.LoginPath, StringComparison.OrdinalIgnoreCase));
    }

    private static ContentHttpResult Page() => TypedResults.Content(
        string.Create(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>CchcPlanner</title></head><body><p>{Message}</p><p><a href=\"{AccountSetup.LoginPath}\">Quay lại trang đăng nhập</a></p></body></html>"),
        "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status429TooManyRequests);
}
