using CchcPlanner.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CchcPlanner.Web.Account;

internal static class AccountSetup
{
    public const string LoginPath = "/dang-nhap";
    public const string LogoutPath = "/dang-xuat";

    /// <summary>The default scheme: a bearer token when the request carries one (API scripts), otherwise the sign-in cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>
    /// Cookies are HTTP-only and, outside Development and Demo, sent over HTTPS only (<c>Security:HttpsOnlyCookies</c>
    /// overrides it): ./run.sh serves the demo on plain http://localhost, production runs behind TLS.
    /// </summary>
    public static void AddCchcIdentity(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        var httpsOnly = configuration.GetValue("Security:HttpsOnlyCookies", !environment.IsDevelopment() && !environment.IsEnvironment("Demo"));
        var securePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "cchc.af";
            antiforgery.Cookie.SecurePolicy = securePolicy;
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingStateProvider>();
        services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie hoặc bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, bearer => bearer.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddAuthentication().AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.AccessDeniedPath = "/khong-co-quyen";
            cookie.Cookie.Name = "cchc.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = securePolicy;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
        });
        services.AddCchcIdentityCore()
            .AddApiEndpoints() // registers the default sign-in manager: before ours, which replaces it
            .AddSignInManager<CchcSignInManager>()
            .AddClaimsPrincipalFactory<UserClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders();

        // Every page and endpoint needs a signed-in user unless it says otherwise.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post from the page's own form only: a forged cross-site post does not sign the user out.
        endpoints.MapPost(LogoutPath, async (HttpContext http, IAntiforgery antiforgery, SignInManager<AppUser> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect(LoginPath);
        });
    }
}
