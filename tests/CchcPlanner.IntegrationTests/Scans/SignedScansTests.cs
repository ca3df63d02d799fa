using System.Security.Cryptography;
using System.Text;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Scans;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Scans;

/// <summary>The clerk uploads the signed scan of an issued plan; only whole PDFs within the limit are kept, and only untouched files are served.</summary>
public sealed class SignedScansTests(PostgresServer server) : DatabaseTests(server), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-scans-").FullName;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadAsync_WholePdf_KeepsItWithItsChecksumAndSignsThePlan(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk, "Trần Thị Mai");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var pdf = Pdf("%%EOF\r\n\n  ");

        var result = await Scans(database).UploadAsync(clerk, id, await world.VersionAsync(id), new MemoryStream(pdf), Token);

        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(PlanStatus.Signed, (await world.LoadAsync(id)).Status);
        await using var db = database.CreateDbContext();
        var scan = await db.SignedScans.SingleAsync(s => s.PlanId == id, Token);
        Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(pdf)), (long)pdf.Length, "Trần Thị Mai", database.Clock.Now), (scan.Sha256, scan.Length, scan.UploadedBy, scan.At));
        Assert.Matches(@"^2024/\d+-[0-9a-f]{32}\.pdf$", scan.StoredName);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(_folder, scan.StoredName), Token));
        var history = (await world.Workflow.HistoryAsync(clerk, id, Token)).Value!;
        Assert.Equal((PlanStatus.Issued, PlanStatus.Signed, Roles.Clerk), (history[^1].From, history[^1].To, history[^1].Role));
        Assert.Equal([AuditActions.ScanUploaded, AuditActions.PlanSigned], (await world.AuditOfAsync(id)).Select(e => e.Action));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadAsync_NotAPdfTooLargeOrCutShort_RefusedInVietnameseAndNothingKept(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var version = await world.VersionAsync(id);
        var scans = Scans(database);
        var tooLarge = Pdf("%%EOF", padding: 1024 * 1024);

        var word = await scans.UploadAsync(clerk, id, version, new MemoryStream(Encoding.ASCII.GetBytes("PK\u0003\u0004 a Word file")), Token);
        var empty = await scans.UploadAsync(clerk, id, version, new MemoryStream(), Token);
        var large = await scans.UploadAsync(clerk, id, version, new MemoryStream(tooLarge), Token);
        var cut = await scans.UploadAsync(clerk, id, version, new MemoryStream(Pdf("%%EOF")[..^10]), Token);

        Assert.Equal("Tệp tải lên không phải tệp PDF. Hãy quét văn bản đã ký, đóng dấu thành tệp PDF rồi tải lên.", word.Refusal);
        Assert.Equal(word.Refusal, empty.Refusal);
        Assert.StartsWith("Tệp quá lớn: bản ký tải lên tối đa 1 MB.", large.Refusal, StringComparison.Ordinal);
        Assert.Equal("Tệp PDF không trọn vẹn (thiếu phần kết thúc %%EOF), có thể do tải lên bị ngắt giữa chừng. Hãy tải lên lại tệp đầy đủ.", cut.Refusal);
        Assert.Equal(PlanStatus.Issued, (await world.LoadAsync(id)).Status);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
        Assert.Equal(0, await world.CountAsync(db => db.SignedScans));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEntries));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadAsync_ByAnotherUnitsClerkOrTheDrafterOrBeforeIssue_Refused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var issued = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var approved = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Approved);
        var scans = Scans(database);
        async Task<string?> Refusal(string role, CchcPlanner.Units.Unit unit, int id) =>
            (await scans.UploadAsync(WorkflowWorld.As(unit, role), id, await world.VersionAsync(id), new MemoryStream(Pdf("%%EOF")), Token)).Refusal;

        Assert.Equal("Chỉ văn thư của đơn vị ban hành mới được cấp số, ban hành và tải lên bản ký của kế hoạch này.", await Refusal(Roles.Clerk, world.Units.BenNghe, issued));
        Assert.Equal("Chỉ văn thư của đơn vị ban hành mới được cấp số, ban hành và tải lên bản ký của kế hoạch này.", await Refusal(Roles.Drafter, world.Units.TuoiHong, issued));
        Assert.Equal("Chỉ tải lên bản ký, đóng dấu cho kế hoạch đã cấp số, ban hành; kế hoạch này đang ở trạng thái \"Đã duyệt\".", await Refusal(Roles.Clerk, world.Units.TuoiHong, approved));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAsync_UntouchedScan_ServedToAnyReaderAndTheDownloadAudited(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var pdf = Pdf("%%EOF");
        await Scans(database).UploadAsync(WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk), id, await world.VersionAsync(id), new MemoryStream(pdf), Token);
        var elsewhere = WorkflowWorld.As(world.Units.NinhGiang, Roles.Drafter, "Đỗ Văn Hùng");

        var file = await Scans(database).OpenAsync(elsewhere, id, Token);
        var info = await Scans(database).InfoAsync(elsewhere, id, Token);

        Assert.True(file.Succeeded, file.Refusal);
        Assert.Equal("KH-90-MNTH-2024-ban-ky.pdf", file.Value!.FileName);
        Assert.Equal(pdf, file.Value.Content);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), info!.Sha256);
        var download = (await world.AuditOfAsync(id))[^1];
        Assert.Equal((AuditActions.ScanDownloaded, "Đỗ Văn Hùng", world.Units.NinhGiang.Id), (download.Action, download.FullName, download.UnitId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAsync_FileChangedOnDisk_RefusedAndTheFailedCheckAudited(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        await Scans(database).UploadAsync(WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk), id, await world.VersionAsync(id), new MemoryStream(Pdf("%%EOF")), Token);
        var stored = Directory.EnumerateFiles(_folder, "*.pdf", SearchOption.AllDirectories).Single();
        var bytes = await File.ReadAllBytesAsync(stored, Token);
        bytes[20] ^= 0x01;
        await File.WriteAllBytesAsync(stored, bytes, Token);

        var file = await Scans(database).OpenAsync(WorkflowWorld.As(world.Units.TuoiHong, Roles.Head), id, Token);

        Assert.Equal(
            "Bản ký lưu trên máy chủ không còn khớp với bản đã tải lên (mất tệp hoặc sai mã kiểm tra SHA-256), nên không được cung cấp. Hãy báo quản trị hệ thống.",
            file.Refusal);
        Assert.Equal(AuditActions.ScanFailedCheck, (await world.AuditOfAsync(id))[^1].Action);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>A small PDF-shaped file: the header, some body, then <paramref name="end"/>.</summary>
    private static byte[] Pdf(string end, int padding = 200) =>
        Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + new string('0', padding) + "\ntrailer\n<< /Root 1 0 R >>\n" + end);

    private SignedScans Scans(TestDatabase database) => new(database, new ScanOptions { Folder = _folder, MaxMegabytes = 1 });
}
