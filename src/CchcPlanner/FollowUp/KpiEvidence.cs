using System.Globalization;
using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Scans;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.FollowUp;

/// <summary>An evidence file as the results grid shows it after an upload.</summary>
public sealed record EvidenceInfo(int ResultId, EvidenceKind Kind, long Length);

/// <summary>An evidence file to download.</summary>
public sealed record EvidenceDownload(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The evidence file (minh chứng) of a KPI's result for one period: one file per result, PDF, image, Word or Excel
/// (<see cref="EvidenceFile"/>), within <see cref="ScanOptions.EvidenceMaxMegabytes"/>, kept in the same storage as the
/// signed scans (<see cref="FileStore"/>, under <c>evidence/</c>). Who may upload is who may record results; who may
/// download is who may read them (the plan's unit, reviewers and administrators above), everyone else is answered as for a
/// missing file. Attaching evidence does not change the plan's version, so values being typed on the results page at the
/// same time can still be saved. A refused upload leaves the previous file in place.
/// </summary>
public sealed class KpiEvidence(IDbContextFactory<CchcDbContext> contexts, ScanOptions options, TimeProvider time)
{
    private readonly FileStore files = new(options);

    public string TooLarge =>
        $"Tệp quá lớn: tệp minh chứng tối đa {options.EvidenceMaxMegabytes.ToString(CultureInfo.InvariantCulture)} MB. Hãy nén ảnh, giảm độ phân giải khi quét hoặc chia nhỏ tệp rồi tải lên lại.";

    /// <summary>Stores the file as the evidence of the KPI's result for the period, replacing an earlier one.</summary>
    public async Task<LifecycleResult<EvidenceInfo>> UploadAsync(
        CurrentUser user, int planId, int kpiId, ReportingPeriod period, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReviewablePlans(db.Plans.Where(p => p.Id == planId))
            .Include(p => p.Kpis).ThenInclude(k => k.Results).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<EvidenceInfo>(KpiResults.NotFound);
        }

        if (PlanPermissions.WhyNotRecordResults(user, plan) is { } refusal)
        {
            return LifecycleResult.Refused<EvidenceInfo>(refusal);
        }

        if (plan.Kpis.FirstOrDefault(k => k.Id == kpiId) is not { } kpi)
        {
            return LifecycleResult.Refused<EvidenceInfo>("Có chỉ tiêu không thuộc kế hoạch này; hãy tải lại trang rồi nhập lại.");
        }

        EvidenceKind? kind = null;
        var stem = string.Create(CultureInfo.InvariantCulture, $"evidence/{plan.Year}/{plan.Id}-{kpi.Id}-{(int)period}-{Guid.NewGuid():N}");
        var (stored, problem) = await files.SaveAsync(stem, content, options.EvidenceMaxBytes, TooLarge, async (file, token) =>
        {
            var sniffed = await EvidenceFile.SniffAsync(file, token);
            kind = sniffed.Kind;
            return sniffed.Problem;
        }, cancellationToken);
        if (problem is not null)
        {
            return LifecycleResult.Refused<EvidenceInfo>(problem);
        }

        // The name ends with the kind found in the bytes, so a download is served with the right type and extension.
        var storedName = stem + kind!.Value.Extension();
        File.Move(Path.Combine(files.Folder, stem), Path.Combine(files.Folder, storedName));
        var saved = false;
        try
        {
            var result = kpi.Results.FirstOrDefault(r => r.Period == period) ?? kpi.RecordResult(period, null, null, user.FullName, time.GetUtcNow());
            var previous = result.EvidencePath;
            result.AttachEvidence(storedName);
            var size = SizeText(stored!.Length);
            db.AuditEntries.Add(AuditEntry.By(
                user, AuditActions.EvidenceUploaded, plan.Id, $"{period.ToVietnamese()}, chỉ tiêu {kpi.Position + 1}: {kind.Value.ToVietnamese()} {size}, SHA-256 {stored.Sha256}"));
            await db.SaveChangesAsync(cancellationToken);
            saved = true;
            if (previous is not null && previous != storedName)
            {
                files.Delete(previous);
            }

            return LifecycleResult.Done(new EvidenceInfo(result.Id, kind.Value, stored.Length));
        }
        catch (DbUpdateException)
        {
            return LifecycleResult.Refused<EvidenceInfo>("Chỉ tiêu này vừa được người khác cập nhật; hãy tải lại trang rồi tải tệp minh chứng lên lại.");
        }
        finally
        {
            if (!saved)
            {
                files.Delete(storedName);
            }
        }
    }

    /// <summary>
    /// The evidence file of the result, or null when there is none, the result is not the plan's, the user may not read the
    /// plan's results, or the file is gone from the storage (the last is logged in the audit trail). A download is audited.
    /// </summary>
    public async Task<EvidenceDownload?> OpenAsync(CurrentUser user, int planId, int resultId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReviewablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId))
            .Include(p => p.Kpis).ThenInclude(k => k.Results).AsSplitQuery().SingleOrDefaultAsync(cancellationToken);
        var found = plan?.Kpis.SelectMany(k => k.Results.Where(r => r.Id == resultId && r.EvidencePath is not null)
            .Select(r => new { plan.Year, Kpi = k.Position, r.Period, Path = r.EvidencePath! })).SingleOrDefault();
        if (found is null || EvidenceFile.FromStoredName(found.Path) is not { } kind)
        {
            return null;
        }

        var content = await files.ReadAsync(found.Path, cancellationToken);
        var what = $"{found.Period.ToVietnamese()}, chỉ tiêu {found.Kpi + 1}";
        db.AuditEntries.Add(content is null
            ? AuditEntry.By(user, AuditActions.EvidenceMissing, planId, $"{what}: không còn tệp ({found.Path})")
            : AuditEntry.By(user, AuditActions.EvidenceDownloaded, planId, what));
        await db.SaveChangesAsync(cancellationToken);
        return content is null
            ? null
            : new EvidenceDownload(
                string.Create(CultureInfo.InvariantCulture, $"minh-chung-{found.Year}-{PeriodSlug(found.Period)}-chi-tieu-{found.Kpi + 1}{kind.Extension()}"),
                kind.ContentType(),
                content);
    }

    private static string PeriodSlug(ReportingPeriod period) => period switch
    {
        ReportingPeriod.Quarter1 => "quy-1",
        ReportingPeriod.Quarter2 => "quy-2",
        ReportingPeriod.Quarter3 => "quy-3",
        ReportingPeriod.Quarter4 => "quy-4",
        ReportingPeriod.FirstHalf => "6-thang",
        ReportingPeriod.NineMonths => "9-thang",
        _ => "nam",
    };

    private static string SizeText(long length) => length < 1024 * 1024
        ? Math.Ceiling(length / 1024d).ToString("#,0", VietnameseText.Culture) + " KB"
        : (length / 1024d / 1024d).ToString("0.##", VietnameseText.Culture) + " MB";
}
