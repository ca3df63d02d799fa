using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Plans;

/// <summary>Starting, copying and deleting plans through the service, on the demo tree: Quận 1 › its schools, and Ninh Giang elsewhere.</summary>
public sealed class PlanLifecycleTests(PostgresServer server) : DatabaseTests(server)
{
    private const string BenNgheDraftTitle = "Thực hiện công tác cải cách hành chính tại Trường mầm non Bến Nghé năm 2024";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateFromTemplateAsync_Drafter_SavesAFullDraftSignedByTheUnitsHead(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        await AddHeadAsync(database, seeded.Units.TuoiHong, "Vũ Thị Ngọc Bắc");
        var documentsBefore = await CountAsync(database, db => db.LegalDocuments);

        var result = await Lifecycle(database).CreateFromTemplateAsync(Drafter(seeded.Units.TuoiHong), PlanKind.AnnualCchc, 2025, Token);

        Assert.True(result.Succeeded, result.Refusal);
        var plan = await LoadAsync(database, result.Value);
        Assert.Equal(("Thực hiện công tác cải cách hành chính năm 2025", 2025, PlanStatus.Draft), (plan.Title, plan.Year, plan.Status));
        Assert.Equal(6, plan.Sections.Count);
        Assert.Equal(["76/NQ-CP", "23/CT-TTg", "61/2018/NĐ-CP", "107/2021/NĐ-CP"], plan.LegalBases.Select(b => b.LegalDocument!.Symbol));
        Assert.Equal(new SignatureBlock(SignaturePrefix.None, null, "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"), plan.Signature);
        Assert.All(plan.ReportingDeadlines, d => Assert.Equal("Ủy ban nhân dân Quận 1", d.ReceivingUnit));
        Assert.Equal("Nguyễn Thị Thu Hà", plan.UpdatedBy);
        Assert.Equal(database.Clock.Now, plan.CreatedAt);
        Assert.Equal(documentsBefore, await CountAsync(database, db => db.LegalDocuments));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateFromTemplateAsync_ReviewerOrMissingTemplate_IsRefusedAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);
        var plansBefore = await CountAsync(database, db => db.Plans);

        var reviewer = await lifecycle.CreateFromTemplateAsync(User(seeded.Units.District1, Roles.Reviewer), PlanKind.AnnualCchc, 2025, Token);
        var other = await lifecycle.CreateFromTemplateAsync(Drafter(seeded.Units.TuoiHong), PlanKind.Other, 2025, Token);
        var badYear = await lifecycle.CreateFromTemplateAsync(Drafter(seeded.Units.TuoiHong), PlanKind.AnnualCchc, 1990, Token);

        Assert.Equal("Chỉ cán bộ soạn thảo hoặc thủ trưởng đơn vị mới được tạo kế hoạch cho đơn vị mình.", reviewer.Refusal);
        Assert.Equal("Chưa có mẫu cho loại kế hoạch này.", other.Refusal);
        Assert.StartsWith("Năm kế hoạch phải nằm trong khoảng", badYear.Refusal, StringComparison.Ordinal);
        Assert.Equal(plansBefore, await CountAsync(database, db => db.Plans));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CopyAsync_Kindergarten2023To2024_SavesAnUnnumberedCopyWithoutResultsAndListsWhatToReRead(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var documentsBefore = await CountAsync(database, db => db.LegalDocuments);

        var result = await Lifecycle(database).CopyAsync(Drafter(seeded.Units.TuoiHong), seeded.Kindergarten2023Id, 2024, Token);

        Assert.True(result.Succeeded, result.Refusal);
        var (source, copy) = (await LoadAsync(database, seeded.Kindergarten2023Id), await LoadAsync(database, result.Value!.PlanId));
        Assert.Equal("Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2024", copy.Title);
        Assert.Equal((PlanStatus.Draft, (int?)null, (DateOnly?)null), (copy.Status, copy.Number, copy.IssuedOn));
        Assert.Equal(source.LegalBases.Select(b => b.LegalDocumentId), copy.LegalBases.Select(b => b.LegalDocumentId));
        Assert.Equal(source.Sections.SelectMany(s => s.Items).Count(), copy.Sections.SelectMany(s => s.Items).Count());
        Assert.Equal((source.Kpis.Count, source.Tasks.Count), (copy.Kpis.Count, copy.Tasks.Count));
        Assert.Contains(source.Kpis, k => k.Results.Count > 0);
        Assert.All(copy.Kpis, k => Assert.Empty(k.Results));
        Assert.All(copy.Tasks, t => Assert.Empty(t.Progress));
        Assert.Equal(new DateOnly(2024, 3, 1), copy.ReportingDeadlines[0].DueOn);
        Assert.Contains(result.Value.ReRead, r => r.Place == "Căn cứ pháp lý 1" && r.Snippet.Contains("406/KH-UBND", StringComparison.Ordinal));
        Assert.Contains(result.Value.ReRead, r => r.Snippet.Contains("chủ đề năm 2023", StringComparison.Ordinal));
        Assert.Equal(documentsBefore, await CountAsync(database, db => db.LegalDocuments));
        Assert.Equal(9, await CountAsync(database, db => db.Units));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CopyAsync_AnotherUnitsPlanOrTheSameYear_IsRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);

