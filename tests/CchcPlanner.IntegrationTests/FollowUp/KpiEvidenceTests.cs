using System.IO.Compression;
using System.Text;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.FollowUp;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Scans;

namespace CchcPlanner.IntegrationTests.FollowUp;

/// <summary>
/// Evidence files of KPI results: kept in the scans storage, recognised by their bytes, served only to who reads the results,
/// refused in Vietnamese without losing the previous file or the values being typed.
/// </summary>
public sealed class KpiEvidenceTests(PostgresServer server) : DatabaseTests(server), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cchc-evidence-").FullName;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadAndOpen_OwnUnitAndReviewerAbove_GetTheFileOthersDoNot(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk);
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer);
        var stranger = WorkflowWorld.As(world.Units.NinhGiang, Roles.Reviewer);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var other = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued, 2025);
        var sheet = (await Results(world).SheetAsync(drafter, id, ReportingPeriod.Quarter1, Token))!;
        var kpi = sheet.Lines[1].KpiId;
        var pdf = Pdf();

        var uploaded = await Evidence(world).UploadAsync(drafter, id, kpi, ReportingPeriod.Quarter1, new MemoryStream(pdf), Token);

        Assert.True(uploaded.Succeeded, uploaded.Refusal);
        Assert.Equal((EvidenceKind.Pdf, (long)pdf.Length), (uploaded.Value!.Kind, uploaded.Value.Length));
        Assert.Equal(sheet.Version, await world.VersionAsync(id));
        var line = (await Results(world).SheetAsync(drafter, id, ReportingPeriod.Quarter1, Token))!.Lines[1];
        Assert.Equal((uploaded.Value.ResultId, EvidenceKind.Pdf, (decimal?)null), (line.ResultId, line.Evidence, line.Value));
        var stored = (await world.LoadAsync(id)).Kpis[1].Results.Single().EvidencePath!;
        Assert.Matches(@"^evidence/2024/\d+-\d+-1-[0-9a-f]{32}\.pdf$", stored);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(_folder, stored), Token));

        // The values typed before the upload still save on the version the page holds.
        var saved = await Results(world).SaveAsync(drafter, id, sheet.Version, ReportingPeriod.Quarter1, [new(kpi, 98m, "Có biên bản kèm theo")], Token);
        Assert.True(saved.Succeeded, saved.Refusal);

        foreach (var reader in new[] { drafter, clerk, reviewer })
        {
            var file = await Evidence(world).OpenAsync(reader, id, line.ResultId!.Value, Token);
            Assert.NotNull(file);
            Assert.Equal(("minh-chung-2024-quy-1-chi-tieu-2.pdf", "application/pdf"), (file.FileName, file.ContentType));
            Assert.Equal(pdf, file.Content);
        }

        Assert.Null(await Evidence(world).OpenAsync(stranger, id, line.ResultId!.Value, Token));
        Assert.Null(await Evidence(world).OpenAsync(drafter, other, line.ResultId!.Value, Token));
        Assert.Null(await Evidence(world).OpenAsync(drafter, id, line.ResultId!.Value + 1000, Token));
        Assert.Equal(
            [AuditActions.EvidenceUploaded, AuditActions.ResultsRecorded, AuditActions.EvidenceDownloaded, AuditActions.EvidenceDownloaded, AuditActions.EvidenceDownloaded],
            (await world.AuditOfAsync(id)).Select(e => e.Action));
        Assert.StartsWith("Quý I, chỉ tiêu 2: PDF 1 KB, SHA-256 ", (await world.AuditOfAsync(id))[0].Detail, StringComparison.Ordinal);

        // A new file replaces the old one, which leaves the storage.
        var replaced = await Evidence(world).UploadAsync(drafter, id, kpi, ReportingPeriod.Quarter1, new MemoryStream(Xlsx()), Token);
        Assert.True(replaced.Succeeded, replaced.Refusal);
        Assert.Equal(line.ResultId, replaced.Value!.ResultId);
        Assert.False(File.Exists(Path.Combine(_folder, stored)));
        var file2 = (await Evidence(world).OpenAsync(reviewer, id, line.ResultId!.Value, Token))!;
        Assert.Equal(("minh-chung-2024-quy-1-chi-tieu-2.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (file2.FileName, file2.ContentType));
        Assert.Equal((98m, "Có biên bản kèm theo"), ((await world.LoadAsync(id)).Kpis[1].Results.Single().Value, (await world.LoadAsync(id)).Kpis[1].Results.Single().Note));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadAsync_WrongTypeDamagedTooLargeOrNotAllowed_RefusedAndThePreviousFileStays(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Signed);
        var draft = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Approved, 2025);
        var kpi = (await world.LoadAsync(id)).Kpis[0].Id;
        var evidence = Evidence(world);
        Assert.True((await evidence.UploadAsync(drafter, id, kpi, ReportingPeriod.Year, new MemoryStream(Pdf()), Token)).Succeeded);
        var before = (await world.LoadAsync(id)).Kpis[0].Results.Single().EvidencePath;

        Task<string?> RefusalAsync(CurrentUserArgs who, int planId, byte[] content) =>
            evidence.UploadAsync(who.User, planId, who.Kpi ?? kpi, ReportingPeriod.Year, new MemoryStream(content), Token).ContinueWith(t => t.Result.Refusal, TaskScheduler.Default);

        var own = new CurrentUserArgs(drafter);
        Assert.Equal(EvidenceFile.WrongType, await RefusalAsync(own, id, Encoding.UTF8.GetBytes("<html>Báo cáo</html>")));
        Assert.Equal(EvidenceFile.WrongType, await RefusalAsync(own, id, []));
        Assert.Equal(EvidenceFile.OldOffice, await RefusalAsync(own, id, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
        Assert.StartsWith("Tệp PDF bị hỏng hoặc không trọn vẹn", await RefusalAsync(own, id, Pdf()[..^8]), StringComparison.Ordinal);
        Assert.StartsWith("Tệp Word/Excel bị hỏng", await RefusalAsync(own, id, Xlsx()[..200]), StringComparison.Ordinal);
        Assert.StartsWith("Tệp quá lớn: tệp minh chứng tối đa 1 MB.", await RefusalAsync(own, id, Pdf(1024 * 1024)), StringComparison.Ordinal);
        Assert.Equal(KpiResults.NotFound, await RefusalAsync(new(WorkflowWorld.As(world.Units.NinhGiang, Roles.Drafter)), id, Pdf()));
        const string NotTheirs = "Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được nhập kết quả thực hiện kế hoạch này.";
        Assert.Equal(NotTheirs, await RefusalAsync(new(WorkflowWorld.As(world.Units.District1, Roles.Reviewer)), id, Pdf()));
        Assert.Equal(NotTheirs, await RefusalAsync(new(WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk)), id, Pdf()));
        Assert.StartsWith("Kế hoạch đang ở trạng thái \"Đã duyệt\"", await RefusalAsync(own, draft, Pdf()), StringComparison.Ordinal);
        Assert.StartsWith("Có chỉ tiêu không thuộc kế hoạch này", await RefusalAsync(own with { Kpi = (await world.LoadAsync(draft)).Kpis[0].Id }, id, Pdf()), StringComparison.Ordinal);

        Assert.Equal(before, (await world.LoadAsync(id)).Kpis[0].Results.Single().EvidencePath);
        Assert.Equal([before!.Replace('/', Path.DirectorySeparatorChar)], Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f)));
        Assert.Single(await world.AuditOfAsync(id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task OpenAsync_FileGoneFromStorage_NotServedAndAudited(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var head = WorkflowWorld.As(world.Units.TuoiHong, Roles.Head);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var kpi = (await world.LoadAsync(id)).Kpis[0].Id;
        var uploaded = (await Evidence(world).UploadAsync(head, id, kpi, ReportingPeriod.Quarter2, new MemoryStream(Png()), Token)).Value!;
        File.Delete(Path.Combine(_folder, (await world.LoadAsync(id)).Kpis[0].Results.Single().EvidencePath!));

        Assert.Null(await Evidence(world).OpenAsync(head, id, uploaded.ResultId, Token));
        Assert.Equal(AuditActions.EvidenceMissing, (await world.AuditOfAsync(id))[^1].Action);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Pdf(int padding = 200) =>
        Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + new string('0', padding) + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[32], 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    private static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/worksheets/sheet1.xml", new string('1', 500)) })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.NoCompression).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static KpiResults Results(WorkflowWorld world) => new(world.Database, world.Database.Clock);

    private KpiEvidence Evidence(WorkflowWorld world) =>
        new(world.Database, new ScanOptions { Folder = _folder, EvidenceMaxMegabytes = 1 }, world.Database.Clock);

    private sealed record CurrentUserArgs(CchcPlanner.Security.CurrentUser User, int? Kpi = null);
}
