using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Identity.Administration;

/// <summary>What an administrator fills in for a new user.</summary>
public sealed record NewUser(string Email, string FullName, int UnitId, IReadOnlyCollection<string> Roles);

/// <summary>What an administrator may change on a user; the e-mail is the sign-in name and stays.</summary>
public sealed record UserChange(string FullName, int UnitId, IReadOnlyCollection<string> Roles);

/// <summary>A temporary password for the administrator to hand over once; it is stored only as a hash and never audited.</summary>
public sealed record IssuedPassword(string UserId, string Email, string FullName, string Password);

/// <summary>
/// Accounts managed by administrators: each administrator manages the users of their own unit and the units below it,
/// and attaches users only to those units (an administrator at the root manages everyone). Every change is audited, and
/// every change that affects signing in or the rights in the cookie renews the user's security stamp, so that their open
/// pages end at the next check.
/// </summary>
public sealed partial class UserAdministration(IServiceScopeFactory scopes)
{
    public async Task<LifecycleResult<IssuedPassword>> CreateAsync(CurrentUser admin, NewUser request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var session = await AdminSession.OpenAsync(scopes, admin, cancellationToken);
        if (session is null)
        {
            return LifecycleResult.Refused<IssuedPassword>(AdminSession.NotAdministrator);
        }

        var email = VietnameseText.Clean(request.Email);
        var fullName = VietnameseText.Clean(request.FullName);
        var (unit, unitRefusal) = await session.UnitForUserAsync(request.UnitId, cancellationToken);
        var refusal = UserRules.WhyNotEmail(email) ?? UserRules.WhyNotFullName(fullName) ?? UserRules.WhyNotRoles(request.Roles) ?? unitRefusal;
        if (refusal is null && await session.Users.FindByEmailAsync(email) is not null)
        {
            refusal = $"Email {email} đã có người dùng.";
        }

        if (refusal is not null || unit is null)
        {
            return LifecycleResult.Refused<IssuedPassword>(refusal ?? AdminSession.UnitOutOfReach);
        }

        await using var transaction = await WriteTransactions.BeginAsync(session.Db, cancellationToken);
        var (user, password, failure) = await NewAccounts.CreateAsync(session.Users, email, fullName, unit.Id, request.Roles);
        if (user is null)
        {
            return LifecycleResult.Refused<IssuedPassword>(failure!);
        }

        session.Audit(AuditActions.UserCreated, $"Tạo tài khoản {email} ({fullName}), {unit.Name}, vai trò: {UserRules.RolesText(request.Roles)}");
        await session.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(new IssuedPassword(user.Id, email, fullName, password));
    }

    /// <summary>Changes a user's name, unit and roles; true when anything changed.</summary>
    public async Task<LifecycleResult<bool>> UpdateAsync(CurrentUser admin, string userId, UserChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var session = await AdminSession.OpenAsync(scopes, admin, cancellationToken);
        var user = session is null ? null : await session.UserAsync(userId, cancellationToken);
        if (session is null || user is null)
        {
            return LifecycleResult.Refused<bool>(session is null ? AdminSession.NotAdministrator : AdminSession.UserOutOfReach);
        }

        var fullName = VietnameseText.Clean(change.FullName);
        var (unit, unitRefusal) = await session.UnitForUserAsync(change.UnitId, cancellationToken);
        var roles = (await session.Users.GetRolesAsync(user)).ToList();
        var self = user.Id == admin.UserId;
        var refusal = UserRules.WhyNotFullName(fullName) ?? UserRules.WhyNotRoles(change.Roles)
            ?? (unit is null ? unitRefusal : null)
            ?? (self && unit!.Id != user.UnitId ? "Bạn không tự chuyển mình sang đơn vị khác được; việc này do quản trị cấp trên làm." : null)
            ?? (self && !change.Roles.Contains(Roles.Admin) ? "Bạn không tự bỏ vai trò quản trị hệ thống của mình được." : null);
        if (refusal is not null)
        {
            return LifecycleResult.Refused<bool>(refusal);
        }

        var changes = new List<string>();
        if (fullName != user.FullName)
        {
            changes.Add($"họ tên {user.FullName} → {fullName}");
        }

        if (unit!.Id != user.UnitId)
        {
            changes.Add($"đơn vị {user.Unit!.Name} → {unit.Name}");
        }

        var added = Roles.All.Intersect(change.Roles).Except(roles).ToList();
        var removed = roles.Except(change.Roles).ToList();
        if (added.Count + removed.Count > 0)
        {
            changes.Add($"vai trò {UserRules.RolesText(roles)} → {UserRules.RolesText(change.Roles)}");
        }

        if (changes.Count == 0)
        {
            return LifecycleResult.Done(false);
        }

        await using var transaction = await WriteTransactions.BeginAsync(session.Db, cancellationToken);
        user.FullName = fullName;
        user.UnitId = unit.Id;
        var result = await session.Users.AddToRolesAsync(user, added);
        result = result.Succeeded ? await session.Users.RemoveFromRolesAsync(user, removed) : result;
        result = result.Succeeded ? await session.Users.UpdateSecurityStampAsync(user) : result;
        if (!result.Succeeded)
        {
            return LifecycleResult.Refused<bool>($"Không sửa được tài khoản {user.Email}: {NewAccounts.Describe(result)}");
        }

        session.Audit(AuditActions.UserEdited, $"Sửa tài khoản {user.Email}: {string.Join("; ", changes)}");
        await session.Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(true);
    }
}