        var otherUnit = await lifecycle.CopyAsync(Drafter(seeded.Units.BenNghe), seeded.Kindergarten2023Id, 2024, Token);
        var sameYear = await lifecycle.CopyAsync(Drafter(seeded.Units.TuoiHong), seeded.Kindergarten2023Id, 2023, Token);
        var unreadable = await lifecycle.CopyAsync(Drafter(seeded.Units.TuoiHong), seeded.BenNgheDraftId, 2025, Token);

        Assert.StartsWith("Chỉ sao chép được kế hoạch của chính đơn vị mình", otherUnit.Refusal, StringComparison.Ordinal);
        Assert.StartsWith("Kế hoạch này đã là kế hoạch năm 2023", sameYear.Refusal, StringComparison.Ordinal);
        Assert.Equal("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.", unreadable.Refusal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DuplicateAsync_OwnDraft_SavesACopyOfTheSameYear(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);

        var result = await Lifecycle(database).DuplicateAsync(Drafter(seeded.Units.BenNghe), seeded.BenNgheDraftId, Token);

        Assert.True(result.Succeeded, result.Refusal);
        var copy = await LoadAsync(database, result.Value);
        Assert.Equal(("Bản sao - " + BenNgheDraftTitle, 2024, PlanStatus.Draft), (copy.Title, copy.Year, copy.Status));
        Assert.Equal(seeded.District1PlanId, copy.ParentPlanId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteAsync_OwnDraft_DeletesItWithItsParts(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);

        var result = await Lifecycle(database).DeleteAsync(User(seeded.Units.BenNghe, Roles.Head), seeded.BenNgheDraftId, Token);

        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(0, await CountAsync(database, db => db.Plans.Where(p => p.Id == seeded.BenNgheDraftId)));
        Assert.Equal(0, await CountAsync(database, db => db.Set<Kpi>().Where(k => k.PlanId == seeded.BenNgheDraftId)));
        Assert.Equal(2, await CountAsync(database, db => db.Plans));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeleteAsync_SignedPlanOrAnotherUnitsOrAsReviewer_IsRefusedAndDeletesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);

        var signed = await lifecycle.DeleteAsync(Drafter(seeded.Units.TuoiHong), seeded.Kindergarten2023Id, Token);
        var published = await lifecycle.DeleteAsync(Drafter(seeded.Units.TuoiHong), seeded.District1PlanId, Token);
        var otherUnit = await lifecycle.DeleteAsync(Drafter(seeded.Units.TuoiHong), seeded.BenNgheDraftId, Token);
        var reviewer = await lifecycle.DeleteAsync(User(seeded.Units.District1, Roles.Reviewer), seeded.BenNgheDraftId, Token);

        Assert.Equal("Chỉ xoá được kế hoạch đang là dự thảo hoặc bị trả lại; kế hoạch này đang ở trạng thái \"Đã ký, đóng dấu\".", signed.Refusal);
        Assert.StartsWith("Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành", published.Refusal, StringComparison.Ordinal);
        Assert.Equal("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.", otherUnit.Refusal);
        Assert.StartsWith("Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành", reviewer.Refusal, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(database, db => db.Plans));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListParentPlansAsync_SchoolDrafter_SeesTheIssuedPlansAboveOnly(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);

        var school = await lifecycle.ListParentPlansAsync(Drafter(seeded.Units.TuoiHong), Token);
        var district = await lifecycle.ListParentPlansAsync(Drafter(seeded.Units.District1), Token);
        var elsewhere = await lifecycle.ListParentPlansAsync(Drafter(seeded.Units.NinhGiang), Token);

        var row = Assert.Single(school);
        Assert.Equal((seeded.District1PlanId, "412/KH-UBND", "Ủy ban nhân dân Quận 1", new DateOnly(2023, 12, 26)), (row.Id, row.NumberAndSymbol, row.UnitName, row.IssuedOn));
        Assert.Equal(10, row.OfferCount);
        Assert.Empty(district);
        Assert.Empty(elsewhere);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListParentOffersAsync_ByKindOfSchool_OffersTheirOwnAndEveryUnitsParts(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);

        var kindergarten = await lifecycle.ListParentOffersAsync(Drafter(seeded.Units.TuoiHong), seeded.District1PlanId, Token);
        var primary = await lifecycle.ListParentOffersAsync(Drafter(seeded.Units.LeNgocHan), seeded.District1PlanId, Token);
        var notAbove = await lifecycle.ListParentOffersAsync(Drafter(seeded.Units.BenNghe), seeded.Kindergarten2023Id, Token);

        Assert.Equal([null, null, null, UnitCategory.Kindergarten], kindergarten.Value!.Kpis.Select(k => k.AssignedTo));
        Assert.Equal([null, null, null, null, UnitCategory.Kindergarten, UnitCategory.Kindergarten], kindergarten.Value.Tasks.Select(t => t.AssignedTo));
        Assert.Equal([null, null, null, UnitCategory.PrimarySchool], primary.Value!.Kpis.Select(k => k.AssignedTo));
        Assert.Equal("Kế hoạch này không phải của cơ quan cấp trên của đơn vị bạn.", notAbove.Refusal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateFromParentAsync_AcceptedOffers_CatalogueTheParentOnceAndCiteItFirst(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);
        var drafter = Drafter(seeded.Units.TuoiHong);
        var offers = (await lifecycle.ListParentOffersAsync(drafter, seeded.District1PlanId, Token)).Value!;
        var kpi = offers.Kpis.Single(k => k.AssignedTo == UnitCategory.Kindergarten);
        var task = offers.Tasks.First(t => t.AssignedTo == UnitCategory.Kindergarten);

        var first = await lifecycle.CreateFromParentAsync(drafter, seeded.District1PlanId, PlanKind.AnnualCchc, 2025, [kpi.Id], [task.Id], Token);
        var second = await lifecycle.CreateFromParentAsync(drafter, seeded.District1PlanId, PlanKind.TthcControl, 2025, [], [], Token);

        Assert.True(first.Succeeded, first.Refusal);
        Assert.True(second.Succeeded, second.Refusal);
        var plan = await LoadAsync(database, first.Value);
        Assert.Equal(seeded.District1PlanId, plan.ParentPlanId);
        var basis = plan.LegalBases[0];
        Assert.Equal((LegalBasisVerb.Implementing, "412/KH-UBND", seeded.District1PlanId), (basis.Verb, basis.LegalDocument!.Symbol, basis.LegalDocument.SourcePlanId));
        Assert.Equal(kpi.Text, plan.Kpis[0].Text);
        Assert.Null(plan.Kpis[0].AssignedTo);
        Assert.Contains(plan.Tasks, t => t.Content == task.Content && t.LeadUnit == "Hiệu trưởng" && t.Timeline == TaskTimeline.InQuarter(2, 2025));
        Assert.Equal(1, await CountAsync(database, db => db.LegalDocuments.Where(d => d.SourcePlanId == seeded.District1PlanId)));
        Assert.Equal(basis.LegalDocumentId, (await LoadAsync(database, second.Value)).LegalBases[0].LegalDocumentId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateFromParentAsync_PartOfferedToAnotherKindOfSchool_IsRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var seeded = await SeedAsync(database);
        var lifecycle = Lifecycle(database);
        var primaryKpi = (await lifecycle.ListParentOffersAsync(Drafter(seeded.Units.LeNgocHan), seeded.District1PlanId, Token)).Value!
            .Kpis.Single(k => k.AssignedTo == UnitCategory.PrimarySchool);
        var plansBefore = await CountAsync(database, db => db.Plans);

        var result = await lifecycle.CreateFromParentAsync(Drafter(seeded.Units.TuoiHong), seeded.District1PlanId, PlanKind.AnnualCchc, 2025, [primaryKpi.Id], [], Token);

        Assert.False(result.Succeeded);
        Assert.Contains("không nằm trong số kế hoạch cấp trên giao cho đơn vị", result.Refusal, StringComparison.Ordinal);
        Assert.Equal(plansBefore, await CountAsync(database, db => db.Plans));
        Assert.Equal(0, await CountAsync(database, db => db.LegalDocuments.Where(d => d.SourcePlanId != null)));
    }

    private sealed record Seeded(DemoUnits Units, int Kindergarten2023Id, int District1PlanId, int BenNgheDraftId);

    /// <summary>The kindergarten example (signed, with results), Quận 1's issued 2024 plan, and a draft of Bến Nghé carrying it out.</summary>
    private static async Task<Seeded> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var units = await TestData.SaveDemoUnitsAsync(db);
        var document = await TestData.SaveCatalogueAsync(db);
        var kindergarten = ExamplePlans.KindergartenInForce(units.TuoiHong, document);
        var district = District1Plan2024.Build(units.District1, document);
        var benNghe = new Plan(units.BenNghe, PlanKind.AnnualCchc, 2024, BenNgheDraftTitle);
        benNghe.Implement(district);
        benNghe.AddLegalBasis(LegalBasisVerb.BasedOn, document("76/NQ-CP"));
        benNghe.AddKpi("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%");
        db.Plans.AddRange(kindergarten, district, benNghe);
        await db.SaveChangesAsync(Token);
        return new Seeded(units, kindergarten.Id, district.Id, benNghe.Id);
    }

    private static async Task AddHeadAsync(TestDatabase database, Unit unit, string fullName)
    {
        await using var db = database.CreateDbContext();
        var role = new IdentityRole(Roles.Head) { NormalizedName = Roles.Head.ToUpperInvariant() };
        var head = new AppUser { UserName = "hieutruong@demo.vn", FullName = fullName, UnitId = unit.Id };
        db.Roles.Add(role);
        db.Users.Add(head);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = head.Id, RoleId = role.Id });
        await db.SaveChangesAsync(Token);
    }

    private static PlanLifecycle Lifecycle(TestDatabase database) => new(database);

    private static CurrentUser Drafter(Unit unit) => User(unit, Roles.Drafter);

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
