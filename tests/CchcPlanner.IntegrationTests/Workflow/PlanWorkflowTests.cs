using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Security;
using CchcPlanner.Units;

namespace CchcPlanner.IntegrationTests.Workflow;

/// <summary>A school's plan through a whole review with UBND Quận 1, and the refusals on the way.</summary>
public sealed class PlanWorkflowTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WholeRound_SubmitReturnEditResubmitApproveIssue_LeavesHistoryAndAudit(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, clerk) = People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        var start = database.Clock.Now;

        Assert.True((await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), "Kính gửi Phòng Nội vụ.", Token)).Succeeded);
        database.Clock.Now = start.AddHours(2);
        Assert.True((await world.Workflow.ReturnAsync(reviewer, id, await world.VersionAsync(id), "  Thiếu chỉ tiêu về học bạ số.  ", Token)).Succeeded);
        await EditTitleAsync(database, id, drafter, "Kế hoạch CCHC năm 2024 (bản sửa)");
        database.Clock.Now = start.AddDays(1);
        Assert.True((await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token)).Succeeded);
        Assert.True((await world.Workflow.ApproveAsync(reviewer, id, await world.VersionAsync(id), "Đồng ý.", Token)).Succeeded);
        var issued = await world.Workflow.IssueAsync(clerk, id, await world.VersionAsync(id), cancellationToken: Token);

        Assert.True(issued.Succeeded, issued.Refusal);
        Assert.Equal((PlanStatus.Issued, "01/KH-MNTH", new DateOnly(2024, 1, 21)), (issued.Value!.Status, issued.Value.NumberAndSymbol, issued.Value.IssuedOn));
        var history = (await world.Workflow.HistoryAsync(drafter, id, Token)).Value!;
        Assert.Equal(
            [
                ("Nguyễn Thị Thu Hà", Roles.Drafter, PlanStatus.Draft, PlanStatus.Submitted, "Kính gửi Phòng Nội vụ.", (int?)1),
                ("Lê Văn Minh", Roles.Reviewer, PlanStatus.Submitted, PlanStatus.Returned, "Thiếu chỉ tiêu về học bạ số.", null),
                ("Nguyễn Thị Thu Hà", Roles.Drafter, PlanStatus.Returned, PlanStatus.Submitted, null, 2),
                ("Lê Văn Minh", Roles.Reviewer, PlanStatus.Submitted, PlanStatus.Approved, "Đồng ý.", null),
                ("Trần Thị Mai", Roles.Clerk, PlanStatus.Approved, PlanStatus.Issued, "Số 01/KH-MNTH, ngày 21/01/2024", null),
            ],
            history.Select(h => (h.UserName, h.Role, h.From, h.To, h.Note, h.SubmissionNumber)));
        Assert.Equal([start, start.AddHours(2), start.AddDays(1), start.AddDays(1), start.AddDays(1)], history.Select(h => h.At));
        Assert.Equal("Cán bộ thẩm định", history[1].RoleText);
        Assert.Equal(
            [AuditActions.PlanSubmitted, AuditActions.PlanReturned, AuditActions.PlanEdited, AuditActions.PlanSubmitted, AuditActions.PlanApproved, AuditActions.PlanIssued],
            (await world.AuditOfAsync(id)).Select(e => e.Action));
        Assert.Equal(1, await world.CountAsync(db => db.LegalDocuments.Where(d => d.SourcePlanId == id && d.Symbol == "01/KH-MNTH")));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ReturnAsync_WithoutAReason_IsRefusedAndThePlanStaysSubmitted(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (_, reviewer, _) = People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Submitted);

        var blank = await world.Workflow.ReturnAsync(reviewer, id, await world.VersionAsync(id), "   ", Token);

        Assert.Equal("Hãy ghi lý do trả lại để đơn vị biết cần sửa những gì.", blank.Refusal);
        Assert.Equal(PlanStatus.Submitted, (await world.LoadAsync(id)).Status);
        Assert.Equal(0, await world.CountAsync(db => db.PlanHistory));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEntries));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Step_OnAVersionSomeoneElseMovedOn_IsRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (_, reviewer, _) = People(world);
        var colleague = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Hoàng Văn An");
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Submitted);
        var seen = await world.VersionAsync(id);

        var approved = await world.Workflow.ApproveAsync(colleague, id, seen, cancellationToken: Token);
        var returned = await world.Workflow.ReturnAsync(reviewer, id, seen, "Thiếu chỉ tiêu.", Token);

        Assert.True(approved.Succeeded);
        Assert.Equal("Kế hoạch vừa được người khác thay đổi; hãy tải lại trang rồi thử lại.", returned.Refusal);
        Assert.Equal(PlanStatus.Approved, (await world.LoadAsync(id)).Status);
        Assert.Equal(1, await world.CountAsync(db => db.PlanHistory));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ApproveAsync_ADraftNotSubmitted_IsRefusedNamingTheState(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (_, reviewer, clerk) = People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);

        var approve = await world.Workflow.ApproveAsync(reviewer, id, await world.VersionAsync(id), cancellationToken: Token);
        var issue = await world.Workflow.IssueAsync(clerk, id, await world.VersionAsync(id), cancellationToken: Token);

        Assert.Equal("Không thể chuyển kế hoạch từ trạng thái \"Dự thảo\" sang \"Đã duyệt\".", approve.Refusal);
        Assert.Equal("Không thể chuyển kế hoạch từ trạng thái \"Dự thảo\" sang \"Đã ban hành\".", issue.Refusal);
        Assert.Equal(0, await world.CountAsync(db => db.RegisterCounters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task HistoryAsync_UserOfASiblingSchool_CannotReadIt(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, _, _) = People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);

        var sibling = await world.Workflow.HistoryAsync(WorkflowWorld.As(world.Units.BenNghe, Roles.Head), id, Token);
        var above = await world.Workflow.HistoryAsync(WorkflowWorld.As(world.Units.Ministry, Roles.Admin), id, Token);

        Assert.Equal("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.", sibling.Refusal);
        Assert.Single(above.Value!);
    }

    internal static (CurrentUser Drafter, CurrentUser Reviewer, CurrentUser Clerk) People(WorkflowWorld world) => (
        WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà"),
        WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh"),
        WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk, "Trần Thị Mai"));

    internal static async Task EditTitleAsync(TestDatabase database, int planId, CurrentUser drafter, string title) =>
        await EditAsync(database, planId, drafter, draft => draft.Title = title);

    internal static async Task EditAsync(TestDatabase database, int planId, CurrentUser drafter, Action<PlanDraft> change)
    {
        var editor = new PlanEditor(database);
        var (draft, refusal) = await editor.OpenAsync(planId, drafter, TestContext.Current.CancellationToken);
        Assert.Null(refusal);
        var opened = System.Text.Json.JsonSerializer.Deserialize<PlanDraft>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(draft))!;
        change(draft!);
        Assert.IsType<SaveOutcome.Saved>(await editor.SaveAsync(draft!, opened, drafter, TestContext.Current.CancellationToken));
    }
}
