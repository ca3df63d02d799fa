using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Identity.Administration;

/// <summary>
/// One operation of an administrator on user accounts. It has a service scope of its own, so that Identity's user manager
/// and the context it saves through are fresh (not the circuit's, which would serve stale users) and one transaction
/// covers the account, its roles and the audit line. It knows the administrator's reach: their unit and every unit below.
/// </summary>
internal sealed class AdminSession : IAsyncDisposable
{
    public const string NotAdministrator = "Chỉ quản trị hệ thống mới được quản lý người dùng.";
    public const string UserOutOfReach = "Không tìm thấy người dùng này trong các đơn vị bạn quản lý.";
    public const string UnitOutOfReach = "Chỉ gắn người dùng vào đơn vị của bạn hoặc các đơn vị trực thuộc.";

    private readonly AsyncServiceScope _scope;
    private readonly string _reach;

    private AdminSession(AsyncServiceScope scope, CurrentUser admin, string reach)
    {
        _scope = scope;
        _reach = reach;
        Admin = admin;
        Db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
        Users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    }

    public CurrentUser Admin { get; }

    public CchcDbContext Db { get; }

    public UserManager<AppUser> Users { get; }

    /// <summary>A session for an administrator; null for anyone else.</summary>
    public static async Task<AdminSession?> OpenAsync(IServiceScopeFactory scopes, CurrentUser admin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsIn(Roles.Admin))
        {
            return null;
        }

        var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
        var access = await AccessScope.ForAsync(db, admin, cancellationToken);
        return new AdminSession(scope, admin, access.UnitPath);
    }

    /// <summary>The administrator's unit or a unit below it.</summary>
    public bool Reaches(Unit unit) => unit.Path.Length > 0 && unit.Path.StartsWith(_reach, StringComparison.Ordinal);

    public IQueryable<Unit> ReachableUnits => Db.Units.Where(u => u.Path.StartsWith(_reach));

    /// <summary>A unit a user may be attached to, or why not.</summary>
    public async Task<(Unit? Unit, string? Refusal)> UnitForUserAsync(int unitId, CancellationToken cancellationToken)
    {
        var unit = await Db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit is null || !Reaches(unit) ? (null, UnitOutOfReach)
            : !unit.IsActive ? (null, $"Đơn vị \"{unit.Name}\" đã ngừng hoạt động; không gắn người dùng vào được.")
            : (unit, null);
    }

    /// <summary>A user of a unit within reach, with their unit; null for a user elsewhere, exactly as for one that does not exist.</summary>
    public async Task<AppUser?> UserAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await Db.Users.Include(u => u.Unit).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user?.Unit is { } unit && Reaches(unit) ? user : null;
    }

    public void Audit(string action, string detail) => Db.AuditEntries.Add(AuditEntry.By(Admin, action, null, detail));

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
