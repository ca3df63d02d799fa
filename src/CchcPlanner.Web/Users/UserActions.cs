using CchcPlanner.Identity;
using CchcPlanner.Identity.Administration;
using CchcPlanner.Security;
using CchcPlanner.Units;
using CchcPlanner.Web.Components.Shared;
using Radzen;

namespace CchcPlanner.Web.Users;

/// <summary>The user list's actions, each in a dialog or after a confirmation; each tells the administrator how it went.</summary>
internal sealed class UserActions(UserAdministration administration, UnitQueries units, DialogService dialogs, NotificationService notifications)
{
    /// <summary>Opens the form for a new user (<paramref name="row"/> null) or for changing one; true when something was saved.</summary>
    public async Task<bool> EditAsync(CurrentUser admin, UserRow? row)
    {
        var choices = (await units.TreeAsync(admin))
            .Where(u => u.IsActive || u.Id == row?.UnitId)
            .Select(u => new Option<int>(u.Id, new string('\u00A0', u.Depth * 3) + u.Name))
            .ToList();
        var saved = await dialogs.OpenAsync<UserDialog>(
            row is null ? "Thêm người dùng" : $"Sửa tài khoản {row.FullName}",
            new Dictionary<string, object?> { [nameof(UserDialog.Admin)] = admin, [nameof(UserDialog.Row)] = row, [nameof(UserDialog.Units)] = choices },
            new DialogOptions { Width = "560px", CloseDialogOnEsc = true });
        return saved is true;
    }

    public async Task<bool> ResetPasswordAsync(CurrentUser admin, UserRow row)
    {
        var confirmed = await dialogs.Confirm(
            $"Cấp mật khẩu tạm thời mới cho {row.FullName} ({row.Email})? Mật khẩu cũ hết hiệu lực ngay; người dùng phải đổi mật khẩu khi đăng nhập.",
            "Cấp lại mật khẩu",
            new ConfirmOptions { OkButtonText = "Cấp lại", CancelButtonText = "Không", CloseDialogOnEsc = true });
        if (confirmed != true)
        {
            return false;
        }

        var result = await administration.ResetPasswordAsync(admin, row.Id);
        if (!result.Succeeded)
        {
            notifications.Notify(NotificationSeverity.Warning, result.Refusal ?? string.Empty, duration: 8000);
            return false;
        }

        await dialogs.OpenAsync<PasswordDialog>(
            "Mật khẩu tạm thời mới",
            new Dictionary<string, object?> { [nameof(PasswordDialog.Passwords)] = new[] { result.Value! } },
            new DialogOptions { Width = "640px", CloseDialogOnEsc = false, ShowClose = false });
        return true;
    }

    public async Task<bool> SetActiveAsync(CurrentUser admin, UserRow row, bool active)
    {
        var confirmed = await dialogs.Confirm(
            active
                ? $"Cho {row.FullName} ({row.Email}) dùng lại tài khoản?"
                : $"Ngừng sử dụng tài khoản của {row.FullName} ({row.Email})? Người này không đăng nhập được nữa; kế hoạch và lịch sử của họ vẫn giữ nguyên.",
            active ? "Cho dùng lại tài khoản" : "Ngừng sử dụng tài khoản",
            new ConfirmOptions { OkButtonText = active ? "Cho dùng lại" : "Ngừng sử dụng", CancelButtonText = "Không", CloseDialogOnEsc = true });
        if (confirmed != true)
        {
            return false;
        }

        var result = await administration.SetActiveAsync(admin, row.Id, active);
        notifications.Notify(
            result.Succeeded ? NotificationSeverity.Success : NotificationSeverity.Warning,
            result.Succeeded ? (active ? $"{row.FullName} đã dùng lại được tài khoản." : $"Đã ngừng sử dụng tài khoản của {row.FullName}.") : result.Refusal ?? string.Empty,
            duration: 6000);
        return result.Succeeded;
    }
}
