using System.Security.Claims;
using CchcPlanner.Security;

namespace CchcPlanner.Web.Api;

/// <summary>The signed-in caller of the API; the group's filter refuses a principal that is not a CchcPlanner user.</summary>
internal static class ApiCaller
{
    public static CurrentUser Of(ClaimsPrincipal principal) =>
        CurrentUser.From(principal) ?? throw new InvalidOperationException("The API filter lets only CchcPlanner users through.");

    /// <summary>The /api group of plans: cookie or bearer, and a user of this app (with a unit).</summary>
    public static RouteGroupBuilder MapPlansGroup(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(ApiSetup.Prefix + "/plans")
            .RequireAuthorization(ApiSetup.Policy)
            .AddEndpointFilter(async (context, next) => CurrentUser.From(context.HttpContext.User) is null
                ? ApiProblems.Problem(StatusCodes.Status403Forbidden, "Tài khoản chưa được gán đơn vị; hãy liên hệ quản trị hệ thống.")
                : await next(context));

    /// <summary>The plan's version as an entity tag: what GET answers and what If-Match must repeat.</summary>
    public static string ETag(Guid version) => $"\"{version}\"";
}
