using Microsoft.AspNetCore.Identity;

namespace CchcPlanner.Identity.Administration;

/// <summary>An account made by an administrator: a temporary password to hand over once, to be changed at the first sign-in.</summary>
internal static class NewAccounts
{
    /// <summary>Creates the account and gives it its roles; returns the user and password, or Identity's complaint.</summary>
    public static async Task<(AppUser? User, string Password, string? Refusal)> CreateAsync(
        UserManager<AppUser> users, string email, string fullName, int unitId, IReadOnlyCollection<string> roles)
    {
        var password = FirstAdministrator.TemporaryPassword();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = fullName,
            UnitId = unitId,
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRolesAsync(user, Roles.All.Intersect(roles));
        }

        return created.Succeeded
            ? (user, password, null)
            : (null, string.Empty, $"Không tạo được tài khoản {email}: {Describe(created)}");
    }

    public static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => e.Description));
}
