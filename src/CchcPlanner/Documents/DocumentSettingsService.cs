using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Documents;

/// <summary>
/// Document settings in the database, one row per unit. An administrator changes or resets those of their own unit only;
/// they then apply to that unit and to every unit below without a closer setting. Every change is in the audit trail.
/// </summary>
public sealed class DocumentSettingsService(IDbContextFactory<CchcDbContext> contexts, DocumentLayout configured, TimeProvider time)
{
    public const string NotAdministrator = "Chỉ quản trị hệ thống mới được đổi cài đặt văn bản.";

    public DocumentLayout Configured => configured;

    /// <summary>The layout for the documents of a plan of <paramref name="unitId"/>, in one query.</summary>
    public async Task<ResolvedLayout> LayoutForAsync(int unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ResolveAsync(db, unitId, cancellationToken);
    }

    /// <summary>What the administrator's unit uses now, for the settings page.</summary>
    public async Task<LifecycleResult<ResolvedLayout>> ReadAsync(CurrentUser admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return admin.IsIn(Roles.Admin)
            ? LifecycleResult.Done(await LayoutForAsync(admin.UnitId, cancellationToken))
            : LifecycleResult.Refused<ResolvedLayout>(NotAdministrator);
    }

    /// <summary>Stores the values for the administrator's unit; a value outside the decree's ranges is refused and nothing is saved.</summary>
    public async Task<LifecycleResult<ResolvedLayout>> SaveAsync(CurrentUser admin, DocumentSettingsForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(form);
        if (!admin.IsIn(Roles.Admin))
        {
            return LifecycleResult.Refused<ResolvedLayout>(NotAdministrator);
        }

        DocumentLayout layout;
        try
        {
            layout = form.ToLayout();
        }
        catch (DomainRuleException e)
        {
            return LifecycleResult.Refused<ResolvedLayout>($"Chưa lưu: {e.Message}");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var row = await db.DocumentSettings.SingleOrDefaultAsync(s => s.UnitId == admin.UnitId, cancellationToken);
        if (row is null)
        {
            db.DocumentSettings.Add(new DocumentSettings(admin.UnitId, layout, admin, now));
        }
        else
        {
            row.Change(layout, admin, now);
        }

        db.AuditEntries.Add(AuditEntry.By(admin, AuditActions.DocumentSettingsChanged, null, $"{admin.UnitName}: {Describe(layout)}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (row is null)
        {
            // Another administrator of the unit saved its first settings at the same moment (the unique index on UnitId).
            return LifecycleResult.Refused<ResolvedLayout>("Cài đặt văn bản của đơn vị vừa được người khác lưu. Vui lòng tải lại trang rồi thử lại.");
        }

        return LifecycleResult.Done(await ResolveAsync(db, admin.UnitId, cancellationToken));
    }

    /// <summary>Deletes the settings of the administrator's unit: it then uses those of the nearest unit above, or the default.</summary>
    public async Task<LifecycleResult<ResolvedLayout>> ResetAsync(CurrentUser admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsIn(Roles.Admin))
        {
            return LifecycleResult.Refused<ResolvedLayout>(NotAdministrator);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.DocumentSettings.SingleOrDefaultAsync(s => s.UnitId == admin.UnitId, cancellationToken) is not { } row)
        {
            return LifecycleResult.Refused<ResolvedLayout>("Đơn vị của bạn chưa có cài đặt văn bản riêng; không có gì để trả về mặc định.");
        }

        db.DocumentSettings.Remove(row);
        db.AuditEntries.Add(AuditEntry.By(admin, AuditActions.DocumentSettingsReset, null, $"{admin.UnitName}: bỏ cài đặt riêng ({Describe(row.Layout)})"));
        await db.SaveChangesAsync(cancellationToken);
        return LifecycleResult.Done(await ResolveAsync(db, admin.UnitId, cancellationToken));
    }

    private async Task<ResolvedLayout> ResolveAsync(CchcDbContext db, int unitId, CancellationToken cancellationToken)
    {
        // The unit's own path starts with the path of each unit above it (/1/4/9/ with /1/ and /1/4/): the longest wins.
        var nearest = await (
                from unit in db.Units
                where unit.Id == unitId
                from owner in db.Units
                where owner.Path != "" && unit.Path.StartsWith(owner.Path)
                join settings in db.DocumentSettings on owner.Id equals settings.UnitId
                orderby owner.Path.Length descending
                select new { settings, owner.Name })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        return nearest is null
            ? new ResolvedLayout(configured, null, null, null, null)
            : new ResolvedLayout(nearest.settings.Layout, nearest.settings.UnitId, nearest.Name, nearest.settings.ChangedBy, nearest.settings.ChangedAt);
    }

    private static string Describe(DocumentLayout layout) => string.Create(
        VietnameseText.Culture,
        $"lề trên {layout.TopMm:0.##} mm, lề dưới {layout.BottomMm:0.##} mm, lề trái {layout.LeftMm:0.##} mm, lề phải {layout.RightMm:0.##} mm, cỡ chữ {layout.BodyPt}, giãn dòng {layout.LineSpacing:0.0#}");
}
