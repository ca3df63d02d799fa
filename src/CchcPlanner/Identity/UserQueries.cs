using CchcPlanner.Data;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Identity;

public sealed record UserRow(
    string Id, string FullName, string Email, int UnitId, string UnitName, IReadOnlyList<string> Roles, bool IsActive, DateTimeOffset? LockedUntil, bool MustChangePassword);

public sealed class UserQueries(IDbContextFactory<CchcDbContext> contexts)
{
    /// <summary>Users of the units an administrator may see (their own unit and below), by Vietnamese name order.</summary>
    public async Task<IReadOnlyList<UserRow>> ListAsync(CurrentUser admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsIn(Roles.Admin))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, admin, cancellationToken);
        var units = scope.ReadableUnits(db.Units).Select(u => u.Id);
        var users = await db.Users.Where(u => units.Contains(u.UnitId))
            .OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.FullName, u.Email, u.UnitId, UnitName = u.Unit!.Name, u.IsActive, u.LockoutEnd, u.MustChangePassword })
            .ToListAsync(cancellationToken);
        var roleNames = await db.Roles.ToDictionaryAsync(r => r.Id, r => r.Name ?? string.Empty, cancellationToken);
        var ids = users.Select(u => u.Id).ToList();
        var userRoles = (await db.UserRoles.Where(r => ids.Contains(r.UserId)).ToListAsync(cancellationToken)).ToLookup(r => r.UserId, r => roleNames[r.RoleId]);
        return users.Select(u => new UserRow(
            u.Id, u.FullName, u.Email ?? string.Empty, u.UnitId, u.UnitName, Roles.All.Intersect(userRoles[u.Id]).ToList(), u.IsActive, u.LockoutEnd, u.MustChangePassword)).ToList();
    }
}
