using System.Globalization;
using System.Security.Claims;

namespace CchcPlanner.Security;

/// <summary>The signed-in user as the domain needs them: who, in which unit, with which roles.</summary>
public sealed record CurrentUser(string UserId, string UserName, string FullName, int UnitId, string UnitName, IReadOnlySet<string> Roles)
{
    public const string UnitClaim = "cchc:unit";
    public const string FullNameClaim = "cchc:name";
    public const string UnitNameClaim = "cchc:unit-name";

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>Reads the user from the claims the sign-in put in the cookie; null when not signed in.</summary>
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var unit = principal.FindFirstValue(UnitClaim);
        if (id is null || !int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId))
        {
            return null;
        }

        var name = principal.Identity?.Name ?? string.Empty;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CurrentUser(id, name, principal.FindFirstValue(FullNameClaim) ?? name, unitId, principal.FindFirstValue(UnitNameClaim) ?? string.Empty, roles);
    }
}
