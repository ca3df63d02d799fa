using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;

namespace CchcPlanner.Identity.Administration;

/// <summary>Who may sign in: deactivating, reactivating, handing out a new temporary password.</summary>
public sealed partial class UserAdministration
{
    /// <summary>
    /// Deactivates (or reactivates) a user: a deactivated user cannot sign in and their open pages end at the next check;
    /// their plans, history and audit lines stay as they are. True when the state changed.
    /// </summary>
    public async Task<LifecycleResult<bool>> SetActiveAsync(CurrentUser admin, string userId, bool active, CancellationToken cancellationToken = default)
    {
        await using var session = await AdminSession.OpenAsync(scopes, admin, cancellationToken);
        var user = session is null ? null : await session.UserAsync(userId, cancellationToken);
        if (session is null || user is null)
        {
            return LifecycleResult.Refused<bool>(session is null ? AdminSession.NotAdministrator : AdminSession.UserOutOfReach);
        }

        if (!active && user.Id == admin.UserId)
        {
            return LifecycleResult.Refused<bool>("Bạn không tự ngừng sử dụng tài khoản của mình được.");
        }

        if (user.IsActive == active)
        {
            return LifecycleResult.Done(false);
        }

        await using var transaction = await WriteTransactions.BeginAsync(session.Db, cancellationToken);
        user.IsActive = active;
        var result = await session.Users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return LifecycleResult.Refused<bool>($"Không đổi được tình trạng tài khoản {user.Email}: {NewAccounts.Describe(result)}");
        }

        session.Audit(
            active ? AuditActions.UserReactivated : AuditActions.UserDeactivated,
            $"{(active ? "Cho dùng lại" : "Ngừng sử dụng")} tài khoản {user.Email} ({user.FullName})");
        await session.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(true);
    }

    /// <summary>A new temporary password, to be changed at the next sign-in; also lifts a lockout.</summary>
    public async Task<LifecycleResult<IssuedPassword>> ResetPasswordAsync(CurrentUser admin, string userId, CancellationToken cancellationToken = default)
    {
        await using var session = await AdminSession.OpenAsync(scopes, admin, cancellationToken);
        var user = session is null ? null : await session.UserAsync(userId, cancellationToken);
        if (session is null || user is null)
        {
            return LifecycleResult.Refused<IssuedPassword>(session is null ? AdminSession.NotAdministrator : AdminSession.UserOutOfReach);
        }

        var refusal = user.Id == admin.UserId ? "Mật khẩu của chính bạn đổi ở trang Đổi mật khẩu."
            : !user.IsActive ? "Tài khoản đang ngừng sử dụng; cho dùng lại trước khi cấp mật khẩu mới."
            : null;
        if (refusal is not null)
        {
            return LifecycleResult.Refused<IssuedPassword>(refusal);
        }

        await using var transaction = await WriteTransactions.BeginAsync(session.Db, cancellationToken);
        var password = FirstAdministrator.TemporaryPassword();
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var result = await session.Users.RemovePasswordAsync(user);
        result = result.Succeeded ? await session.Users.AddPasswordAsync(user, password) : result;
        if (!result.Succeeded)
        {
            return LifecycleResult.Refused<IssuedPassword>($"Không cấp lại được mật khẩu cho {user.Email}: {NewAccounts.Describe(result)}");
        }

        session.Audit(AuditActions.PasswordReset, $"Cấp lại mật khẩu tạm thời cho {user.Email} ({user.FullName})");
        await session.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(new IssuedPassword(user.Id, user.Email!, user.FullName, password));
    }
}
