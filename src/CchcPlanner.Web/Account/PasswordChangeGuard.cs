using CchcPlanner.Web.Api;
using Microsoft.AspNetCore.Authorization;

namespace CchcPlanner.Web.Account;

/// <summary>
/// A user signed in with a temporary password (an administrator made or reset the account) reaches nothing but the
/// change-password page, signing out and what needs no sign-in (scripts, styles, the login page) until they change it:
/// whatever URL they type, pages redirect to <see cref="PagePath"/> and the API answers 403. The sign-in carries the
/// obligation as a claim; changing the password renews the sign-in without it.
/// </summary>
internal static class PasswordChangeGuard
{
    public const string Claim = "cchc:must-change-password";
    public const string PagePath = "/doi-mat-khau";

    public static IApplicationBuilder UsePasswordChangeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.HasClaim(Claim, "true") || MayPass(context))
        {
            await next();
            return;
        }

        if (ApiSetup.IsApi(context.Request))
        {
            await ApiProblems.Problem(StatusCodes.Status403Forbidden, "Tài khoản đang dùng mật khẩu tạm thời: hãy đăng nhập trên trang web và đổi mật khẩu trước khi dùng API.")
                .ExecuteAsync(context);
            return;
        }

        context.Response.Redirect(PagePath);
    });

    private static bool MayPass(HttpContext context) =>
        context.Request.Path.StartsWithSegments(PagePath, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments(AccountSetup.LogoutPath, StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
