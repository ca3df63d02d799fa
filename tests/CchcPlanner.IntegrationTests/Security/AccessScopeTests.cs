using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Units;

namespace CchcPlanner.IntegrationTests.Security;

/// <summary>What each user finds in the plan list, on the demo tree: Bộ Nội vụ › TP.HCM › Quận 1 › schools, and › Hải Dương › Ninh Giang.</summary>
public sealed class AccessScopeTests(PostgresServer server) : DatabaseTests(server)
{
    private const string TuoiHongDraft = "Dự thảo kế hoạch của Trường mầm non Tuổi Hồng";
    private const string BenNgheDraft = "Dự thảo kế hoạch của Trường mầm non Bến Nghé";
    private const string BenNgheSigned = "Kế hoạch đã ký của Trường mầm non Bến Nghé";
    private const string District1Submitted = "Kế hoạch Quận 1 đang chờ duyệt";
    private const string NinhGiangDraft = "Dự thảo kế hoạch của huyện Ninh Giang";
    private const string NinhGiangIssued = "Kế hoạch đã ban hành của huyện Ninh Giang";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_DrafterOfSchool_SeesOwnDraftsAndPublishedPlansOnly(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);

        var titles = await TitlesSeenByAsync(database, units.TuoiHong, Roles.Drafter);

        AssertSees(titles, BenNgheSigned, NinhGiangIssued, TuoiHongDraft);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_ReviewerOfDistrict_SeesItsSchoolsButNotAnotherDistrictsDraft(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);

        var titles = await TitlesSeenByAsync(database, units.District1, Roles.Reviewer);

        AssertSees(titles, BenNgheDraft, BenNgheSigned, District1Submitted, NinhGiangIssued, TuoiHongDraft);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_AdminAtRoot_SeesEveryPlanBelow(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);

        var titles = await TitlesSeenByAsync(database, units.Ministry, Roles.Admin);

        AssertSees(titles, BenNgheDraft, BenNgheSigned, District1Submitted, NinhGiangDraft, NinhGiangIssued, TuoiHongDraft);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_ReviewerWhoseUnitHasNoPath_SeesNoDrafts(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        await SeedAsync(database);
        var unplaced = new Unit("Phòng Nội vụ mới thành lập", "PNV", "Quận 1", "Trưởng phòng", UnitCategory.Office);
        await using (var db = database.CreateDbContext())
        {
            db.Units.Add(unplaced);
            await db.SaveChangesAsync(Token);
        }

        var titles = await TitlesSeenByAsync(database, unplaced, Roles.Reviewer);

        AssertSees(titles, BenNgheSigned, NinhGiangIssued);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetAsync_DrafterOpensAnotherSchoolsPlan_GetsOnlyThePublishedOne(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var units = await SeedAsync(database);
        var queries = new PlanQueries(database);
        var drafter = User(units.TuoiHong, Roles.Drafter);
        var all = await queries.ListAsync(User(units.Ministry, Roles.Admin), Token);

        var draft = await queries.GetAsync(all.Single(p => p.Title == BenNgheDraft).Id, drafter, Token);
        var signed = await queries.GetAsync(all.Single(p => p.Title == BenNgheSigned).Id, drafter, Token);

        Assert.Null(draft);
        Assert.Equal(BenNgheSigned, signed?.Title);
    }

    private static async Task<DemoUnits> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var units = await TestData.SaveDemoUnitsAsync(db);
        db.Plans.AddRange(
            PlanIn(units.TuoiHong, TuoiHongDraft, PlanStatus.Draft),
            PlanIn(units.BenNghe, BenNgheDraft, PlanStatus.Draft),
            PlanIn(units.BenNghe, BenNgheSigned, PlanStatus.Signed),
            PlanIn(units.District1, District1Submitted, PlanStatus.Submitted),
            PlanIn(units.NinhGiang, NinhGiangDraft, PlanStatus.Draft),
            PlanIn(units.NinhGiang, NinhGiangIssued, PlanStatus.Issued));
        await db.SaveChangesAsync(Token);
        return units;
    }

    private static async Task<List<string>> TitlesSeenByAsync(TestDatabase database, Unit unit, string role)
    {
        var rows = await new PlanQueries(database).ListAsync(User(unit, role), Token);
        return rows.Select(r => r.Title).Order(StringComparer.Ordinal).ToList();
    }

    private static void AssertSees(IEnumerable<string> titles, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), titles);

    private static CurrentUser User(Unit unit, string role) =>
        new($"user-{unit.Id}", $"{role}@demo.vn", "Người dùng thử", unit.Id, unit.Name, new HashSet<string> { role });

    private static Plan PlanIn(Unit unit, string title, PlanStatus status)
    {
        var plan = new Plan(unit, PlanKind.AnnualCchc, 2024, title);
        if (status == PlanStatus.Draft)
        {
            return plan;
        }

        plan.Submit();
        if (status is PlanStatus.Issued or PlanStatus.Signed)
        {
            plan.Approve();
            plan.Issue(3, new DateOnly(2024, 1, 15));
        }

        if (status == PlanStatus.Signed)
        {
            plan.MarkSigned();
        }

        return plan;
    }
}
