using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Sheets;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Units;

/// <summary>
/// Bulk creation of units from a sheet (<see cref="UnitSheetColumns"/>): a preview that checks every row, then an
/// import that checks again against the tree as it is now and writes every unit or none, in one transaction.
/// </summary>
public sealed class UnitImport(IDbContextFactory<CchcDbContext> contexts)
{
    public async Task<LifecycleResult<UnitSheetPreview>> PreviewAsync(CurrentUser user, SheetTable sheet, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (check, refusal) = await CheckAsync(db, user, sheet, cancellationToken);
        return check is null ? LifecycleResult.Refused<UnitSheetPreview>(refusal!) : LifecycleResult.Done(check.Preview);
    }

    /// <summary>The number of units created; refused, with nothing written, when any row has a problem or the database refuses one.</summary>
    public Task<LifecycleResult<int>> ImportAsync(CurrentUser user, SheetTable sheet, string fileName, CancellationToken cancellationToken = default) =>
        UnitTreeWrites.RunAsync(contexts, async db =>
        {
            var (check, refusal) = await CheckAsync(db, user, sheet, cancellationToken);
            if (check is null)
            {
                return LifecycleResult.Refused<int>(refusal!);
            }

            if (!check.Preview.CanImport)
            {
                var first = check.Preview.AllProblems.FirstOrDefault();
                return LifecycleResult.Refused<int>($"Bảng tính còn lỗi nên chưa nhập đơn vị nào. {first}".Trim());
            }

            var units = check.NewUnits();
            try
            {
                await UnitPlacement.AddAsync(db, units, cancellationToken);
                foreach (var unit in units)
                {
                    db.AuditEntries.Add(AuditEntry.By(user, AuditActions.UnitCreated, null, $"{unit.Name} ({unit.Abbreviation}), trực thuộc {unit.Parent!.Name}; nhập từ tệp {fileName}"));
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (!UnitTreeWrites.IsSerializationFailure(e))
            {
                // The transaction is not committed: the units inserted before the failing one go with it.
                return LifecycleResult.Refused<int>("Cơ sở dữ liệu không ghi được một đơn vị của bảng tính nên chưa nhập đơn vị nào; hãy thử lại hoặc báo quản trị hệ thống.");
            }

            return LifecycleResult.Done(units.Count);
        }, cancellationToken);

    private static async Task<(UnitSheet? Check, string? Refusal)> CheckAsync(CchcDbContext db, CurrentUser user, SheetTable sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var (branch, refusal) = await UnitBranch.ForAsync(db, user, cancellationToken);
        if (branch is null)
        {
            return (null, refusal);
        }

        var top = branch.Top.Path;
        var units = await db.Units.Where(u => u.Path.StartsWith(top)).ToListAsync(cancellationToken);
        return (UnitSheet.Check(sheet, units), null);
    }
}
