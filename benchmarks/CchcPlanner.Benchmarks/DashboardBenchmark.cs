using System.Diagnostics;
using CchcPlanner.Dashboard;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Reports;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// The reviewer's dashboard of a province on a throwaway PostgreSQL: 1,000 units below the province (10 districts of 99
/// schools), five years of annual plans with 15 KPIs and a result per quarter, communication plans and quarterly
/// reports. Measures <see cref="ReviewerDashboards.LoadAsync"/> (the server time of a page load or an XLSX export)
/// for the province's administrator, warm, and counts the SQL commands each load sends.
/// </summary>
internal static class DashboardBenchmark
{
    private const int Districts = 10;
    private const int SchoolsPerDistrict = 99;
    private const int FirstYear = 2022;
    private const int Years = 5;
    private const int WarmUps = 5;

    private static readonly (string? Group, string Text, Comparator Comparator, decimal Target)[] KpiPool =
    [
        ("Về giải quyết hồ sơ TTHC", "Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt 100%.", Comparator.Exactly, 100),
        ("Về giải quyết hồ sơ TTHC", "100% hồ sơ TTHC trễ hạn được thông báo xin lỗi.", Comparator.Exactly, 100),
        ("Về sự hài lòng", "Mức độ hài lòng của người dân đạt từ 95% trở lên.", Comparator.AtLeast, 95),
        ("Về sự hài lòng", "Mức độ hài lòng về giải quyết TTHC đạt từ 90% trở lên.", Comparator.AtLeast, 90),
        (null, "100% văn bản được gửi, nhận dưới dạng điện tử, có ký số.", Comparator.Exactly, 100),
        (null, "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt từ 50% trở lên.", Comparator.AtLeast, 50),
        (null, "Tỷ lệ thanh toán không dùng tiền mặt đạt từ 90% trở lên.", Comparator.AtLeast, 90),
        (null, "100% văn bản quy phạm pháp luật được rà soát kịp thời.", Comparator.Exactly, 100),
        (null, "100% công chức, viên chức được bồi dưỡng về CCHC.", Comparator.Exactly, 100),
        (null, "Tỷ lệ viên chức bị kỷ luật không quá 1%.", Comparator.AtMost, 1),
        (null, "Rà soát 100% vị trí việc làm.", Comparator.Exactly, 100),
        (null, "100% các khoản thu, chi được công khai.", Comparator.Exactly, 100),
        (null, "Đăng ít nhất 100% tin, bài tuyên truyền theo kế hoạch.", Comparator.AtLeast, 100),
        (null, "Ban hành đúng hạn 100% báo cáo định kỳ.", Comparator.Exactly, 100),
        (null, "Tỷ lệ phản ánh, kiến nghị bị trả lời trễ dưới 5%.", Comparator.LessThan, 5),
    ];

