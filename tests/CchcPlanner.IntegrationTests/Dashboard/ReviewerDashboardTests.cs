using CchcPlanner.Dashboard;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Reports;
using Microsoft.EntityFrameworkCore;
using static CchcPlanner.IntegrationTests.Dashboard.DashboardWorld;

namespace CchcPlanner.IntegrationTests.Dashboard;

/// <summary>The reviewer's dashboard over real plans and results, on both providers.</summary>
public sealed class ReviewerDashboardTests(PostgresServer server) : DatabaseTests(server)
{
    private static readonly KpiSpec Procedures = new("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, (ReportingPeriod.Quarter1, 100), (ReportingPeriod.Quarter2, 98));
    private static readonly KpiSpec Satisfaction = new("Mức độ hài lòng của người dân đạt từ 95% trở lên.", Comparator.AtLeast, 95, (ReportingPeriod.Quarter1, 93), (ReportingPeriod.FirstHalf, 97));
    private static readonly KpiSpec Electronic = new("100% văn bản trao đổi được gửi, nhận dưới dạng điện tử.", Comparator.Exactly, 100);
    private static readonly KpiSpec NoTarget = new("Sử dụng hệ thống thư điện tử công vụ theo quy định.", Comparator.None, null);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LoadAsync_UnitsBelow_ShowStatesAttainmentByAreaTrendAndTheUnitsMostBehind(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorldAsync(database);
        var units = world.Units;
        database.Clock.Now = new DateTimeOffset(Year, 6, 20, 9, 0, 0, TimeSpan.FromHours(7));
        var tuoiHong = await PlanAsync(database, units.TuoiHong, PlanStatus.Issued, PlanKind.AnnualCchc, Procedures, Satisfaction, Electronic, NoTarget);
        await PlanAsync(database, units.TuoiHong, PlanStatus.Draft, PlanKind.CchcCommunication);
        await ReportAsync(database, units.TuoiHong, tuoiHong, ReportingPeriod.Quarter1, submitted: true);
        var benNghe = await PlanAsync(database, units.BenNghe, PlanStatus.Signed, PlanKind.AnnualCchc,
            new KpiSpec("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, (ReportingPeriod.Quarter1, 100)));
        await PlanAsync(database, units.LeNgocHan, PlanStatus.Submitted, PlanKind.AnnualCchc, Procedures);
        await PlanAsync(database, world.District3, PlanStatus.Issued, PlanKind.AnnualCchc, Procedures);
        await PlanAsync(database, units.District1, PlanStatus.Issued, PlanKind.AnnualCchc, Procedures);

        var dashboard = (await Dashboards(database).LoadAsync(PlanWorkflowTests.People(world).Reviewer, Year, Token)).Value!;

        Assert.Equal("Ủy ban nhân dân Quận 1", dashboard.ReviewingUnitName);
        Assert.Equal(
            [
                ("Trường mầm non Bến Nghé", (PlanStatus?)PlanStatus.Signed, (PlanStatus?)null, ""),
                ("Trường mầm non Tuổi Hồng", PlanStatus.Issued, PlanStatus.Draft, "Quarter1=Submitted"),
                ("Trường tiểu học Lê Ngọc Hân", PlanStatus.Submitted, null, ""),
                ("Trường trung học cơ sở Văn Lang", null, null, ""),
            ],
            dashboard.States.Select(s => (s.UnitName, s.AnnualPlan, s.CommunicationPlan, string.Join(",", s.Reports.Select(r => $"{r.Key}={r.Value}")))));
        var counts = dashboard.StateCounts.ToDictionary(c => c.Status?.ToString() ?? "none", c => (c.AnnualPlans, c.CommunicationPlans, c.Reports));
        Assert.Equal((1, 3, 3), counts["none"]);
        Assert.Equal((1, 0, 1), counts[nameof(PlanStatus.Submitted)]);
        Assert.Equal((1, 0, 0), counts[nameof(PlanStatus.Signed)]);

        // Tuổi Hồng: procedures at risk (98 in quarter II), satisfaction met on the six-month result, the electronic KPI
        // without a result; the KPI without a target is not counted.
        Assert.Equal([ReformArea.AdministrativeProcedures, ReformArea.DigitalGovernment, ReformArea.SatisfactionSurvey], dashboard.Areas);
        var row = dashboard.HeatMap.Single(h => h.UnitName == "Trường mầm non Tuổi Hồng");
        Assert.Equal((tuoiHong, 3, 1, 1, 0, 1, 33.3m), (row.PlanId!.Value, row.Total.Kpis, row.Total.Met, row.Total.AtRisk, row.Total.NotMet, row.Total.NoResult, row.Total.MetRate!.Value));
        Assert.Equal(
            [(decimal?)0m, 0m, 100m],
            dashboard.Areas.Select(a => row.In(a).MetRate));
        Assert.Equal((benNghe, 100m), (dashboard.HeatMap[0].PlanId!.Value, dashboard.HeatMap[0].Total.MetRate!.Value));
        Assert.Null(dashboard.HeatMap.Single(h => h.UnitName == "Trường tiểu học Lê Ngọc Hân").PlanId);

        // Quarters I and II have begun: 4 KPIs with a target; quarter I: 3 reported, 2 met (93 misses 95);
        // quarter II: Tuổi Hồng's procedures (98) and six-month satisfaction (97) reported, one met.
        Assert.Equal([("Quý I", 4, 3, 2), ("Quý II", 4, 2, 1)], dashboard.Trend.Select(t => (t.Label, t.Kpis, t.Reported, t.Met)));
        Assert.Equal(["Trường mầm non Tuổi Hồng", "Trường mầm non Bến Nghé"], dashboard.MostBehind.Select(h => h.UnitName));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LoadAsync_ReviewerOfABranch_NeverSeesAnotherBranch_AndOthersAreRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorldAsync(database);
        await PlanAsync(database, world.District3, PlanStatus.Issued, PlanKind.AnnualCchc, Procedures);
        await PlanAsync(database, world.Units.TuoiHong, PlanStatus.Issued, PlanKind.AnnualCchc, Procedures);
        var dashboards = Dashboards(database);

        var ninhGiang = (await dashboards.LoadAsync(WorkflowWorld.As(world.Units.NinhGiang, Roles.Reviewer), Year, Token)).Value!;
        var district1 = (await dashboards.LoadAsync(PlanWorkflowTests.People(world).Reviewer, Year, Token)).Value!;
        var city = (await dashboards.LoadAsync(WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin), Year, Token)).Value!;

        Assert.Empty(ninhGiang.States);
        Assert.DoesNotContain(ninhGiang.HeatMap, h => h.PlanId is not null);
        Assert.DoesNotContain(district1.States, s => s.UnitName == "Ủy ban nhân dân Quận 3");
        Assert.Equal(["Trường mầm non Tuổi Hồng"], district1.MostBehind.Select(h => h.UnitName));
        Assert.Contains(city.States, s => s.UnitName == "Ủy ban nhân dân Quận 3");
        Assert.Equal(2, city.MostBehind.Count);
        foreach (var role in new[] { Roles.Drafter, Roles.Head, Roles.Clerk })
        {
            var refused = await dashboards.LoadAsync(WorkflowWorld.As(world.Units.District1, role), Year, Token);
            Assert.Equal(PlanOverview.RefusedToRead, refused.Refusal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FollowedYearAsync_OpensOnTheLatestYearWithAnIssuedPlanBelow_NotLaterThanThisYear(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorldAsync(database);
        database.Clock.Now = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var reviewer = PlanWorkflowTests.People(world).Reviewer;
        var dashboards = Dashboards(database);
        Assert.Equal(2026, await dashboards.FollowedYearAsync(reviewer, Token));

        await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued, 2023);
        await world.PlanAsync(world.Units.BenNghe, PlanStatus.Approved, 2025);
        await world.PlanAsync(world.Units.VanLang, PlanStatus.Issued, 2027);
        await world.PlanAsync(world.Units.District1, PlanStatus.Issued, 2026);

        Assert.Equal(2023, await dashboards.FollowedYearAsync(reviewer, Token));
    }

    private static async Task ReportAsync(TestDatabase database, CchcPlanner.Units.Unit unit, int planId, ReportingPeriod period, bool submitted)
    {
        await using var db = database.CreateDbContext();
        var owner = await db.Units.SingleAsync(u => u.Id == unit.Id);
        var content = new ReportContent(planId, "7/KH-" + owner.Abbreviation, new DateOnly(Year, 1, 10), "Kế hoạch", Year, period, new DateOnly(Year, 4, 5), [], []);
        var report = Plan.NewReport(owner, content, $"Báo cáo kết quả thực hiện công tác cải cách hành chính {period.ToVietnamese()} năm {Year}");
        if (submitted)
        {
            report.Submit();
        }

        db.Plans.Add(report);
        await db.SaveChangesAsync();
    }
}
