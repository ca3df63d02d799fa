using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Reviews;
using CchcPlanner.Security;

namespace CchcPlanner.IntegrationTests.Overview;

/// <summary>The reviewer's overview: every unit below, its plan's state against the deadline, and nothing outside the subtree.</summary>
public sealed class PlanOverviewTests(PostgresServer server) : DatabaseTests(server)
{
    private static readonly DateTimeOffset Deadline = new(2024, 1, 12, 17, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReportAsync_UnitsBelow_ShowStateFirstSubmissionDaysLateAndOpenThreads(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var reviewer = PlanWorkflowTests.People(world).Reviewer;
        var overview = new PlanOverview(database, database.Clock);
        var units = world.Units;
        database.Clock.Now = new DateTimeOffset(2024, 1, 5, 9, 0, 0, TimeSpan.FromHours(7));
        await overview.SetDeadlineAsync(reviewer, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), Token);

        // Lê Ngọc Hân on time (10/01), then resubmitted after a return: the first submission counts.
        var onTime = await SubmittedAsync(world, units.LeNgocHan, Deadline.AddDays(-2));
        await world.Workflow.ReturnAsync(reviewer, onTime, await world.VersionAsync(onTime), "Thiếu chỉ tiêu.", Token);
        var open = await world.Comments.AddAsync(reviewer, onTime, CommentPlace.WholePlan, "Bổ sung chỉ tiêu về mức độ hài lòng.", Token);
        var done = await world.Comments.AddAsync(reviewer, onTime, CommentPlace.WholePlan, "Sửa trích yếu.", Token);
        await world.Comments.AnswerAsync(reviewer, open.Value!.Id, "Nhắc lại.", Token);
        await world.Comments.ResolveAsync(reviewer, done.Value!.Id, Token);
        await world.Workflow.SubmitAsync(WorkflowWorld.As(units.LeNgocHan, Roles.Drafter), onTime, await world.VersionAsync(onTime), cancellationToken: Token);

        // Tuổi Hồng three days late; Văn Lang a draft never sent; Bến Nghé has no plan of this kind and year.
        var late = await SubmittedAsync(world, units.TuoiHong, Deadline.AddDays(3));
        var draft = await world.PlanAsync(units.VanLang);
        await world.PlanAsync(units.BenNghe, year: 2025);
        await world.PlanAsync(units.District1);
        database.Clock.Now = new DateTimeOffset(2024, 1, 20, 8, 0, 0, TimeSpan.FromHours(7));

        var report = (await overview.ReportAsync(reviewer, 2024, PlanKind.AnnualCchc, Token)).Value!;

        Assert.Equal(("Ủy ban nhân dân Quận 1", new DateOnly(2024, 1, 12), "Lê Văn Minh"), (report.ReviewingUnitName, report.Deadline!.DueOn, report.Deadline.SetBy));
        Assert.Equal(
            [
                ("Trường mầm non Bến Nghé", (int?)null, "Chưa có kế hoạch", "", 8, 0),
                ("Trường mầm non Tuổi Hồng", late, "Đã gửi duyệt", "15/01/2024", 3, 0),
                ("Trường tiểu học Lê Ngọc Hân", onTime, "Đã gửi duyệt", "10/01/2024", 0, 1),
                ("Trường trung học cơ sở Văn Lang", draft, "Dự thảo", "", 8, 0),
            ],
            report.Rows.Select(r => (r.UnitName, r.PlanId, r.StatusText, r.SubmittedOnText, r.DaysLate, r.OpenComments)));
        Assert.All(report.Rows, r => Assert.Equal(("Ủy ban nhân dân Quận 1", 0), (r.ParentName, r.Depth)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReportAsync_ReviewerOfAUnit_NeverSeesUnitsOutsideItsSubtree(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var overview = new PlanOverview(database, database.Clock);
        await world.PlanAsync(world.District3);
        await world.PlanAsync(world.Units.NinhGiang);
        await world.PlanAsync(world.Units.TuoiHong);

        var district1 = (await overview.ReportAsync(PlanWorkflowTests.People(world).Reviewer, 2024, PlanKind.AnnualCchc, Token)).Value!;
        var ninhGiang = (await overview.ReportAsync(WorkflowWorld.As(world.Units.NinhGiang, Roles.Reviewer), 2024, PlanKind.AnnualCchc, Token)).Value!;
        var city = (await overview.ReportAsync(WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin), 2024, PlanKind.AnnualCchc, Token)).Value!;

        Assert.Equal(
            ["Trường mầm non Bến Nghé", "Trường mầm non Tuổi Hồng", "Trường tiểu học Lê Ngọc Hân", "Trường trung học cơ sở Văn Lang"],
            district1.Rows.Select(r => r.UnitName));
        Assert.Empty(ninhGiang.Rows);
        Assert.Equal(
            [("Ủy ban nhân dân Quận 1", 0), ("Trường mầm non Bến Nghé", 1), ("Trường mầm non Tuổi Hồng", 1), ("Trường tiểu học Lê Ngọc Hân", 1), ("Trường trung học cơ sở Văn Lang", 1), ("Ủy ban nhân dân Quận 3", 0)],
            city.Rows.Select(r => (r.UnitName, r.Depth)));
        Assert.DoesNotContain(city.Rows, r => r.UnitName.Contains("Ninh Giang", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LatestYearAsync_OpensOnTheLatestYearBelowUpToNextYear_OrThisYearWhenNoneBelow(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var overview = new PlanOverview(database, database.Clock);
        database.Clock.Now = new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
        await world.PlanAsync(world.Units.TuoiHong);
        await world.PlanAsync(world.Units.BenNghe, year: 2025);
        await world.PlanAsync(world.Units.VanLang, year: 2027);
        await world.PlanAsync(world.Units.District1, year: 2026);
        await world.PlanAsync(world.District3, year: 2026);

        var reviewer = PlanWorkflowTests.People(world).Reviewer;

        // 2027 is beyond next year and the reviewer's own 2026 plan and Quận 3's are not plans below Quận 1.
        Assert.Equal(2025, await overview.LatestYearAsync(reviewer, PlanKind.AnnualCchc, Token));
        Assert.Equal(2024, await overview.LatestYearAsync(reviewer, PlanKind.CchcCommunication, Token));
        Assert.Equal(2024, await overview.LatestYearAsync(WorkflowWorld.As(world.Units.NinhGiang, Roles.Reviewer), PlanKind.AnnualCchc, Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReportAndSetDeadline_DrafterClerkOrHead_AreRefused_TheAdministratorMaySetIt(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var overview = new PlanOverview(database, database.Clock);

        foreach (var role in new[] { Roles.Drafter, Roles.Clerk, Roles.Head })
        {
            var user = WorkflowWorld.As(world.Units.District1, role);
            var read = await overview.ReportAsync(user, 2024, PlanKind.AnnualCchc, Token);
            var set = await overview.SetDeadlineAsync(user, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), Token);
            Assert.Equal((PlanOverview.RefusedToRead, PlanOverview.RefusedToSet), (read.Refusal, set.Refusal));
        }

        Assert.Equal(0, await world.CountAsync(db => db.SubmissionDeadlines));

        // The administrator of the unit may set it as well (a setting for the units below).
        var admin = await overview.SetDeadlineAsync(WorkflowWorld.As(world.Units.District1, Roles.Admin), 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), Token);
        Assert.True(admin.Succeeded, admin.Refusal);
        Assert.Equal(1, await world.CountAsync(db => db.SubmissionDeadlines));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SetDeadlineAsync_SetThenMoved_KeepsOneDeadlinePerYearAndKindAndAuditsEach(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var reviewer = PlanWorkflowTests.People(world).Reviewer;
        var overview = new PlanOverview(database, database.Clock);

        await overview.SetDeadlineAsync(reviewer, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), Token);
        var moved = await overview.SetDeadlineAsync(reviewer, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 19), Token);
        var other = await overview.SetDeadlineAsync(reviewer, 2024, PlanKind.CchcCommunication, new DateOnly(2024, 2, 1), Token);
        var refused = await overview.SetDeadlineAsync(reviewer, 2024, PlanKind.AnnualCchc, new DateOnly(2025, 1, 19), Token);

        Assert.Equal(("19/01/2024", "Hạn gửi kế hoạch năm 2024 phải thuộc năm 2023 hoặc năm 2024."), (moved.Value!.DueOnText, refused.Refusal));
        Assert.True(other.Succeeded);
        Assert.Equal(2, await world.CountAsync(db => db.SubmissionDeadlines));
        var report = (await overview.ReportAsync(reviewer, 2024, PlanKind.AnnualCchc, Token)).Value!;
        Assert.Equal(new DateOnly(2024, 1, 19), report.Deadline!.DueOn);
        Assert.Equal(3, await world.CountAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.DeadlineSet)));
    }

    private static async Task<int> SubmittedAsync(WorkflowWorld world, CchcPlanner.Units.Unit unit, DateTimeOffset at)
    {
        var id = await world.PlanAsync(unit);
        var now = world.Database.Clock.Now;
        world.Database.Clock.Now = at;
        var submitted = await world.Workflow.SubmitAsync(WorkflowWorld.As(unit, Roles.Drafter), id, await world.VersionAsync(id), cancellationToken: Token);
        Assert.True(submitted.Succeeded, submitted.Refusal);
        world.Database.Clock.Now = now;
        return id;
    }
}
