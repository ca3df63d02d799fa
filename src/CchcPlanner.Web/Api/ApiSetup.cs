using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CchcPlanner.Web.Account;

namespace CchcPlanner.Web.Api;

/// <summary>
/// The HTTP API under <c>/api</c> (docs/api.md): signed in by the sign-in cookie or by a bearer token from
/// <c>/api/tai-khoan/login</c>; answers are JSON, errors problem details in Vietnamese, never a redirect to the login page.
/// </summary>
internal static class ApiSetup
{
    public const string Prefix = "/api";

    public const string Policy = "CchcApi";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static void AddCchcApi(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(AccountSetup.CookieOrBearer).RequireAuthenticatedUser());

        // The cookie's challenge is a redirect to the login page; an API caller gets the status code instead,
        // which the API's status code pages turn into problem details.
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddHttpContextAccessor();
        services.AddScoped<WorkflowStep>();
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ApiProblems.Customize);
        services.ConfigureHttpJsonOptions(json =>
        {
            // Vietnamese and quotes stay readable in the JSON (no \u escapes; it is never embedded in HTML); enumerations are camel-case names as in plan JSON.
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
    }

    /// <summary>Error pages for the API are problem details, also for failures that happen before an endpoint answers.</summary>
    public static void UseCchcApiErrors(this WebApplication app) =>
        app.UseWhen(context => IsApi(context.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });

    public static void MapCchcApi(this WebApplication app)
    {
        app.MapIdentityEndpoints();
        app.MapPlanApi();
        app.MapWorkflowApi();
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
