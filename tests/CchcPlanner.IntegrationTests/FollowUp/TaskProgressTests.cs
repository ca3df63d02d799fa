using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.FollowUp;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Security;

namespace CchcPlanner.IntegrationTests.FollowUp;

/// <summary>A school records dated progress notes on the tasks of its issued plan; overdue tasks; who may, and on which version.</summary>
public sealed class TaskProgressTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_NotesOnTwoTasks_RecordedDatedWithHistoryAndOverdueFlags(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        database.Clock.Now = new DateTimeOffset(2024, 4, 2, 6, 30, 0, TimeSpan.FromHours(7));
        var sheet = (await Book(world).SheetAsync(drafter, id, Token))!;
        var quarter1 = sheet.Lines.Where(l => l.Timeline.Kind == TimelineKind.Quarter && l.Timeline.Quarter == 1).ToList();
        var quarter3 = sheet.Lines.First(l => l.Timeline.Kind == TimelineKind.Quarter && l.Timeline.Quarter == 3);
        var ongoing = sheet.Lines.First(l => l.Timeline.Kind == TimelineKind.Ongoing);
        Assert.True(sheet.CanRecord);
        Assert.Equal(new DateOnly(2024, 4, 2), sheet.Today);
        Assert.True(quarter1.Count >= 2);
        Assert.All(quarter1, l => Assert.True(l.Overdue));
        Assert.False(quarter3.Overdue);
        Assert.False(ongoing.Overdue);

        var saved = await Book(world).SaveAsync(
            drafter,
            id,
            sheet.Version,
            [
                new(quarter1[0].TaskId, PlanTaskStatus.Done, 100, "  Đã ban hành Quyết định kiện toàn số 12/QĐ-MNTH "),
                new(quarter3.TaskId, PlanTaskStatus.InProgress, 30, "Đã xây dựng kế hoạch kiểm tra"),
                new(ongoing.TaskId, PlanTaskStatus.NotStarted, null, "  "),
            ],
            Token);

        Assert.True(saved.Succeeded, saved.Refusal);
        Assert.Equal(2, saved.Value!.Recorded);
        Assert.Equal(await world.VersionAsync(id), saved.Value.Version);
        var reread = (await Book(world).SheetAsync(drafter, id, Token))!;
        var done = reread.Lines.Single(l => l.TaskId == quarter1[0].TaskId);
        Assert.Equal((PlanTaskStatus.Done, false, (int?)100), (done.Status, done.Overdue, done.PercentComplete));
        Assert.Equal(
            new ProgressNote(new DateOnly(2024, 4, 2), PlanTaskStatus.Done, 100, "Đã ban hành Quyết định kiện toàn số 12/QĐ-MNTH", "Nguyễn Thị Thu Hà"),
            Assert.Single(done.History));
        Assert.True(reread.Lines.Single(l => l.TaskId == quarter1[1].TaskId).Overdue);
        Assert.Empty(reread.Lines.Single(l => l.TaskId == ongoing.TaskId).History);
        var audit = Assert.Single(await world.AuditOfAsync(id));
        Assert.Equal((AuditActions.ProgressRecorded, "Ngày 02/04/2024: 2 nhiệm vụ"), (audit.Action, audit.Detail));

        // A later note adds to the history; the task stays where its last note put it.
        database.Clock.Now = new DateTimeOffset(2024, 10, 3, 9, 0, 0, TimeSpan.FromHours(7));
        var later = await Book(world).SaveAsync(drafter, id, reread.Version, [new(quarter3.TaskId, PlanTaskStatus.InProgress, 70, "Đã kiểm tra 5/7 tổ")], Token);
        Assert.True(later.Succeeded, later.Refusal);
        var third = (await Book(world).SheetAsync(drafter, id, Token))!.Lines.Single(l => l.TaskId == quarter3.TaskId);
        Assert.Equal([new DateOnly(2024, 4, 2), new DateOnly(2024, 10, 3)], third.History.Select(h => h.On));
        Assert.Equal((true, (int?)70), (third.Overdue, third.PercentComplete));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveAsync_OtherUnitReviewerClerkDraftStaleAndBadEntries_Refused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter);
        var stranger = WorkflowWorld.As(world.Units.NinhGiang, Roles.Drafter);
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Signed);
        var approved = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Approved, 2025);
        var plan = await world.LoadAsync(id);
        var task = plan.Tasks[0].Id;

        async Task<string?> RefusalAsync(CurrentUser user, int planId, TaskProgressEntry entry, Guid? version = null) =>
            (await Book(world).SaveAsync(user, planId, version ?? await world.VersionAsync(planId), [entry], Token)).Refusal;

        var note = new TaskProgressEntry(task, PlanTaskStatus.InProgress, 50, "Đang triển khai");
        Assert.Null(await Book(world).SheetAsync(stranger, id, Token));
        Assert.Equal(KpiResults.NotFound, await RefusalAsync(stranger, id, note));
        var read = (await Book(world).SheetAsync(reviewer, id, Token))!;
        Assert.Equal("Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được nhập kết quả thực hiện kế hoạch này.", read.WhyNotRecord);
        Assert.Equal(read.WhyNotRecord, await RefusalAsync(reviewer, id, note));
        Assert.Equal(read.WhyNotRecord, await RefusalAsync(clerk, id, note));
        Assert.StartsWith("Kế hoạch đang ở trạng thái \"Đã duyệt\"", await RefusalAsync(drafter, approved, note with { TaskId = (await world.LoadAsync(approved)).Tasks[0].Id }), StringComparison.Ordinal);
        Assert.Equal("Nhiệm vụ 1: Nội dung tiến độ không được để trống.", await RefusalAsync(drafter, id, note with { Note = " " }));
        Assert.Equal("Nhiệm vụ 1: Tiến độ hoàn thành phải nằm trong khoảng từ 0 đến 100%.", await RefusalAsync(drafter, id, note with { PercentComplete = 120 }));
        Assert.StartsWith("Có nhiệm vụ không thuộc kế hoạch này", await RefusalAsync(drafter, id, note with { TaskId = (await world.LoadAsync(approved)).Tasks[0].Id }), StringComparison.Ordinal);
        Assert.Equal(KpiResults.Stale, await RefusalAsync(drafter, id, note, Guid.NewGuid()));

        Assert.Equal(plan.Version, await world.VersionAsync(id));
        Assert.Equal(0, await world.CountAsync(db => db.Plans.SelectMany(p => p.Tasks).SelectMany(t => t.Progress)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEntries));
    }

    private static TaskProgressBook Book(WorkflowWorld world) => new(world.Database, world.Database.Clock);
}
