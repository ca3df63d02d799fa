using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.FollowUp;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Security;

namespace CchcPlanner.IntegrationTests.FollowUp;

/// <summary>A school records a quarter's KPI results of its issued plan; who may, on which plans, and on which version.</summary>
public sealed class KpiResultsTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_QuarterOfAnIssuedPlan_RecordsEveryChangedKpiInOneSave(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var sheet = (await Results(world).SheetAsync(drafter, id, ReportingPeriod.Quarter1, Token))!;
        var first = sheet.Lines[0];
        var second = sheet.Lines[1];

        var saved = await Results(world).SaveAsync(
            drafter,
            id,
            sheet.Version,
            ReportingPeriod.Quarter1,
            [new(first.KpiId, 100m, "  Đã giải quyết 42/42 hồ sơ  "), new(second.KpiId, 97.5m, null), new(sheet.Lines[2].KpiId, null, null)],
            Token);

        Assert.True(saved.Succeeded, saved.Refusal);
        Assert.Equal(2, saved.Value!.Changed);
        Assert.Equal(await world.VersionAsync(id), saved.Value.Version);
        var reread = (await Results(world).SheetAsync(drafter, id, ReportingPeriod.Quarter1, Token))!;
        Assert.Equal(((decimal?)100m, "Đã giải quyết 42/42 hồ sơ", Attainment.Met), (reread.Lines[0].Value, reread.Lines[0].Note, reread.Lines[0].Attainment(ReportingPeriod.Quarter1)));
        Assert.Equal(((decimal?)97.5m, Attainment.AtRisk), (reread.Lines[1].Value, reread.Lines[1].Attainment(ReportingPeriod.Quarter1)));
        Assert.Equal(Attainment.NoResult, reread.Lines[2].Attainment(ReportingPeriod.Quarter1));
        Assert.All((await Results(world).SheetAsync(drafter, id, ReportingPeriod.Quarter2, Token))!.Lines, l => Assert.Null(l.Value));
        var plan = await world.LoadAsync(id);
        Assert.Equal(2, plan.Kpis.Sum(k => k.Results.Count));
        Assert.All(plan.Kpis.SelectMany(k => k.Results), r => Assert.Equal(("Nguyễn Thị Thu Hà", database.Clock.Now), (r.RecordedBy, r.RecordedAt)));
        var audit = Assert.Single(await world.AuditOfAsync(id));
        Assert.Equal((AuditActions.ResultsRecorded, "Quý I: 2 chỉ tiêu"), (audit.Action, audit.Detail));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_UnchangedEntries_SavesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var head = WorkflowWorld.As(world.Units.TuoiHong, Roles.Head, "Phạm Thị Hồng");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Signed);
        var sheet = (await Results(world).SheetAsync(head, id, ReportingPeriod.Year, Token))!;
        Assert.True(sheet.CanRecord);

        var saved = await Results(world).SaveAsync(head, id, sheet.Version, ReportingPeriod.Year, [.. sheet.Lines.Select(l => new KpiResultEntry(l.KpiId, null, " "))], Token);

        Assert.Equal((0, sheet.Version), (saved.Value!.Changed, saved.Value.Version));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEntries));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_OnAVersionSomeoneElseMovedOn_IsRefusedAndKeepsTheirResults(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var head = WorkflowWorld.As(world.Units.TuoiHong, Roles.Head, "Phạm Thị Hồng");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var seen = (await Results(world).SheetAsync(drafter, id, ReportingPeriod.Quarter1, Token))!;
        var kpi = seen.Lines[0].KpiId;
        Assert.True((await Results(world).SaveAsync(head, id, seen.Version, ReportingPeriod.Quarter1, [new(kpi, 100m, null)], Token)).Succeeded);

        var late = await Results(world).SaveAsync(drafter, id, seen.Version, ReportingPeriod.Quarter1, [new(kpi, 90m, null)], Token);

        Assert.Equal(KpiResults.Stale, late.Refusal);
        Assert.Equal(100m, (await world.LoadAsync(id)).Kpis[0].Results.Single().Value);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_RefusalsForOtherUnitsReviewersDraftsAndBadValues_SaveNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var stranger = WorkflowWorld.As(world.Units.NinhGiang, Roles.Drafter, "Vũ Văn Giang");
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh");
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk, "Trần Thị Mai");
        var issued = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var approved = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Approved, 2025);
        var version = await world.VersionAsync(issued);

        Task<string?> RefusalAsync(CurrentUser user, int planId, decimal? value) => SaveRefusalAsync(world, user, planId, value);

        Assert.Null(await Results(world).SheetAsync(stranger, issued, ReportingPeriod.Quarter1, Token));
        Assert.Equal(KpiResults.NotFound, await RefusalAsync(stranger, issued, 100m));
        var reviewed = (await Results(world).SheetAsync(reviewer, issued, ReportingPeriod.Quarter1, Token))!;
        Assert.Equal("Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được nhập kết quả thực hiện kế hoạch này.", reviewed.WhyNotRecord);
        Assert.Equal(reviewed.WhyNotRecord, await RefusalAsync(reviewer, issued, 100m));
        Assert.Equal(reviewed.WhyNotRecord, await RefusalAsync(clerk, issued, 100m));
        Assert.Equal(
            "Kế hoạch đang ở trạng thái \"Đã duyệt\"; chỉ nhập kết quả khi kế hoạch đã được ban hành.",
            await RefusalAsync(drafter, approved, 100m));
        Assert.Equal(
            "Chỉ tiêu 1: Kết quả tính theo tỷ lệ phần trăm phải nằm trong khoảng từ 0 đến 100.",
            await RefusalAsync(drafter, issued, 100.5m));
        Assert.Equal(version, await world.VersionAsync(issued));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEntries));
        Assert.Equal(0, await world.CountAsync(db => db.Plans.SelectMany(p => p.Kpis).SelectMany(k => k.Results)));
    }

    private static KpiResults Results(WorkflowWorld world) => new(world.Database, world.Database.Clock);

    private static async Task<string?> SaveRefusalAsync(WorkflowWorld world, CurrentUser user, int planId, decimal? value)
    {
        var plan = await world.LoadAsync(planId);
        var entry = new KpiResultEntry(plan.Kpis[0].Id, value, null);
        return (await Results(world).SaveAsync(user, planId, plan.Version, ReportingPeriod.Quarter1, [entry], Token)).Refusal;
    }
}
