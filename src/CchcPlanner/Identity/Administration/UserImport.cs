using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Sheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Identity.Administration;

/// <summary>
/// Bulk creation of users from a sheet (<see cref="UserSheetColumns"/>): a preview that checks every row, then an
/// import that checks again against the database as it is now and creates every account or none, in one transaction.
/// Each new account gets a temporary password, returned once.
/// </summary>
public sealed class UserImport(IServiceScopeFactory scopes)
{
    public async Task<LifecycleResult<UserSheetPreview>> PreviewAsync(CurrentUser admin, SheetTable sheet, CancellationToken cancellationToken = default)
    {
        await using var session = await AdminSession.OpenAsync(scopes, admin, cancellationToken);
        return session is null
            ? LifecycleResult.Refused<UserSheetPreview>(AdminSession.NotAdministrator)
            : LifecycleResult.Done(await CheckAsync(session, sheet, cancellationToken));
    }

    /// <summary>The accounts created with their temporary passwords; refused, with nothing written, when any row has a problem.</summary>
    public async Task<LifecycleResult<IReadOnlyList<IssuedPassword>>> ImportAsync(
        CurrentUser admin, SheetTable sheet, string fileName, CancellationToken cancellationToken = default)
    {
        await using var session = await AdminSession.OpenAsync(scopes, admin, cancellationToken);
        if (session is null)
        {
            return LifecycleResult.Refused<IReadOnlyList<IssuedPassword>>(AdminSession.NotAdministrator);
        }

        await using var transaction = await WriteTransactions.BeginAsync(session.Db, cancellationToken);
        var preview = await CheckAsync(session, sheet, cancellationToken);
        if (!preview.CanImport)
        {
            return LifecycleResult.Refused<IReadOnlyList<IssuedPassword>>($"Bảng tính còn lỗi nên chưa tạo người dùng nào. {preview.AllProblems.FirstOrDefault()}".Trim());
        }

        var issued = new List<IssuedPassword>();
        try
        {
            foreach (var row in preview.Rows)
            {
                var (user, password, failure) = await NewAccounts.CreateAsync(session.Users, row.Email, row.FullName, row.UnitId, row.Roles);
                if (user is null)
                {
                    // Disposing the transaction rolls back the accounts already made: the sheet goes in whole or not at all.
                    return LifecycleResult.Refused<IReadOnlyList<IssuedPassword>>($"Dòng {row.Number}: {failure} Chưa tạo người dùng nào.");
                }

                session.Audit(AuditActions.UserCreated, $"Tạo tài khoản {row.Email} ({row.FullName}), {row.UnitName}, vai trò: {row.RolesText}; nhập từ tệp {fileName}");
                issued.Add(new IssuedPassword(user.Id, row.Email, row.FullName, password));
            }

            await session.Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return LifecycleResult.Refused<IReadOnlyList<IssuedPassword>>(
                "Cơ sở dữ liệu không ghi được một người dùng của bảng tính nên chưa tạo người dùng nào; hãy thử lại hoặc báo quản trị hệ thống.");
        }

        return LifecycleResult.Done<IReadOnlyList<IssuedPassword>>(issued);
    }

    private static async Task<UserSheetPreview> CheckAsync(AdminSession session, SheetTable sheet, CancellationToken cancellationToken)
    {
        var units = await session.ReachableUnits.ToListAsync(cancellationToken);
        var emails = sheet.Rows.Select(r => r[UserSheetColumns.Email].ToUpperInvariant()).Where(e => e.Length > 0).ToList();
        var used = await session.Db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync(cancellationToken);
        return UserSheet.Check(sheet, units, used.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }
}
