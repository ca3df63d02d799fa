using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Plans;

public sealed class PlanEditingTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveChanges_AfterAnotherEditorSaved_ThrowsConcurrencyAndKeepsTheFirstChange(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var id = await SaveDraftAsync(database);
        await using var first = database.CreateDbContext();
        await using var second = database.CreateDbContext();
        var firstCopy = await first.Plans.SingleAsync(p => p.Id == id, Token);
        var secondCopy = await second.Plans.SingleAsync(p => p.Id == id, Token);

        firstCopy.ChangeClosing("Trên đây là Kế hoạch của nhà trường (bản của người thứ nhất)./.");
        secondCopy.ChangeClosing("Trên đây là Kế hoạch của nhà trường (bản của người thứ hai)./.");
        await first.SaveChangesAsync(Token);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Token));
        await using var reader = database.CreateDbContext();
        var stored = await reader.Plans.SingleAsync(p => p.Id == id, Token);
        Assert.Equal("Trên đây là Kế hoạch của nhà trường (bản của người thứ nhất)./.", stored.Closing);
        Assert.Equal(firstCopy.Version, stored.Version);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveChanges_EditsOneAfterTheOther_BothSucceed(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var id = await SaveDraftAsync(database);
        foreach (var leadIn in new[] { "Lời mở đầu thứ nhất.", "Lời mở đầu thứ hai." })
        {
            await using var db = database.CreateDbContext();
            var plan = await db.Plans.SingleAsync(p => p.Id == id, Token);
            plan.ChangeLeadIn(leadIn);
            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.CreateDbContext();
        Assert.Equal("Lời mở đầu thứ hai.", (await reader.Plans.SingleAsync(p => p.Id == id, Token)).LeadIn);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeletePlan_WithEveryPart_DeletesItsPartsAndKeepsCatalogueAndUnits(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        int keptId, deletedId, documents;
        await using (var db = database.CreateDbContext())
        {
            var units = await TestData.SaveDemoUnitsAsync(db);
            var document = await TestData.SaveCatalogueAsync(db);
            var kept = ExamplePlans.KindergartenInForce(units.TuoiHong, document);
            var deleted = ExamplePlans.DraftWithEverythingElse(units.BenNghe, kept, document("406/KH-UBND"));
            db.Plans.AddRange(kept, deleted);
            await db.SaveChangesAsync(Token);
            (keptId, deletedId, documents) = (kept.Id, deleted.Id, await db.LegalDocuments.CountAsync(Token));
        }

        var before = await CountPartsAsync(database, deletedId);
        await using (var db = database.CreateDbContext())
        {
            // Only the plan row is loaded: its parts must go with it in the database itself.
            db.Plans.Remove(await db.Plans.SingleAsync(p => p.Id == deletedId, Token));
            await db.SaveChangesAsync(Token);
        }

        Assert.All(before, part => Assert.True(part.Value > 0, $"the example has no {part.Key}"));
        Assert.All(await CountPartsAsync(database, deletedId), part => Assert.Equal(0, part.Value));
        await using var reader = database.CreateDbContext();
        Assert.Equal(documents, await reader.LegalDocuments.CountAsync(Token));
        Assert.Equal(9, await reader.Units.CountAsync(Token));
        Assert.Equal([keptId], await reader.Plans.Where(p => p.Id == keptId || p.Id == deletedId).Select(p => p.Id).ToListAsync(Token));
        Assert.NotEmpty((await reader.Plans.Where(p => p.Id == keptId).WithEverything().SingleAsync(Token)).Tasks);
    }

    private static async Task<int> SaveDraftAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var units = await TestData.SaveDemoUnitsAsync(db);
        var plan = new Plan(units.TuoiHong, PlanKind.AnnualCchc, 2024, "Thực hiện công tác cải cách hành chính năm 2024");
        db.Plans.Add(plan);
        await db.SaveChangesAsync(Token);
        return plan.Id;
    }

    private static async Task<Dictionary<string, int>> CountPartsAsync(TestDatabase database, int planId)
    {
        await using var db = database.CreateDbContext();
        var sections = db.Set<PlanSection>().Where(s => s.PlanId == planId).Select(s => s.Id);
        var kpis = db.Set<Kpi>().Where(k => k.PlanId == planId).Select(k => k.Id);
        var tasks = db.Set<PlanTask>().Where(t => t.PlanId == planId).Select(t => t.Id);
        return new Dictionary<string, int>
        {
            ["legal bases"] = await db.Set<LegalBasis>().CountAsync(b => b.PlanId == planId, Token),
            ["sections"] = await sections.CountAsync(Token),
            ["section items"] = await db.Set<SectionItem>().CountAsync(i => sections.Contains(i.PlanSectionId), Token),
            ["KPIs"] = await kpis.CountAsync(Token),
            ["KPI results"] = await db.Set<KpiResult>().CountAsync(r => kpis.Contains(r.KpiId), Token),
            ["tasks"] = await tasks.CountAsync(Token),
            ["task progress"] = await db.Set<TaskProgress>().CountAsync(p => tasks.Contains(p.PlanTaskId), Token),
            ["budget lines"] = await db.Set<BudgetLine>().CountAsync(b => b.PlanId == planId, Token),
            ["reporting deadlines"] = await db.Set<ReportingDeadline>().CountAsync(d => d.PlanId == planId, Token),
            ["responsibilities"] = await db.Set<Responsibility>().CountAsync(r => r.PlanId == planId, Token),
            ["recipients"] = await db.Set<Recipient>().CountAsync(r => r.PlanId == planId, Token),
        };
    }
}
