using CchcPlanner.Audit;
using CchcPlanner.Identity.Administration;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Identity;

namespace CchcPlanner.Identity;

/// <summary>A signed-in user changes their own password; this also ends the obligation to change a temporary one.</summary>
public sealed class OwnPassword(UserManager<AppUser> users, AuditTrail audit)
{
    /// <summary>The user with the new password (for the page to renew the sign-in), or why not, in Vietnamese.</summary>
    public async Task<LifecycleResult<AppUser>> ChangeAsync(CurrentUser who, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(who);
        var user = await users.FindByIdAsync(who.UserId);
        if (user is null || !user.IsActive)
        {
            return LifecycleResult.Refused<AppUser>("Tài khoản không còn sử dụng được; hãy đăng nhập lại.");
        }

        if (currentPassword == newPassword)
        {
            return LifecycleResult.Refused<AppUser>("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }

        var mustChange = user.MustChangePassword;
        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            user.MustChangePassword = mustChange;
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            return LifecycleResult.Refused<AppUser>(wrongCurrent ? "Mật khẩu hiện tại không đúng." : NewAccounts.Describe(result));
        }

        await audit.RecordAsync(who, AuditActions.PasswordChanged, null, mustChange ? "Đổi mật khẩu tạm thời" : "Đổi mật khẩu", cancellationToken);
        return LifecycleResult.Done(user);
    }
}
