using CchcPlanner.Identity;

namespace CchcPlanner.Web.Api;

/// <summary>
/// Identity's API endpoints (<c>MapIdentityApi</c>) under <c>/api/tai-khoan</c>, cut down to signing in:
/// <c>POST login</c> (<c>?useCookies=true</c> for the cookie, otherwise a bearer token) and <c>POST refresh</c>.
/// Accounts are created by administrators with a unit and roles, so <c>register</c> is refused; the e-mail based
/// endpoints (confirmation, forgotten password) and the account management ones answer like missing addresses:
/// the app sends no e-mail, and passwords are reset by administrators.
/// </summary>
internal static class IdentityEndpoints
{
    public const string Prefix = "/api/tai-khoan";

    public const string LoginPath = Prefix + "/login";

    private static readonly HashSet<string> Open = new(StringComparer.OrdinalIgnoreCase) { LoginPath, Prefix + "/refresh" };

    public static void MapIdentityEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(Prefix)
            .MapIdentityApi<AppUser>()
            .AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                var request = context.HttpContext.Request;
                if (Open.Contains(request.Path.Value ?? string.Empty))
                {
                    return await next(context);
                }

                return request.Path.Value?.EndsWith("/register", StringComparison.OrdinalIgnoreCase) == true
                    ? ApiProblems.Problem(StatusCodes.Status403Forbidden, "Không tự đăng ký tài khoản được: quản trị hệ thống tạo tài khoản và giao đơn vị, vai trò cho từng người.")
                    : ApiProblems.Problem(StatusCodes.Status404NotFound, "Chức năng này không có trong hệ thống.");
            });
}
