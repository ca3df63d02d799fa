using System.Globalization;
using System.Security.Claims;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CchcPlanner.Web.Account;

/// <summary>Puts the user's unit and full name in the cookie, so that every request knows where in the tree the user stands.</summary>
internal sealed class UserClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, CchcDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.UnitClaim, user.UnitId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(CurrentUser.FullNameClaim, user.FullName));
        var unitName = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Name).SingleOrDefaultAsync();
        identity.AddClaim(new Claim(CurrentUser.UnitNameClaim, unitName ?? string.Empty));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PasswordChangeGuard.Claim, "true"));
        }

        return identity;
    }
}
