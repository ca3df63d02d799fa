using System.Text;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Plans;

public sealed class PlanPersistenceTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SavePlan_WithEveryPart_ReloadsIdentically(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        List<(int Id, IReadOnlyList<string> Saved)> saved = [];
        await using (var db = database.CreateDbContext())
        {
            var units = await TestData.SaveDemoUnitsAsync(db);
            var document = await TestData.SaveCatalogueAsync(db);
            var kindergarten = ExamplePlans.KindergartenInForce(units.TuoiHong, document);
            var ninhGiang = NinhGiangPlan2022.Build(units.NinhGiang, document);
            var draft = ExamplePlans.DraftWithEverythingElse(units.BenNghe, kindergarten, document("406/KH-UBND"));
            db.Plans.AddRange(kindergarten, ninhGiang, draft);
            await db.SaveChangesAsync(Token);
            saved.AddRange(new[] { kindergarten, ninhGiang, draft }.Select(p => (p.Id, PlanSnapshot.Of(p))));
        }

        foreach (var (id, expected) in saved)
        {
            await using var db = database.CreateDbContext();
            var reloaded = await db.Plans.Where(p => p.Id == id).WithEverything().SingleAsync(Token);

            Assert.Equal(expected, PlanSnapshot.Of(reloaded));
            Assert.True(reloaded.PositionsAreContiguous);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SavePlan_KindergartenExample_KeepsCountsAndVietnameseTextExactly(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        int id;
        await using (var db = database.CreateDbContext())
        {
            var units = await TestData.SaveDemoUnitsAsync(db);
            var plan = KindergartenPlan2023.Build(units.TuoiHong, await TestData.SaveCatalogueAsync(db));
            db.Plans.Add(plan);
            await db.SaveChangesAsync(Token);
            id = plan.Id;
        }

        await using var reader = database.CreateDbContext();
        var reloaded = await reader.Plans.Where(p => p.Id == id).WithEverything().SingleAsync(Token);

        Assert.Equal(KindergartenPlan2023.Title, reloaded.Title);
        Assert.Equal("16/KH-MNTH", reloaded.NumberAndSymbol);
        Assert.Equal(new DateOnly(2023, 2, 1), reloaded.IssuedOn);
        Assert.Equal("406/KH-UBND", Assert.Single(reloaded.LegalBases).LegalDocument!.Symbol);
        Assert.Equal(["MỤC TIÊU", "CHỈ TIÊU", "NHIỆM VỤ TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"], reloaded.Sections.Select(s => s.Heading));
        Assert.Equal(10, reloaded.Kpis.Count);
        Assert.Equal(99m, reloaded.Kpis[2].Target);
        Assert.Equal("≥ 99%", reloaded.Kpis[2].TargetText());
        Assert.Equal(4, reloaded.ReportingDeadlines.Count);
        Assert.Equal(["Phòng Nội vụ Q1", "CB, GV, NV nhà trường", "Lưu: VT"], reloaded.Recipients.Select(r => r.Name));
        Assert.Equal("Vũ Thị Ngọc Bắc", reloaded.Signature?.SignerName);
        Assert.Equal(PlanStatus.Signed, reloaded.Status);
        Assert.All(PlanSnapshot.Of(reloaded), line => Assert.True(line.IsNormalized(NormalizationForm.FormC), line));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SavePlan_TitleTypedDecomposed_IsFoundByItsComposedForm(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        const string composed = "Kế hoạch tuyên truyền cải cách hành chính năm 2024";
        await using (var db = database.CreateDbContext())
        {
            var units = await TestData.SaveDemoUnitsAsync(db);
            db.Plans.Add(new Plan(units.VanLang, PlanKind.CchcCommunication, 2024, composed.Normalize(NormalizationForm.FormD)));
            await db.SaveChangesAsync(Token);
        }

        await using var reader = database.CreateDbContext();
        var found = await reader.Plans.SingleOrDefaultAsync(p => p.Title == composed, Token);

        Assert.NotNull(found);
        Assert.Equal(Encoding.UTF8.GetBytes(composed), Encoding.UTF8.GetBytes(found.Title));
    }
}
