using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Units;

/// <summary>
/// The part of the tree an administrator manages: their own unit and every unit below it. An administrator of one
/// branch cannot touch another, and the top of their branch is placed by the administrator above them.
/// </summary>
internal sealed record UnitBranch(Unit Top)
{
    public const string NotAnAdmin = "Chỉ quản trị hệ thống mới được thêm, sửa, chuyển hay ngừng hoạt động đơn vị.";
    public const string NoUnit = "Không tìm thấy đơn vị của tài khoản; hãy liên hệ quản trị hệ thống.";
    public const string NotFound = "Không tìm thấy đơn vị này, hoặc đơn vị không thuộc phạm vi bạn quản lý.";

    /// <summary>The administrator's branch, or the reason they have none.</summary>
    public static async Task<(UnitBranch? Branch, string? Refusal)> ForAsync(CchcDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsIn(Roles.Admin))
        {
            return (null, NotAnAdmin);
        }

        var top = await db.Units.SingleOrDefaultAsync(u => u.Id == user.UnitId, cancellationToken);
        return top is null || top.Path.Length == 0 ? (null, NoUnit) : (new UnitBranch(top), null);
    }

    public bool Contains(Unit unit) => unit.IsSameOrBelow(Top);

    /// <summary>Strictly below the top: the units whose place in the tree this administrator decides.</summary>
    public bool IsBelowTop(Unit unit) => unit.Id != Top.Id && Contains(unit);

    public static string Outside(Unit unit) =>
        $"Đơn vị \"{unit.Name}\" không thuộc phạm vi bạn quản lý (đơn vị của bạn và các đơn vị trực thuộc).";
}
