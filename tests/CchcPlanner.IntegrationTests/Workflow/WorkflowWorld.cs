using CchcPlanner.Audit;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Register;
using CchcPlanner.Reviews;
using CchcPlanner.Security;
using CchcPlanner.Units;
using CchcPlanner.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Workflow;

/// <summary>
/// The demo tree with a sibling for Quận 1 (Bộ Nội vụ › TP.HCM › {Quận 1 › four schools, Quận 3}; Bộ Nội vụ › Hải Dương
/// › Ninh Giang), the catalogue, and the workflow's services over one test database, on a clock set to January 2024.
/// </summary>
internal sealed class WorkflowWorld
{
    private WorkflowWorld(TestDatabase database, DemoUnits units, Unit district3)
    {
        Database = database;
        Units = units;
        District3 = district3;
    }

    public TestDatabase Database { get; }

    public DemoUnits Units { get; }

    public Unit District3 { get; }

    public PlanWorkflow Workflow => new(Database, Database.Clock);

    public SubmittedVersions Versions => new(Database);

    public ReviewComments Comments => new(Database, Database.Clock);

    public DocumentRegister Register => new(Database);

    public AuditTrail Audit => new(Database);

    public static async Task<WorkflowWorld> CreateAsync(TestDatabase database)
    {
        database.Clock.Now = new DateTimeOffset(2024, 1, 20, 8, 0, 0, TimeSpan.FromHours(7));
        await using var db = database.CreateDbContext();
        var units = DemoUnits.Create();
        var district3 = new Unit("Ủy ban nhân dân Quận 3", "UBND", "Quận 3", "Chủ tịch", UnitCategory.PeoplesCommittee, units.HoChiMinhCity);
        await TestData.SaveTreeAsync(db, [.. units.All, district3]);
        await TestData.SaveCatalogueAsync(db);
        return new WorkflowWorld(database, units, district3);
    }

    public static CurrentUser As(Unit unit, string role, string? name = null) =>
        new($"{role}-{unit.Id}", $"{role.ToLowerInvariant()}{unit.Id}@demo.vn", name ?? $"{Roles.ToVietnamese(role)} {unit.Abbreviation} {unit.Id}", unit.Id, unit.Name, new HashSet<string> { role });

    /// <summary>A full plan of <paramref name="unit"/> from the annual template, brought to <paramref name="status"/> by the entity itself (no history).</summary>
    public async Task<int> PlanAsync(Unit unit, PlanStatus status = PlanStatus.Draft, int year = 2024)
    {
        await using var db = Database.CreateDbContext();
        var owner = await db.Units.Include(u => u.Parent).SingleAsync(u => u.Id == unit.Id);
        var plan = PlanTemplates.Create(PlanKind.AnnualCchc, owner, year, await db.LegalDocuments.ToListAsync(), "Nguyễn Văn Hiệu");
        PlanStates.BringTo(plan, status, 90, new DateOnly(year, 1, 5));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    /// <summary>Short approved plans of one unit (title and status only), many at once.</summary>
    public async Task<IReadOnlyList<(int Id, Guid Version)>> ApprovedPlansAsync(Unit unit, int count)
    {
        await using var db = Database.CreateDbContext();
        var owner = await db.Units.SingleAsync(u => u.Id == unit.Id);
        var plans = Enumerable.Range(1, count).Select(i =>
        {
            var plan = new Plan(owner, PlanKind.Other, 2024, $"Kế hoạch số thứ tự {i} của đơn vị");
            plan.Submit();
            plan.Approve();
            return plan;
        }).ToList();
        db.Plans.AddRange(plans);
        await db.SaveChangesAsync();
        return plans.Select(p => (p.Id, p.Version)).ToList();
    }

    public async Task<Guid> VersionAsync(int planId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Plans.Where(p => p.Id == planId).Select(p => p.Version).SingleAsync();
    }

    public async Task<Plan> LoadAsync(int planId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Plans.AsNoTracking().Where(p => p.Id == planId).WithEverything().SingleAsync();
    }

    public async Task<int> CountAsync<T>(Func<CchcPlanner.Data.CchcDbContext, IQueryable<T>> rows)
    {
        await using var db = Database.CreateDbContext();
        return await rows(db).CountAsync();
    }

    public async Task<List<AuditEntry>> AuditOfAsync(int planId)
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.Where(e => e.PlanId == planId).OrderBy(e => e.Id).ToListAsync();
    }
}
