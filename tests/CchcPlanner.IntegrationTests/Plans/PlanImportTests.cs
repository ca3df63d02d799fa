using System.Text;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Plans;

/// <summary>
/// An existing plan read from a file and saved as a new draft through <see cref="PlanLifecycle"/>: the kindergarten
/// example (../shared/examples) into Trường mầm non Tuổi Hồng, and the refusals for other units and other roles.
/// </summary>
public sealed class PlanImportTests(PostgresServer server) : DatabaseTests(server)
{
    private const string Kindergarten = "mn-tuoi-hong-2023-cchc.txt";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateFromImportAsync_KindergartenExample_SavesADraftOfTheCorrectedYearCitingTheCatalogue(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);
        var drafter = User(units.TuoiHong, Roles.Drafter);
        var lifecycle = new PlanLifecycle(database);
        var documentsBefore = await CountAsync(database, db => db.LegalDocuments);

        var imported = await lifecycle.ImportAsync(drafter, await File.ReadAllBytesAsync(Fixture(), Token), Kindergarten, Token);
        Assert.Null(imported.ImportError);
        var plan = imported.Import!.Plan;
        Assert.Equal((2023, "16/KH-MNTH"), (plan.Year, plan.Number));
        Assert.Contains(imported.Findings, f => f.Code == "citation-date-conflict" && f.Subject == "tasks[22]");
        Assert.Contains(imported.Import.Citations, c => c.Document?.Symbol == "406/KH-UBND");

        var result = await lifecycle.CreateFromImportAsync(drafter, units.TuoiHong.Id, plan with { Year = 2025 }, Token);

        Assert.True(result.Succeeded, result.Refusal);
        var saved = await LoadAsync(database, result.Value);
        Assert.Equal((PlanStatus.Draft, 2025, (int?)null, "KH-MNTH", units.TuoiHong.Id), (saved.Status, saved.Year, saved.Number, saved.Symbol, saved.UnitId));
        Assert.Equal(plan.Title, saved.Title);
        Assert.Equal(plan.IssuedOn, saved.IssuedOn);
        Assert.Equal(plan.Kpis.Select(k => (k.Text, k.Target)), saved.Kpis.Select(k => (k.Text, k.Target)));
        Assert.Equal(plan.Tasks.Count, saved.Tasks.Count);
        Assert.Equal(plan.Sections.Select(s => s.Heading), saved.Sections.Select(s => s.Heading));
        Assert.Equal(plan.Recipients.Select(r => r.Name), saved.Recipients.Select(r => r.Name));
        Assert.Equal(plan.LegalBases.Count, saved.LegalBases.Count);
        Assert.Contains(saved.LegalBases, b => b.LegalDocument?.Symbol == "406/KH-UBND");
        Assert.Equal(plan.Signature!.Name, saved.Signature!.SignerName);
        Assert.Equal(documentsBefore, await CountAsync(database, db => db.LegalDocuments));
        Assert.Equal(1, await CountAsync(database, db => db.AuditEntries.Where(e => e.PlanId == saved.Id && e.Action == AuditActions.PlanCreated)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateFromImportAsync_AnotherUnitOrNotADrafter_IsRefusedAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);
        var lifecycle = new PlanLifecycle(database);
        var drafter = User(units.TuoiHong, Roles.Drafter);
        var plan = (await lifecycle.ImportAsync(drafter, await File.ReadAllBytesAsync(Fixture(), Token), Kindergarten, Token)).Import!.Plan;

        var otherSchool = await lifecycle.CreateFromImportAsync(drafter, units.BenNghe.Id, plan, Token);
        var district = await lifecycle.CreateFromImportAsync(drafter, units.District1.Id, plan, Token);
        var reviewer = await lifecycle.CreateFromImportAsync(User(units.District1, Roles.Reviewer), units.District1.Id, plan, Token);
        var admin = await lifecycle.CreateFromImportAsync(User(units.TuoiHong, Roles.Admin), units.TuoiHong.Id, plan, Token);

        const string refusal = "Chỉ cán bộ soạn thảo hoặc thủ trưởng đơn vị mới được tạo kế hoạch cho đơn vị mình.";
        Assert.All([otherSchool, district, reviewer, admin], r => Assert.Equal(refusal, r.Refusal));
        Assert.Equal(0, await CountAsync(database, db => db.Plans));
        Assert.Equal([(units.TuoiHong.Id, units.TuoiHong.Name)], await lifecycle.DraftableUnitsAsync(drafter, Token));
        Assert.Empty(await lifecycle.DraftableUnitsAsync(User(units.District1, Roles.Reviewer), Token));
        Assert.Empty(await lifecycle.DraftableUnitsAsync(User(units.TuoiHong, Roles.Admin), Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_GarbageOrEmpty_GivesTheImportersMessage(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);
        var lifecycle = new PlanLifecycle(database);
        var drafter = User(units.TuoiHong, Roles.Drafter);
        var garbage = new byte[4096];
        new Random(5).NextBytes(garbage);

        var binary = await lifecycle.ImportAsync(drafter, garbage, "ke-hoach.docx", Token);
        var empty = await lifecycle.ImportAsync(drafter, [], "ke-hoach.txt", Token);
        var notAPlan = await lifecycle.ImportAsync(drafter, Encoding.UTF8.GetBytes("Danh sách đi chợ: rau, thịt, cá."), "ghi-chu.txt", Token);

        Assert.All([binary, empty, notAPlan], f => Assert.Null(f.Import));
        Assert.All([binary, empty, notAPlan], f => Assert.False(string.IsNullOrWhiteSpace(f.ImportError)));
        Assert.Equal("Tệp rỗng: không có nội dung để nhập.", empty.ImportError);
    }

    private static string Fixture() => Path.Combine(AppContext.BaseDirectory, "Cli", "Fixtures", Kindergarten);

    private static async Task<DemoUnits> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var units = await TestData.SaveDemoUnitsAsync(db);
        await TestData.SaveCatalogueAsync(db);
        return units;
    }

    private static CurrentUser User(Unit unit, string role) =>
        new($"user-{unit.Id}-{role}", $"{role}@demo.vn", "Nguyễn Thị Thu Hà", unit.Id, unit.Name, new HashSet<string> { role });

    private static async Task<Plan> LoadAsync(TestDatabase database, int id)
    {
        await using var db = database.CreateDbContext();
        return await db.Plans.AsNoTracking().Where(p => p.Id == id).WithEverything().SingleAsync(Token);
    }

    private static async Task<int> CountAsync<T>(TestDatabase database, Func<CchcDbContext, IQueryable<T>> rows)
    {
        await using var db = database.CreateDbContext();
        return await rows(db).CountAsync(Token);
    }
}
