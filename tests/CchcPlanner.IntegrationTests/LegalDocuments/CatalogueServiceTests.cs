using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.LegalDocuments;

/// <summary>
/// The catalogue on the demo tree (Bộ Nội vụ › TP.HCM › Quận 1 › Tuổi Hồng, Bến Nghé …; › Hải Dương › Ninh Giang),
/// with a plan of Quận 1, one of Tuổi Hồng and one of Bến Nghé entered in the catalogue as issued plans are.
/// </summary>
public sealed class CatalogueServiceTests(PostgresServer server) : DatabaseTests(server)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SearchCitableAsync_SchoolDrafter_GetsNationalAndItsDistrictsPlanButNotASiblingsOrAnotherProvinces(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);

        var symbols = await SymbolsAsync(database, User(tree.TuoiHong, Roles.Drafter), "KH");

        Assert.Contains("412/KH-UBND", symbols);
        Assert.Contains("16/KH-MNTH", symbols);
        Assert.DoesNotContain("20/KH-MNBN", symbols);
        Assert.DoesNotContain("162/KH-UBND-NG", symbols);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SearchCitableAsync_DistrictUser_NotOfferedTheSchoolsPlansBelowIt(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);

        var symbols = await SymbolsAsync(database, User(tree.District1, Roles.Drafter), "KH");

        Assert.Contains("412/KH-UBND", symbols);
        Assert.DoesNotContain("16/KH-MNTH", symbols);
        Assert.DoesNotContain("20/KH-MNBN", symbols);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SearchCitableAsync_SymbolNumberOrWords_BestMatchFirst(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var drafter = User(tree.TuoiHong, Roles.Drafter);

        Assert.Equal("76/NQ-CP", (await SymbolsAsync(database, drafter, "76 / nq-cp"))[0]);
        Assert.Equal("76/NQ-CP", (await SymbolsAsync(database, drafter, "76"))[0]);
        Assert.Equal("118/2025/NĐ-CP", (await SymbolsAsync(database, drafter, "nghi dinh mot cua"))[0]);
        Assert.Equal(3, (await new CatalogueService(database, database.Clock).SearchCitableAsync(drafter, null, max: 3, Cancel)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SearchCitableAsync_ReplacedDocument_ReturnedFlaggedWithItsReplacement(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var admin = User(tree.Ministry, Roles.Admin);
        var all = await service.SearchAsync(admin, null, cancellationToken: Cancel);
        int IdOf(string symbol) => all.Single(h => h.Document.Symbol == symbol).Document.Id;

        var outcome = await service.MarkReplacedAsync(admin, IdOf("108/2014/NĐ-CP"), IdOf("29/2023/NĐ-CP"), Cancel);
        var hit = (await service.SearchCitableAsync(User(tree.TuoiHong, Roles.Drafter), "108/2014/NĐ-CP", cancellationToken: Cancel))[0];

        Assert.IsType<CatalogueOutcome.Saved>(outcome);
        Assert.Equal("108/2014/NĐ-CP", hit.Document.Symbol);
        Assert.False(hit.Document.InForce);
        Assert.Equal("29/2023/NĐ-CP", hit.ReplacedBySymbol);

        Assert.IsType<CatalogueOutcome.Saved>(await service.MarkInForceAsync(admin, IdOf("108/2014/NĐ-CP"), Cancel));
        var again = (await service.SearchCitableAsync(User(tree.TuoiHong, Roles.Drafter), "108/2014/NĐ-CP", cancellationToken: Cancel))[0];
        Assert.True(again.Document.InForce);
        Assert.Null(again.ReplacedBySymbol);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddAsync_Drafter_AddsAMissingDocumentThatTheyThenFind(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var drafter = User(tree.TuoiHong, Roles.Drafter);

        var outcome = await service.AddAsync(drafter, Input(LegalDocumentType.Plan, " 35 / kh-ubnd ", new DateOnly(2023, 1, 12), "Ủy ban nhân dân Quận 1", "Về tuyên truyền cải cách hành chính năm 2023."), Cancel);

        var saved = Assert.IsType<CatalogueOutcome.Saved>(outcome).Document;
        Assert.Equal(
            "Kế hoạch số 35/KH-UBND ngày 12/01/2023 của Ủy ban nhân dân Quận 1 về tuyên truyền cải cách hành chính năm 2023",
            saved.CitationText);
        Assert.Null(saved.IssuingUnitId);
        var found = await service.SearchCitableAsync(drafter, "35/KH-UBND", cancellationToken: Cancel);
        Assert.Equal(saved.Id, found[0].Document.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddAsync_SameSymbolAndIssuer_RefusedAsDuplicate(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);

        var outcome = await service.AddAsync(
            User(tree.TuoiHong, Roles.Head),
            Input(LegalDocumentType.Resolution, "76/nq-cp", new DateOnly(2021, 7, 15), "Chính Phủ", "ban hành Chương trình tổng thể"),
            Cancel);

        var duplicate = Assert.IsType<CatalogueOutcome.Duplicate>(outcome);
        Assert.Equal("76/NQ-CP", duplicate.Existing.Symbol);
        Assert.Equal("Danh mục đã có văn bản 76/NQ-CP của Chính phủ (ngày 15/07/2021).", duplicate.Message);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.LegalDocuments.CountAsync(d => d.Symbol == "76/NQ-CP", Cancel));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddAsync_SameSymbolAndIssuerOfAnotherYear_IsAnotherDocument(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);

        // The catalogue has the Government's 99/NQ-CP of 24/6/2020; symbols without a year repeat in later years.
        var outcome = await service.AddAsync(
            User(tree.Ministry, Roles.Admin),
            Input(LegalDocumentType.Resolution, "99/NQ-CP", new DateOnly(2022, 8, 15), "Chính phủ", "về phiên họp Chính phủ thường kỳ tháng 7 năm 2022"),
            Cancel);

        Assert.IsType<CatalogueOutcome.Saved>(outcome);
        await using var db = database.CreateDbContext();
        Assert.Equal([2020, 2022], (await db.LegalDocuments.Where(d => d.Symbol == "99/NQ-CP").Select(d => d.IssuedOn).ToListAsync(Cancel)).Select(d => d.Year).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddAsync_TypeNotMatchingSymbolOrDateInFuture_Invalid(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var drafter = User(tree.TuoiHong, Roles.Drafter);

        var mismatch = await service.AddAsync(drafter, Input(LegalDocumentType.Plan, "4707/QĐ-UBND", new DateOnly(2021, 12, 24), "Ủy ban nhân dân tỉnh Hải Dương", "về CCHC năm 2022"), Cancel);
        var future = await service.AddAsync(drafter, Input(LegalDocumentType.Plan, "36/KH-UBND", DateOnly.FromDateTime(database.Clock.Now.Date).AddDays(1), "Ủy ban nhân dân Quận 1", "về CCHC"), Cancel);

        var typeProblem = Assert.Single(Assert.IsType<CatalogueOutcome.Invalid>(mismatch).Problems);
        Assert.Equal((nameof(LegalDocumentInput.Type), "Loại văn bản không khớp với ký hiệu: 4707/QĐ-UBND là ký hiệu của Quyết định (QĐ), không phải Kế hoạch."), (typeProblem.Field, typeProblem.Message));
        Assert.Equal(nameof(LegalDocumentInput.IssuedOn), Assert.Single(Assert.IsType<CatalogueOutcome.Invalid>(future).Problems).Field);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddAsync_ReviewerOrClerk_Refused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var input = Input(LegalDocumentType.Plan, "35/KH-UBND", new DateOnly(2023, 1, 12), "Ủy ban nhân dân Quận 1", "về tuyên truyền");

        Assert.IsType<CatalogueOutcome.Refused>(await service.AddAsync(User(tree.District1, Roles.Reviewer), input, Cancel));
        Assert.IsType<CatalogueOutcome.Refused>(await service.AddAsync(User(tree.TuoiHong, Roles.Clerk), input, Cancel));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateAndMarkReplaced_NotAdmin_RefusedAndNothingChanges(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var drafter = User(tree.TuoiHong, Roles.Drafter);
        var entry = (await service.SearchCitableAsync(drafter, "4707/QĐ-UBND", cancellationToken: Cancel))[0].Document;
        var later = (await service.SearchCitableAsync(drafter, "76/NQ-CP", cancellationToken: Cancel))[0].Document;
        var corrected = LegalDocumentInput.From(entry);
        corrected.Type = LegalDocumentType.Decision;

        Assert.IsType<CatalogueOutcome.Refused>(await service.UpdateAsync(drafter, entry.Id, corrected, Cancel));
        Assert.IsType<CatalogueOutcome.Refused>(await service.MarkReplacedAsync(User(tree.District1, Roles.Reviewer), entry.Id, later.Id, Cancel));
        Assert.IsType<CatalogueOutcome.Refused>(await service.MarkInForceAsync(drafter, entry.Id, Cancel));

        await using var db = database.CreateDbContext();
        var stored = await db.LegalDocuments.SingleAsync(d => d.Id == entry.Id, Cancel);
        Assert.Equal(LegalDocumentType.Plan, stored.Type);
        Assert.True(stored.InForce);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateAsync_Admin_CorrectsTheTypeOfADemoDefect(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var admin = User(tree.Ministry, Roles.Admin);
        var entry = (await service.SearchAsync(admin, "4707/QĐ-UBND", cancellationToken: Cancel))[0].Document;
        var corrected = LegalDocumentInput.From(entry);

        var refused = await service.UpdateAsync(admin, entry.Id, corrected, Cancel);
        corrected.Type = LegalDocumentType.Decision;
        var saved = await service.UpdateAsync(admin, entry.Id, corrected, Cancel);

        Assert.IsType<CatalogueOutcome.Invalid>(refused);
        Assert.StartsWith("Quyết định số 4707/QĐ-UBND ngày 24/12/2021", Assert.IsType<CatalogueOutcome.Saved>(saved).Document.CitationText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateAsync_ToAnotherEntrysSymbolAndIssuer_RefusedAsDuplicate(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var admin = User(tree.Ministry, Roles.Admin);
        var entry = (await service.SearchAsync(admin, "04/NQ-CP", cancellationToken: Cancel))[0].Document;
        var changed = LegalDocumentInput.From(entry);
        changed.Symbol = "76/NQ-CP";
        changed.IssuedOn = new DateOnly(2021, 7, 15);

        var outcome = await service.UpdateAsync(admin, entry.Id, changed, Cancel);

        Assert.Equal("76/NQ-CP", Assert.IsType<CatalogueOutcome.Duplicate>(outcome).Existing.Symbol);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MarkReplacedAsync_ByAnEarlierDocument_Refused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var tree = await SeedAsync(database);
        var service = new CatalogueService(database, database.Clock);
        var admin = User(tree.Ministry, Roles.Admin);
        var all = await service.SearchAsync(admin, null, cancellationToken: Cancel);
        int IdOf(string symbol) => all.Single(h => h.Document.Symbol == symbol).Document.Id;

        var outcome = await service.MarkReplacedAsync(admin, IdOf("29/2023/NĐ-CP"), IdOf("108/2014/NĐ-CP"), Cancel);

        Assert.StartsWith("Văn bản thay thế phải ban hành sau văn bản bị thay thế", Assert.IsType<CatalogueOutcome.Refused>(outcome).Message, StringComparison.Ordinal);
    }

    private static async Task<List<string>> SymbolsAsync(TestDatabase database, CurrentUser user, string? query) =>
        (await new CatalogueService(database, database.Clock).SearchCitableAsync(user, query, cancellationToken: Cancel))
            .Select(h => h.Document.Symbol).ToList();

    /// <summary>The demo tree and catalogue, and three issued plans catalogued for their issuers.</summary>
    private static async Task<DemoUnits> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var units = await TestData.SaveDemoUnitsAsync(db);
        await TestData.SaveCatalogueAsync(db);
        var plans = new[] { (units.District1, "412/KH-UBND"), (units.TuoiHong, "16/KH-MNTH"), (units.BenNghe, "20/KH-MNBN"), (units.NinhGiang, "162/KH-UBND-NG") }
            .Select(p => (Unit: p.Item1, Symbol: p.Item2, Plan: new Plan(p.Item1, PlanKind.AnnualCchc, 2024, $"Kế hoạch cải cách hành chính năm 2024 của {p.Item1.Name}")))
            .ToList();
        db.Plans.AddRange(plans.Select(p => p.Plan));
        await db.SaveChangesAsync(Cancel);
        foreach (var (unit, symbol, plan) in plans)
        {
            var entry = new LegalDocument(LegalDocumentType.Plan, symbol, new DateOnly(2023, 1, 10), unit.Name, "về cải cách hành chính năm 2024");
            entry.LinkToPlan(plan.Id, unit.Id);
            db.LegalDocuments.Add(entry);
        }

        await db.SaveChangesAsync(Cancel);
        return units;
    }

    private static CurrentUser User(Unit unit, string role) =>
        new($"user-{unit.Id}", $"{role}@demo.vn", "Người dùng thử", unit.Id, unit.Name, new HashSet<string> { role });

    private static LegalDocumentInput Input(LegalDocumentType type, string symbol, DateOnly issuedOn, string issuer, string summary) =>
        new() { Type = type, Symbol = symbol, IssuedOn = issuedOn, Issuer = issuer, Summary = summary };
}
