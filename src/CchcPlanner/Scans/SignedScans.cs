using System.Globalization;
using System.Security.Cryptography;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Scans;

/// <summary>A stored scan as the plan page describes it.</summary>
public sealed record ScanInfo(int PlanId, long Length, string Sha256, DateTimeOffset At, string UploadedBy);

/// <summary>A scan read back, its bytes checked against the checksum taken at upload.</summary>
public sealed record ScanFile(string FileName, byte[] Content, ScanInfo Info);

/// <summary>
/// Signing: the clerk of the issuing unit uploads the signed and stamped scan of an issued plan, which becomes Signed,
/// and that scan is the document users download from then on. Uploads are refused unless they are a whole PDF within the
/// size limit; a scan whose bytes no longer match its checksum is never served.
/// </summary>
public sealed class SignedScans(IDbContextFactory<CchcDbContext> contexts, ScanOptions options)
{
    private readonly FileStore files = new(options);

    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";

    /// <param name="version">The plan's version as the clerk saw it.</param>
    /// <param name="content">The uploaded file; read once, to its end or to the size limit.</param>
    public async Task<LifecycleResult<PlanState>> UploadAsync(CurrentUser clerk, int planId, Guid version, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, clerk, cancellationToken);
        var plan = await scope.ReadablePlans(db.Plans.Where(p => p.Id == planId)).Include(p => p.Unit).SingleOrDefaultAsync(cancellationToken);
        var refusal = plan is null ? NotFound
            : WorkflowPermissions.WhyNotRegister(scope, plan) is { } why ? why
            : plan.Version != version ? PlanWorkflow.Stale
            : plan.Status != PlanStatus.Issued ? $"Chỉ tải lên bản ký, đóng dấu cho kế hoạch đã cấp số, ban hành; kế hoạch này đang ở trạng thái \"{plan.Status.ToVietnamese()}\"."
            : null;
        if (refusal is not null)
        {
            return LifecycleResult.Refused<PlanState>(refusal);
        }

        var storedName = $"{plan!.Year.ToString(CultureInfo.InvariantCulture)}/{plan.Id.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.pdf";
        var tooLarge = $"Tệp quá lớn: bản ký tải lên tối đa {options.MaxMegabytes.ToString(CultureInfo.InvariantCulture)} MB. Hãy quét với độ phân giải thấp hơn (ví dụ 200 dpi, đen trắng).";
        var (stored, problem) = await files.SaveAsync(storedName, content, options.MaxBytes, tooLarge, PdfFile.WhyNotAsync, cancellationToken);
        if (problem is not null)
        {
            return LifecycleResult.Refused<PlanState>(problem);
        }

        var saved = false;
        try
        {
            var (length, sha256) = (stored!.Length, stored.Sha256);
            plan.MarkSigned();
            db.SignedScans.Add(new SignedScan(plan.Id, storedName, length, sha256, clerk));
            var size = SizeText(length);
            db.AuditEntries.Add(AuditEntry.By(clerk, AuditActions.ScanUploaded, plan.Id, $"{plan.NumberAndSymbol}: PDF {size}, SHA-256 {sha256}"));
            WorkflowRecords.Add(db, scope, plan, WorkflowAction.UploadScan, PlanStatus.Issued, $"Bản ký, đóng dấu (PDF {size})", $"{plan.NumberAndSymbol}: {plan.Title}");
            await db.SaveChangesAsync(cancellationToken);
            saved = true;
            return LifecycleResult.Done(new PlanState(plan.Id, plan.Status, plan.Version, plan.NumberAndSymbol, plan.IssuedOn));
        }
        catch (DbUpdateConcurrencyException)
        {
            return LifecycleResult.Refused<PlanState>(PlanWorkflow.Stale);
        }
        finally
        {
            if (!saved)
            {
                files.Delete(storedName);
            }
        }
    }

    /// <summary>The plan's scan, if it has one and the user may read the plan.</summary>
    public async Task<ScanInfo?> InfoAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, user, planId, cancellationToken) is var (_, scan) ? Info(scan) : null;
    }

    /// <summary>
    /// The scan to download, after checking its bytes against the checksum taken at upload; the download (or the failed
    /// check) goes into the audit trail.
    /// </summary>
    public async Task<LifecycleResult<ScanFile>> OpenAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, user, planId, cancellationToken) is not var (plan, scan))
        {
            return LifecycleResult.Refused<ScanFile>("Kế hoạch này chưa có bản ký, đóng dấu, hoặc bạn không có quyền xem.");
        }

        var content = await files.ReadAsync(scan.StoredName, cancellationToken);
        if (content is null || Convert.ToHexStringLower(SHA256.HashData(content)) != scan.Sha256)
        {
            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.ScanFailedCheck, planId, $"{plan.NumberAndSymbol}: {(content is null ? "không còn tệp" : "sai mã kiểm tra")} ({scan.StoredName})"));
            await db.SaveChangesAsync(cancellationToken);
            return LifecycleResult.Refused<ScanFile>(
                "Bản ký lưu trên máy chủ không còn khớp với bản đã tải lên (mất tệp hoặc sai mã kiểm tra SHA-256), nên không được cung cấp. Hãy báo quản trị hệ thống.");
        }

        db.AuditEntries.Add(AuditEntry.By(user, AuditActions.ScanDownloaded, planId, $"{plan.NumberAndSymbol}: {plan.Title}"));
        await db.SaveChangesAsync(cancellationToken);
        return LifecycleResult.Done(new ScanFile($"{plan.FileStem}-ban-ky.pdf", content, Info(scan)));
    }

    private static async Task<(Plan Plan, SignedScan Scan)?> FindAsync(CchcDbContext db, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReadablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId)).SingleOrDefaultAsync(cancellationToken);
        var scan = plan is null ? null
            : await db.SignedScans.AsNoTracking().Where(s => s.PlanId == planId).OrderByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        return plan is null || scan is null ? null : (plan, scan);
    }

    private static ScanInfo Info(SignedScan scan) => new(scan.PlanId, scan.Length, scan.Sha256, scan.At, scan.UploadedBy);

    private static string SizeText(long length) =>
        (length / 1024d / 1024d).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + " MB";
}
