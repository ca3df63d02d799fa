using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Units;

public sealed partial class UnitAdministration
{
    /// <summary>
    /// Moves a unit and everything below it under <paramref name="newParentId"/>, rewriting every path in one
    /// transaction. Both ends stay inside the administrator's branch; the top of the branch itself is not theirs to move.
    /// </summary>
    public Task<LifecycleResult<int>> MoveAsync(CurrentUser user, int unitId, int newParentId, CancellationToken cancellationToken = default)
    {
        return UnitTreeWrites.RunAsync(contexts, async db =>
        {
            var (branch, refusal) = await UnitBranch.ForAsync(db, user, cancellationToken);
            if (branch is null)
            {
                return LifecycleResult.Refused<int>(refusal!);
            }

            var unit = await db.Units.Include(u => u.Parent).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
            var parent = await db.Units.SingleOrDefaultAsync(u => u.Id == newParentId, cancellationToken);
            if (unit is null || !branch.Contains(unit) || parent is null)
            {
                return LifecycleResult.Refused<int>(UnitBranch.NotFound);
            }

            refusal = unit.Id == branch.Top.Id ? "Không thể chuyển đơn vị của chính bạn; việc này do quản trị của đơn vị cấp trên thực hiện."
                : !branch.Contains(parent) ? UnitBranch.Outside(parent)
                : unit.ParentId == parent.Id ? $"\"{unit.Name}\" đã trực thuộc \"{parent.Name}\"."
                : await ParentRefusalAsync(db, parent, unit.Name, unit.Id, cancellationToken);
            if (refusal is not null)
            {
                return LifecycleResult.Refused<int>(refusal);
            }

            var oldParentName = unit.Parent?.Name ?? "(không có)";

            // Tracked in this context, the units below see their parents' new paths as each is refreshed, shortest path first.
            var oldPath = unit.Path;
            var below = await db.Units.Where(u => u.Path.StartsWith(oldPath) && u.Id != unit.Id).ToListAsync(cancellationToken);
            try
            {
                unit.MoveUnder(parent);
            }
            catch (DomainRuleException e)
            {
                return LifecycleResult.Refused<int>(e.Message);
            }

            unit.RefreshPath();
            foreach (var descendant in below.OrderBy(u => u.Path.Length))
            {
                descendant.RefreshPath();
            }

            var detail = $"{unit.Name}: từ \"{oldParentName}\" sang \"{parent.Name}\"" + (below.Count > 0 ? $", cùng {below.Count} đơn vị trực thuộc" : string.Empty);
            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.UnitMoved, null, detail));
            await db.SaveChangesAsync(cancellationToken);
            return LifecycleResult.Done(unit.Id);
        }, cancellationToken);
    }

    /// <summary>
    /// A unit that no longer exists leaves the pickers and the overview but keeps its plans, users and history.
    /// Its active units below must be moved or deactivated first, so no active unit hangs under an inactive one.
    /// </summary>
    public Task<LifecycleResult<int>> DeactivateAsync(CurrentUser user, int unitId, CancellationToken cancellationToken = default)
    {
        return UnitTreeWrites.RunAsync(contexts, async db =>
        {
            var (unit, refusal) = await ManagedUnitAsync(db, user, unitId, cancellationToken);
            if (unit is null)
            {
                return LifecycleResult.Refused<int>(refusal!);
            }

            var activeChildren = await db.Units.CountAsync(u => u.ParentId == unit.Id && u.IsActive, cancellationToken);
            refusal = unit.Id == user.UnitId ? "Không thể ngừng hoạt động đơn vị của chính bạn."
                : !unit.IsActive ? $"\"{unit.Name}\" đã ngừng hoạt động."
                : activeChildren > 0 ? $"\"{unit.Name}\" còn {activeChildren} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước."
                : null;
            if (refusal is not null)
            {
                return LifecycleResult.Refused<int>(refusal);
            }

            unit.Deactivate();
            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.UnitDeactivated, null, unit.Name));
            await db.SaveChangesAsync(cancellationToken);
            return LifecycleResult.Done(unit.Id);
        }, cancellationToken);
    }

    public Task<LifecycleResult<int>> ActivateAsync(CurrentUser user, int unitId, CancellationToken cancellationToken = default)
    {
        return UnitTreeWrites.RunAsync(contexts, async db =>
        {
            var (unit, refusal) = await ManagedUnitAsync(db, user, unitId, cancellationToken);
            if (unit is null)
            {
                return LifecycleResult.Refused<int>(refusal!);
            }

            var parent = unit.ParentId is { } parentId ? await db.Units.SingleAsync(u => u.Id == parentId, cancellationToken) : null;
            refusal = unit.IsActive ? $"\"{unit.Name}\" đang hoạt động."
                : parent is { IsActive: false } ? $"Đơn vị cấp trên \"{parent.Name}\" đang ngừng hoạt động; hãy cho đơn vị đó hoạt động lại trước."
                : null;
            if (refusal is not null)
            {
                return LifecycleResult.Refused<int>(refusal);
            }

            unit.Activate();
            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.UnitActivated, null, unit.Name));
            await db.SaveChangesAsync(cancellationToken);
            return LifecycleResult.Done(unit.Id);
        }, cancellationToken);
    }
}
