using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Documents;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Scans;
using CchcPlanner.Web.Documents;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>Document settings an administrator stores for their unit: audited, within the decree, inherited down the tree, used by the files.</summary>
public sealed class DocumentSettingsTests(PostgresServer server) : DatabaseTests(server)
{
    private static readonly DocumentSettingsForm Wide = new() { TopMm = 25, BottomMm = 22, LeftMm = 35, RightMm = 20, BodyPt = 13, LineSpacing = 1.5m };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_ThenResetAsync_StoresAndDeletesTheRowAndAuditsBoth(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var settings = Service(database);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin, "Trần Quản Trị");

        var saved = await settings.SaveAsync(admin, Wide, Token);

        Assert.True(saved.Succeeded, saved.Refusal);
        Assert.Equal((25m, 22m, 35m, 20m, 13, 1.5m), Values(saved.Value!.Layout));
        Assert.Equal("Đang dùng cài đặt của Ủy ban nhân dân Quận 1.", saved.Value.SourceText);
        await using (var db = database.CreateDbContext())
        {
            var row = await db.DocumentSettings.SingleAsync(Token);
            Assert.Equal((world.Units.District1.Id, "Trần Quản Trị"), (row.UnitId, row.ChangedBy));
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.DocumentSettingsChanged, Token);
            Assert.Contains("lề trên 25 mm", entry.Detail, StringComparison.Ordinal);
            Assert.Contains("giãn dòng 1,5", entry.Detail, StringComparison.Ordinal);
        }

        var reset = await settings.ResetAsync(admin, Token);

        Assert.True(reset.Succeeded, reset.Refusal);
        Assert.True(reset.Value!.IsDefault);
        Assert.Equal(DocumentLayout.Default, reset.Value.Layout);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(0, await db.DocumentSettings.CountAsync(Token));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.DocumentSettingsReset, Token));
        }

        Assert.Equal("Đổi cài đặt văn bản", AuditActions.ToVietnamese(AuditActions.DocumentSettingsChanged));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_ValueOutsideTheDecree_IsRefusedAndNothingIsSaved(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin);

        var result = await Service(database).SaveAsync(admin, new DocumentSettingsForm { TopMm = 30, BottomMm = 20, LeftMm = 30, RightMm = 15, BodyPt = 14, LineSpacing = 1 }, Token);

        Assert.Equal("Chưa lưu: Lề trên phải nằm trong khoảng 20–25 theo Nghị định 30/2020/NĐ-CP.", result.Refusal);
        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.DocumentSettings.CountAsync(Token));
        Assert.Equal(0, await db.AuditEntries.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LayoutForAsync_NearestUnitUpThePathWithSettings_Wins(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var settings = Service(database);
        var units = world.Units;

        Assert.True((await settings.LayoutForAsync(units.LeNgocHan.Id, Token)).IsDefault);

        await settings.SaveAsync(WorkflowWorld.As(units.HoChiMinhCity, Roles.Admin), Wide, Token);
        var fromProvince = await settings.LayoutForAsync(units.LeNgocHan.Id, Token);
        Assert.Equal(("Đang dùng cài đặt của Ủy ban nhân dân Thành phố Hồ Chí Minh.", 25m), (fromProvince.SourceText, fromProvince.Layout.TopMm));

        var district = new DocumentSettingsForm { TopMm = 20, BottomMm = 20, LeftMm = 30, RightMm = 15, BodyPt = 14, LineSpacing = 1.2m };
        await settings.SaveAsync(WorkflowWorld.As(units.District1, Roles.Admin), district, Token);
        var school = await settings.LayoutForAsync(units.LeNgocHan.Id, Token);
        Assert.Equal((units.District1.Id, 1.2m), (school.SourceUnitId, school.Layout.LineSpacing));
        Assert.Equal(units.HoChiMinhCity.Id, (await settings.LayoutForAsync(world.District3.Id, Token)).SourceUnitId);
        Assert.True((await settings.LayoutForAsync(units.NinhGiang.Id, Token)).IsDefault);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_NotAnAdministrator_IsRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var settings = Service(database);

        foreach (var role in new[] { Roles.Drafter, Roles.Head, Roles.Reviewer, Roles.Clerk })
        {
            var user = WorkflowWorld.As(world.Units.District1, role);
            Assert.Equal(DocumentSettingsService.NotAdministrator, (await settings.SaveAsync(user, Wide, Token)).Refusal);
            Assert.Equal(DocumentSettingsService.NotAdministrator, (await settings.ResetAsync(user, Token)).Refusal);
            Assert.Equal(DocumentSettingsService.NotAdministrator, (await settings.ReadAsync(user, Token)).Refusal);
        }

        await using var db = database.CreateDbContext();
        Assert.Equal(0, await db.DocumentSettings.CountAsync(Token));
        Assert.Equal(0, await db.AuditEntries.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DocxAsync_SchoolBelowAProvinceWithSettings_HasTheStoredMarginsInTwips(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var settings = Service(database);
        await settings.SaveAsync(WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin), Wide, Token);
        var planId = await world.PlanAsync(world.Units.LeNgocHan);
        await using var pdf = new PdfRenderer(new PdfRendererOptions(), NullLogger<PdfRenderer>.Instance);
        var files = new PlanFiles(
            new PlanQueries(database), pdf, settings, new AuditTrail(database), new SignedScans(database, new ScanOptions { Folder = Path.GetTempPath() }));

        var file = await files.DocxAsync(WorkflowWorld.As(world.Units.LeNgocHan, Roles.Drafter), planId, Token);

        using var docx = new DocxPackage(file!.Content);
        var margins = docx.Sections[0].GetFirstChild<PageMargin>()!;
        Assert.Equal((1417, 1247, 1984u, 1134u), (margins.Top!.Value, margins.Bottom!.Value, margins.Left!.Value, margins.Right!.Value));
        Assert.Equal("26", docx.Style("Normal").StyleRunProperties!.FontSize!.Val!.Value);
    }

    private static DocumentSettingsService Service(TestDatabase database) => new(database, DocumentLayout.Default, database.Clock);

    private static (decimal, decimal, decimal, decimal, int, decimal) Values(DocumentLayout l) => (l.TopMm, l.BottomMm, l.LeftMm, l.RightMm, l.BodyPt, l.LineSpacing);
}