    public static async Task<Samples> RunAsync(int iterations, TextWriter report)
    {
        await using var server = await ThrowawayPostgres.StartAsync();
        var contexts = new Contexts(server.ConnectionString("postgres"));
        await using (var db = contexts.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var generating = Stopwatch.StartNew();
        var (province, unitCount) = await GenerateAsync(contexts);
        await using (var db = contexts.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            var (plans, kpis, results) = (await db.Plans.CountAsync(), await db.Set<Kpi>().CountAsync(), await db.Set<KpiResult>().CountAsync());
            report.WriteLine(FormattableString.Invariant(
                $"generated in {generating.Elapsed.TotalSeconds:0} s: {unitCount} units below the province, {plans} plans and reports, {kpis} KPIs, {results} results over {Years} years"));
        }

        var admin = new CurrentUser("bench-admin", "quantri@tinh.vn", "Quản trị tỉnh", province.Id, province.Name, new HashSet<string> { Roles.Admin });
        var year = FirstYear + Years - 1;
        var dashboards = new ReviewerDashboards(contexts, TimeProvider.System);
        for (var i = 0; i < WarmUps; i++)
        {
            await dashboards.LoadAsync(admin, year);
        }

        var samples = new Samples($"dashboard of {unitCount} units, {year}");
        ReviewerDashboard? last = null;
        for (var i = 0; i < iterations; i++)
        {
            contexts.Commands.Reset();
            var clock = Stopwatch.StartNew();
            last = (await dashboards.LoadAsync(admin, year)).Value!;
            samples.Add(clock.Elapsed);
        }

        var workbook = Stopwatch.StartNew();
        var bytes = DashboardSheets.Workbook(last!, null)!;
        report.WriteLine(samples);
        report.WriteLine(FormattableString.Invariant(
            $"SQL commands per load: {contexts.Commands.Count}; rows shown: {last!.States.Count} units, {last.HeatMap.Count(h => h.PlanId is not null)} followed plans, {last.Areas.Count} areas"));
        report.WriteLine(FormattableString.Invariant($"XLSX of every table: {workbook.Elapsed.TotalMilliseconds:0} ms, {bytes.Length / 1024.0:0} KiB"));
        return samples;
    }

    /// <summary>The province, its districts and schools, and every unit's plans of every year, saved a year at a time.</summary>
    private static async Task<(Unit Province, int Units)> GenerateAsync(Contexts contexts)
    {
        var random = new Random(20261206);
        await using (var db = contexts.CreateDbContext())
        {
            var province = new Unit("Ủy ban nhân dân tỉnh Thử Nghiệm", "UBND", "Thử Nghiệm", "CHỦ TỊCH", UnitCategory.PeoplesCommittee);
            var districts = Enumerable.Range(1, Districts)
                .Select(d => new Unit($"Ủy ban nhân dân huyện {d:00}", "UBND", $"Huyện {d:00}", "CHỦ TỊCH", UnitCategory.PeoplesCommittee, province)).ToList();
            var schools = districts.SelectMany((district, d) => Enumerable.Range(1, SchoolsPerDistrict)
                .Select(s => new Unit($"Trường mầm non {d + 1:00}-{s:000}", $"MN{d + 1}S{s}", district.PlaceName, "HIỆU TRƯỞNG", UnitCategory.Kindergarten, district))).ToList();
            List<Unit> all = [province, .. districts, .. schools];
            db.Units.AddRange(all);
            await db.SaveChangesAsync();
            foreach (var unit in all)
            {
                unit.RefreshPath();
            }

            await db.SaveChangesAsync();
        }

        for (var year = FirstYear; year < FirstYear + Years; year++)
        {
            await using var db = contexts.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var units = await db.Units.Where(u => u.ParentId != null).ToListAsync();
            var plans = units.Select(unit => AddPlans(db, unit, year, random)).ToList();
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();

            // Reports point at their plan, so they follow once the plans have ids.
            foreach (var plan in plans.Where(p => p.Status == PlanStatus.Issued))
            {
                AddReports(db, plan, random);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await using var read = contexts.CreateDbContext();
        var root = await read.Units.SingleAsync(u => u.ParentId == null);
        return (root, await read.Units.CountAsync() - 1);
    }

    private static Plan AddPlans(CchcDbContext db, Unit unit, int year, Random random)
    {
        var plan = new Plan(unit, PlanKind.AnnualCchc, year, $"Thực hiện công tác cải cách hành chính năm {year}");
        var kpis = KpiPool.Select(k => plan.AddKpi(k.Text, k.Comparator, k.Target, "%", k.Group)).ToList();
        var state = random.Next(100);
        if (state < 92)
        {
            plan.Submit();
            plan.Approve();
            plan.Issue(random.Next(1, 200), new DateOnly(year, 1, 15));
            RecordResults(plan, kpis, year, random);
        }
        else if (state < 96)
        {
            plan.Submit();
        }

        db.Plans.Add(plan);
        if (random.Next(2) == 0)
        {
            db.Plans.Add(new Plan(unit, PlanKind.CchcCommunication, year, $"Tuyên truyền cải cách hành chính năm {year}"));
        }

        return plan;
    }

    /// <summary>Zero to four quarterly reports on an issued plan, two in three of them submitted.</summary>
    private static void AddReports(CchcDbContext db, Plan plan, Random random)
    {
        ReportingPeriod[] quarters = [ReportingPeriod.Quarter1, ReportingPeriod.Quarter2, ReportingPeriod.Quarter3, ReportingPeriod.Quarter4];
        foreach (var period in quarters.Take(random.Next(5)))
        {
            var content = new ReportContent(plan.Id, $"1/KH-{plan.Unit.Abbreviation}", plan.IssuedOn, plan.Title, plan.Year, period, new DateOnly(plan.Year, 12, 1), [], []);
            var report = Plan.NewReport(plan.Unit, content, $"Báo cáo kết quả thực hiện công tác CCHC {period.ToVietnamese()} năm {plan.Year}");
            if (random.Next(3) > 0)
            {
                report.Submit();
            }

            db.Plans.Add(report);
        }
    }

    private static void RecordResults(Plan plan, IReadOnlyList<Kpi> kpis, int year, Random random)
    {
        ReportingPeriod[] quarters = [ReportingPeriod.Quarter1, ReportingPeriod.Quarter2, ReportingPeriod.Quarter3, ReportingPeriod.Quarter4];
        foreach (var kpi in kpis)
        {
            foreach (var quarter in quarters)
            {
                if (random.Next(10) == 0)
                {
                    continue;
                }

                var value = kpi.Comparator is Comparator.AtMost or Comparator.LessThan
                    ? Math.Round((decimal)(random.NextDouble() * 8), 1)
                    : Math.Round(Math.Min(100, kpi.Target!.Value - 8 + (decimal)(random.NextDouble() * 12)), 1);
                plan.RecordKpiResult(kpi, quarter, value, null, "Người nhập", new DateTimeOffset(year, (int)quarter * 3, 28, 9, 0, 0, TimeSpan.FromHours(7)));
            }
        }
    }

    /// <summary>Contexts on the benchmark database, counting the commands they send.</summary>
    private sealed class Contexts(string connectionString) : IDbContextFactory<CchcDbContext>
    {
        public CommandCounter Commands { get; } = new();

        public CchcDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<CchcDbContext>(DatabaseRegistration.CreateOptions(DatabaseProvider.Postgres, connectionString))
                .AddInterceptors(Commands)
                .Options);
    }
}
