using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Units;

/// <summary>
/// An administrator edits the tree of units inside their branch (<see cref="UnitBranch"/>): creates, changes, moves,
/// deactivates and reactivates units. Nothing is ever deleted, so plans, users and the audit trail keep their unit.
/// Every refusal is a Vietnamese sentence for the page; every change is audited in its own transaction.
/// Moving and (de)activating are in <c>UnitAdministration.Tree.cs</c>.
/// </summary>
public sealed partial class UnitAdministration(IDbContextFactory<CchcDbContext> contexts)
{
    private const string NoTopLevel =
        "Chỉ tạo được đơn vị trực thuộc một đơn vị có sẵn; đơn vị cấp cao nhất được tạo khi cài đặt (lệnh cchc admin create).";

    public Task<LifecycleResult<int>> CreateAsync(CurrentUser user, int? parentId, UnitFields fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return UnitTreeWrites.RunAsync(contexts, async db =>
        {
            var (branch, refusal) = await UnitBranch.ForAsync(db, user, cancellationToken);
            if (branch is null)
            {
                return LifecycleResult.Refused<int>(refusal!);
            }

            if (parentId is null)
            {
                return LifecycleResult.Refused<int>(NoTopLevel);
            }

            var parent = await db.Units.SingleOrDefaultAsync(u => u.Id == parentId, cancellationToken);
            refusal = parent is null || !branch.Contains(parent) ? UnitBranch.NotFound
                : await ParentRefusalAsync(db, parent, fields.Name, exceptId: null, cancellationToken);
            if (refusal is not null)
            {
                return LifecycleResult.Refused<int>(refusal);
            }

            Unit unit;
            try
            {
                unit = fields.NewUnder(parent!);
            }
            catch (DomainRuleException e)
            {
                return LifecycleResult.Refused<int>(e.Message);
            }

            await UnitPlacement.AddAsync(db, [unit], cancellationToken);
            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.UnitCreated, null, $"{unit.Name} ({unit.Abbreviation}), trực thuộc {parent!.Name}"));
            await db.SaveChangesAsync(cancellationToken);
            return LifecycleResult.Done(unit.Id);
        }, cancellationToken);
    }

    /// <summary>Renames a unit and changes the fields its documents print; its own administrator may change these of their unit.</summary>
    public Task<LifecycleResult<int>> ChangeAsync(CurrentUser user, int unitId, UnitFields fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return UnitTreeWrites.RunAsync(contexts, async db =>
        {
            var (unit, refusal) = await ManagedUnitAsync(db, user, unitId, cancellationToken);
            if (unit is null)
            {
                return LifecycleResult.Refused<int>(refusal!);
            }

            if (unit.ParentId is { } parentId && await SiblingNamedAsync(db, parentId, fields.Name, unit.Id, cancellationToken) is { } twin)
            {
                return LifecycleResult.Refused<int>(twin);
            }

            var before = UnitFields.Of(unit);
            try
            {
                fields.ApplyTo(unit);
            }
            catch (DomainRuleException e)
            {
                return LifecycleResult.Refused<int>(e.Message);
            }

            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.UnitChanged, null, $"{before.Name}: {UnitFields.Changes(before, UnitFields.Of(unit))}"));
            await db.SaveChangesAsync(cancellationToken);
            return LifecycleResult.Done(unit.Id);
        }, cancellationToken);
    }

    /// <summary>A unit inside the administrator's branch, or why not (not an administrator, not found, outside).</summary>
    private static async Task<(Unit? Unit, string? Refusal)> ManagedUnitAsync(CchcDbContext db, CurrentUser user, int unitId, CancellationToken cancellationToken)
    {
        var (branch, refusal) = await UnitBranch.ForAsync(db, user, cancellationToken);
        if (branch is null)
        {
            return (null, refusal);
        }

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit is not null && branch.Contains(unit) ? (unit, null) : (null, UnitBranch.NotFound);
    }

    /// <summary>Why a new or moved unit cannot go under <paramref name="parent"/>: an inactive parent, or a sibling of the same name.</summary>
    internal static async Task<string?> ParentRefusalAsync(CchcDbContext db, Unit parent, string name, int? exceptId, CancellationToken cancellationToken) =>
        !parent.IsActive
            ? $"Đơn vị cấp trên \"{parent.Name}\" đang ngừng hoạt động; hãy chọn đơn vị khác hoặc cho đơn vị đó hoạt động lại."
            : await SiblingNamedAsync(db, parent.Id, name, exceptId, cancellationToken);

    /// <summary>Two units of one name under one parent could not be told apart in pickers, sheets and the audit trail.</summary>
    private static async Task<string?> SiblingNamedAsync(CchcDbContext db, int parentId, string name, int? exceptId, CancellationToken cancellationToken)
    {
        var clean = VietnameseText.Clean(name);
        var siblings = await db.Units.Where(u => u.ParentId == parentId && u.Id != exceptId).Select(u => u.Name).ToListAsync(cancellationToken);
        return siblings.Any(s => VietnameseText.Comparer.Equals(s, clean))
            ? $"Đã có đơn vị \"{clean}\" trực thuộc cùng đơn vị cấp trên; hãy đặt tên khác."
            : null;
    }
}
