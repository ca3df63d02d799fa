using CchcPlanner.Dashboard;
using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Dashboard;

/// <summary>A KPI as a dashboard test writes it: its words, target and the results of the year by period.</summary>
internal sealed record KpiSpec(string Text, Comparator Comparator, decimal? Target, params (ReportingPeriod Period, decimal Value)[] Results);

/// <summary>Plans with chosen KPIs and results for the dashboard tests, saved the way the app saves them.</summary>
internal static class DashboardWorld
{
    public const int Year = 2024;

    public static ReviewerDashboards Dashboards(TestDatabase database) => new(database, database.Clock);

    /// <summary>A plan of <paramref name="unit"/> with <paramref name="kpis"/>, brought to <paramref name="status"/>, its results recorded.</summary>
    public static async Task<int> PlanAsync(TestDatabase database, Unit unit, PlanStatus status, PlanKind kind = PlanKind.AnnualCchc, params KpiSpec[] kpis)
    {
        await using var db = database.CreateDbContext();
        var owner = await db.Units.SingleAsync(u => u.Id == unit.Id);
        db.Plans.Add(Build(owner, status, kind, kpis));
        await db.SaveChangesAsync();
        return db.Plans.Local.Single().Id;
    }

    public static Plan Build(Unit owner, PlanStatus status, PlanKind kind, IReadOnlyList<KpiSpec> kpis)
    {
        var plan = new Plan(owner, kind, Year, $"Kế hoạch cải cách hành chính năm {Year} của {owner.Name}");
        var added = kpis.Select(k => (Kpi: plan.AddKpi(k.Text, k.Comparator, k.Target, "%"), k.Results)).ToList();
        PlanStates.BringTo(plan, status, 7, new DateOnly(Year, 1, 10));
        if (status.IsPublished())
        {
            foreach (var (kpi, results) in added)
            {
                foreach (var (period, value) in results)
                {
                    plan.RecordKpiResult(kpi, period, value, null, "Nguyễn Thị Thu Hà", new DateTimeOffset(Year, 4, 2, 9, 0, 0, TimeSpan.FromHours(7)));
                }
            }
        }

        return plan;
    }

    /// <summary><paramref name="count"/> schools under <paramref name="parent"/>, each with an issued plan of three KPIs and two quarters of results.</summary>
    public static async Task AddSchoolsAsync(TestDatabase database, Unit parent, int count, int from = 0)
    {
        await using var db = database.CreateDbContext();
        var owner = await db.Units.SingleAsync(u => u.Id == parent.Id);
        var schools = Enumerable.Range(from, count)
            .Select(i => new Unit($"Trường mầm non số {i + 1}", $"MN{i + 1}", "Quận 1", "HIỆU TRƯỞNG", UnitCategory.Kindergarten, owner))
            .ToList();
        await TestData.SaveTreeAsync(db, schools);
        db.Plans.AddRange(schools.Select(school => Build(school, PlanStatus.Issued, PlanKind.AnnualCchc,
        [
            new("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, (ReportingPeriod.Quarter1, 100), (ReportingPeriod.Quarter2, 98)),
            new("100% văn bản trao đổi dưới dạng điện tử.", Comparator.Exactly, 100, (ReportingPeriod.Quarter1, 90)),
            new("Mức độ hài lòng đạt từ 95% trở lên.", Comparator.AtLeast, 95, (ReportingPeriod.FirstHalf, 97)),
        ])));
        await db.SaveChangesAsync();
    }

    public static Task<WorkflowWorld> WorldAsync(TestDatabase database) => WorkflowWorld.CreateAsync(database);
}
