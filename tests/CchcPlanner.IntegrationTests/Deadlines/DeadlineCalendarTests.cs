using CchcPlanner.Data;
using CchcPlanner.Deadlines;
using CchcPlanner.FollowUp;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Reports;

namespace CchcPlanner.IntegrationTests.Deadlines;

/// <summary>
/// The calendar of a kindergarten under Quận 1, of Quận 1's reviewer and of a district in another province: each sees its
/// own deadlines and, for the reviewer, those of the units below; states follow the clock and the recorded results.
/// </summary>
public sealed class DeadlineCalendarTests(PostgresServer server) : DatabaseTests(server)
{
    private static readonly DateOnly From = new(2024, 1, 1);
    private static readonly DateOnly To = new(2024, 12, 31);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ItemsAsync_PerRole_OwnUnitAndUnitsBelowOnly(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter);
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh");
        var stranger = WorkflowWorld.As(world.Units.NinhGiang, Roles.Drafter);
        var issued = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Draft, 2025);
        var other = await world.PlanAsync(world.Units.NinhGiang, PlanStatus.Signed);
        Assert.True((await new PlanOverview(database, database.Clock).SetDeadlineAsync(reviewer, 2025, PlanKind.AnnualCchc, new DateOnly(2024, 12, 15), Token)).Succeeded);

        var mine = await Calendar(database).ItemsAsync(drafter, From, To, Token);
        var theirs = await Calendar(database).ItemsAsync(stranger, From, To, Token);
        var reviewed = await Calendar(database).ItemsAsync(reviewer, From, To, Token);

        Assert.Equal(
            ["01/03/2024 Báo cáo quý I", "01/06/2024 Báo cáo 6 tháng", "01/09/2024 Báo cáo 9 tháng", "01/12/2024 Báo cáo năm", "15/12/2024 Kế hoạch CCHC hằng năm 2025"],
            mine.Select(i => $"{i.DueOnText} {i.Title}"));
        Assert.All(mine.Take(4), i => Assert.Equal((DeadlineKind.Report, issued, world.Units.TuoiHong.Name), (i.Kind, i.PlanId!.Value, i.UnitName)));
        Assert.Equal($"Gửi {world.Units.District1.Name}", mine[^1].Detail);
        Assert.All(theirs, i => Assert.Equal(other, i.PlanId));
        Assert.Equal(4, theirs.Count);
        Assert.DoesNotContain(reviewed, i => i.PlanId == other);
        Assert.Equal(4, reviewed.Count(i => i.PlanId == issued));
        var submission = Assert.Single(reviewed, i => i.Kind == DeadlineKind.PlanSubmission);
        Assert.Equal(("Các đơn vị trực thuộc", "0/4 đơn vị đã gửi về " + world.Units.District1.Name), (submission.UnitName, submission.Detail));
        Assert.All(mine.Concat(reviewed), i => Assert.Equal(DeadlineState.Upcoming, i.State));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task NoticesAsync_AfterTheDueDay_FlagsOverdueUntilTheQuartersReportIsSent(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter);
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        Assert.True((await new PlanOverview(database, database.Clock).SetDeadlineAsync(reviewer, 2025, PlanKind.AnnualCchc, new DateOnly(2024, 3, 5), Token)).Succeeded);
        database.Clock.Now = new DateTimeOffset(2024, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

        var notices = await Calendar(database).NoticesAsync(drafter, Token);

        Assert.Equal(
            ["Quá hạn Báo cáo quý I", "Sắp đến hạn Kế hoạch CCHC hằng năm 2025"],
            notices.Select(n => $"{n.StateText} {n.Title}"));
        Assert.Equal(["Quá hạn", "Sắp đến hạn"], (await Calendar(database).NoticesAsync(reviewer, Token)).Select(n => n.StateText));

        var sheet = (await new KpiResults(database, database.Clock).SheetAsync(drafter, id, ReportingPeriod.Quarter1, Token))!;
        var saved = await new KpiResults(database, database.Clock).SaveAsync(
            drafter, id, sheet.Version, ReportingPeriod.Quarter1, [.. sheet.Lines.Select(l => new KpiResultEntry(l.KpiId, 100m, null))], Token);
        Assert.True(saved.Succeeded, saved.Refusal);
        await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Submitted, 2025);

        // Results typed in are not yet a report the district has received: overdue until the quarter's report is sent.
        Assert.Equal(["Quá hạn Báo cáo quý I"], (await Calendar(database).NoticesAsync(drafter, Token)).Select(n => $"{n.StateText} {n.Title}"));
        var report = await new PlanReports(database).CreateAsync(drafter, id, ReportingPeriod.Quarter1, Token);
        Assert.True(report.Succeeded, report.Refusal);
        Assert.Single(await Calendar(database).NoticesAsync(drafter, Token));
        var sent = await world.Workflow.SubmitAsync(drafter, report.Value, await world.VersionAsync(report.Value), cancellationToken: Token);
        Assert.True(sent.Succeeded, sent.Refusal);

        Assert.Empty(await Calendar(database).NoticesAsync(drafter, Token));
        var quarter = Assert.Single(await Calendar(database).ItemsAsync(drafter, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), Token), i => i.Kind == DeadlineKind.Report);
        Assert.Equal(DeadlineState.Done, quarter.State);
        var submission = Assert.Single(await Calendar(database).ItemsAsync(reviewer, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31), Token), i => i.Kind == DeadlineKind.PlanSubmission);
        Assert.Equal((DeadlineState.DueSoon, "1/4 đơn vị đã gửi về " + world.Units.District1.Name), (submission.State, submission.Detail));
    }

    private static DeadlineCalendar Calendar(TestDatabase database) => new(database, database.Clock, new DeadlineOptions(DueSoonDays: 7));
}
