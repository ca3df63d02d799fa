using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.FollowUp;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Reports;
using CchcPlanner.Reviews;
using CchcPlanner.Security;

namespace CchcPlanner.IntegrationTests.Reports;

/// <summary>A school reports a quarter of its issued plan: the report is made, frozen, submitted and approved like a plan.</summary>
public sealed class ReportWorkflowTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Report_IsCreatedFrozenSubmittedAndApproved_AndOtherUnitsCannotReadIt(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh");
        var stranger = WorkflowWorld.As(world.Units.NinhGiang, Roles.Drafter, "Vũ Văn Giang");
        var planId = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        await RecordAsync(world, drafter, planId, 0, 100m);

        var created = await Reports(world).CreateAsync(drafter, planId, ReportingPeriod.Quarter1, Token);

        Assert.True(created.Succeeded, created.Refusal);
        var reportId = created.Value;
        Assert.Equal(reportId, (await Reports(world).CreateAsync(drafter, planId, ReportingPeriod.Quarter1, Token)).Value);
        var report = await world.LoadAsync(reportId);
        Assert.Equal((PlanKind.Report, PlanStatus.Draft, "BC-MNTH", planId, (ReportingPeriod?)ReportingPeriod.Quarter1),
            (report.Kind, report.Status, report.Symbol, report.ReportOnPlanId, report.ReportPeriod));
        Assert.Equal(((decimal?)100m, Attainment.Met), (report.Report!.Kpis[0].Value, report.Report.Kpis[0].Attainment));
        Assert.Null(report.Report.Kpis[1].Value);
        Assert.Equal([(reportId, ReportingPeriod.Quarter1, PlanStatus.Draft)],
            (await Reports(world).ListAsync(drafter, planId, Token)).Select(r => (r.Id, r.Period, r.Status)));

        // Results entered after the report was made are taken in when it is submitted, and none after.
        await RecordAsync(world, drafter, planId, 1, 50m);
        Assert.Null((await world.LoadAsync(reportId)).Report!.Kpis[1].Value);
        var submitted = await world.Workflow.SubmitAsync(drafter, reportId, await world.VersionAsync(reportId), cancellationToken: Token);
        Assert.True(submitted.Succeeded, submitted.Refusal);
        await RecordAsync(world, drafter, planId, 2, 80m);
        report = await world.LoadAsync(reportId);
        Assert.Equal(((decimal?)50m, Attainment.AtRisk), (report.Report!.Kpis[1].Value, report.Report.Kpis[1].Attainment));
        Assert.Null(report.Report.Kpis[2].Value);
        var version = Assert.Single((await world.Versions.ListAsync(reviewer, reportId, Token)).Value!);
        var frozen = (await world.Versions.GetAsync(reviewer, reportId, version.Number, Token)).Value!;
        Assert.Equal(50m, frozen.Draft.Report!.Kpis[1].Value);

        Assert.Null(await new PlanQueries(database).GetAsync(reportId, stranger, Token));
        Assert.Empty(await Reports(world).ListAsync(stranger, planId, Token));
        Assert.Equal(PlanReports.NotFound, (await Reports(world).CreateAsync(stranger, planId, ReportingPeriod.Quarter2, Token)).Refusal);
        Assert.False((await world.Workflow.ApproveAsync(stranger, reportId, submitted.Value!.Version, cancellationToken: Token)).Succeeded);

        var approved = await world.Workflow.ApproveAsync(reviewer, reportId, submitted.Value!.Version, cancellationToken: Token);

        Assert.True(approved.Succeeded, approved.Refusal);
        Assert.Equal(PlanStatus.Approved, (await world.LoadAsync(reportId)).Status);
        Assert.Null(await new PlanQueries(database).GetAsync(reportId, stranger, Token));
        Assert.NotNull(await new PlanQueries(database).GetAsync(reportId, reviewer, Token));
        Assert.Equal(
            [AuditActions.PlanCreated, AuditActions.PlanSubmitted, AuditActions.PlanApproved],
            (await world.AuditOfAsync(reportId)).Select(a => a.Action));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateAsync_RefusedToReviewersClerksAndOnPlansNotIssued(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh");
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk, "Trần Thị Mai");
        var issued = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        var approved = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Approved, 2025);

        const string notADrafter = "Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được lập báo cáo kết quả thực hiện kế hoạch này.";
        Assert.Equal(notADrafter, (await Reports(world).CreateAsync(reviewer, issued, ReportingPeriod.Year, Token)).Refusal);
        Assert.Equal(notADrafter, (await Reports(world).CreateAsync(clerk, issued, ReportingPeriod.Year, Token)).Refusal);
        Assert.Equal(
            "Kế hoạch đang ở trạng thái \"Đã duyệt\"; chỉ lập báo cáo khi kế hoạch đã được ban hành.",
            (await Reports(world).CreateAsync(drafter, approved, ReportingPeriod.Year, Token)).Refusal);
        var report = (await Reports(world).CreateAsync(drafter, issued, ReportingPeriod.Year, Token)).Value;
        Assert.Equal(
            "Đây là một báo cáo; hãy lập báo cáo từ trang của kế hoạch.",
            (await Reports(world).CreateAsync(drafter, report, ReportingPeriod.Year, Token)).Refusal);
        Assert.Equal(3, await world.CountAsync(db => db.Plans));
    }

    private static PlanReports Reports(WorkflowWorld world) => new(world.Database);

    private static async Task RecordAsync(WorkflowWorld world, CurrentUser user, int planId, int kpi, decimal value)
    {
        var results = new KpiResults(world.Database, world.Database.Clock);
        var sheet = (await results.SheetAsync(user, planId, ReportingPeriod.Quarter1, Token))!;
        var saved = await results.SaveAsync(user, planId, sheet.Version, ReportingPeriod.Quarter1, [new(sheet.Lines[kpi].KpiId, value, null)], Token);
        Assert.True(saved.Succeeded, saved.Refusal);
    }
}
