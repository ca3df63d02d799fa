using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Reviews;

namespace CchcPlanner.IntegrationTests.Reviews;

/// <summary>Comments on a school's plan between the reviewer of Quận 1 and the school's drafter.</summary>
public sealed class ReviewCommentsTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AddAnswerResolve_OnAKpi_ThreadReadsInOrderAndLeavesTheOpenList(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, _) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);
        var kpi = (await world.LoadAsync(id)).Kpis[1];
        var place = new CommentPlace(PlanPart.Kpi, kpi.Id, "đạt từ 99% trở lên");

        var added = await world.Comments.AddAsync(reviewer, id, place, "Mức 99% có khả thi không? Năm trước đạt 97%.", Token);
        database.Clock.Now = database.Clock.Now.AddHours(1);
        var answered = await world.Comments.AnswerAsync(drafter, added.Value!.Id, "Trường giữ mức 99% theo chỉ đạo của Phòng.", Token);
        var open = (await world.Comments.ListAsync(drafter, id, openOnly: true, cancellationToken: Token)).Value!;
        var resolved = await world.Comments.ResolveAsync(reviewer, answered.Value!.Id, Token);

        Assert.True(resolved.Succeeded, resolved.Refusal);
        var thread = Assert.Single(open);
        Assert.Equal(("Chỉ tiêu 2", "đạt từ 99% trở lên", Roles.Reviewer, 1), (thread.Comment.PlaceLabel, thread.Comment.Quote, thread.Comment.AuthorRole, thread.Comment.SubmissionNumber));
        Assert.Equal(["Trường giữ mức 99% theo chỉ đạo của Phòng."], thread.Answers.Select(a => a.Text));
        Assert.Equal(Roles.Drafter, thread.Answers[0].AuthorRole);
        Assert.Empty((await world.Comments.ListAsync(reviewer, id, openOnly: true, cancellationToken: Token)).Value!);
        var all = Assert.Single((await world.Comments.ListAsync(reviewer, id, cancellationToken: Token)).Value!);
        Assert.Equal(("Lê Văn Minh", database.Clock.Now), (all.Comment.ResolvedBy, all.Comment.ResolvedAt));
        Assert.Equal([AuditActions.PlanSubmitted, AuditActions.CommentAdded, AuditActions.CommentAnswered, AuditActions.CommentResolved], (await world.AuditOfAsync(id)).Select(e => e.Action));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_ByPlace_GivesOnlyThatPlacesThreads(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, _) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Submitted);
        var plan = await world.LoadAsync(id);
        var (index, section) = plan.Sections.Index().First(s => s.Item.Items.Count > 1);
        var item = section.Items[1];
        await world.Comments.AddAsync(reviewer, id, CommentPlace.WholePlan, "Kế hoạch cần bám sát Kế hoạch 412/KH-UBND.", Token);
        await world.Comments.AddAsync(reviewer, id, new CommentPlace(PlanPart.SectionItem, item.Id, item.Text[..20]), "Đoạn này chưa rõ.", Token);
        await world.Comments.AddAsync(drafter, id, new CommentPlace(PlanPart.Task, plan.Tasks[2].Id), "Nhờ Phòng góp ý thời hạn.", Token);

        var atItem = (await world.Comments.ListAsync(drafter, id, place: new CommentPlace(PlanPart.SectionItem, item.Id), cancellationToken: Token)).Value!;
        var atTask = (await world.Comments.ListAsync(reviewer, id, place: new CommentPlace(PlanPart.Task, plan.Tasks[2].Id), cancellationToken: Token)).Value!;
        var whole = (await world.Comments.ListAsync(reviewer, id, place: CommentPlace.WholePlan, cancellationToken: Token)).Value!;

        Assert.Equal(($"Mục {CchcPlanner.Common.RomanNumerals.Of(index + 1)}, đoạn 2", "Đoạn này chưa rõ."), (Assert.Single(atItem).Comment.PlaceLabel, atItem[0].Comment.Text));
        Assert.Equal(("Nhiệm vụ 3", Roles.Drafter), (Assert.Single(atTask).Comment.PlaceLabel, atTask[0].Comment.AuthorRole));
        Assert.Equal("Toàn bộ kế hoạch", Assert.Single(whole).Comment.PlaceLabel);
        Assert.Equal(3, (await world.Comments.ListAsync(reviewer, id, openOnly: true, cancellationToken: Token)).Value!.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Comments_SiblingSchoolOrClerkOrAfterApproval_AreRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, clerk) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);
        var first = (await world.Comments.AddAsync(reviewer, id, CommentPlace.WholePlan, "Góp ý chung.", Token)).Value!;
        var sibling = WorkflowWorld.As(world.Units.BenNghe, Roles.Head);
        var otherDistrict = WorkflowWorld.As(world.District3, Roles.Reviewer);

        Assert.Equal("Không tìm thấy kế hoạch hoặc góp ý này, hoặc bạn không có quyền xem.", (await world.Comments.ListAsync(sibling, id, cancellationToken: Token)).Refusal);
        Assert.Equal("Không tìm thấy kế hoạch hoặc góp ý này, hoặc bạn không có quyền xem.", (await world.Comments.AnswerAsync(otherDistrict, first.Id, "Xen vào.", Token)).Refusal);
        Assert.Equal("Không tìm thấy kế hoạch hoặc góp ý này, hoặc bạn không có quyền xem.", (await world.Comments.AddAsync(sibling, id, CommentPlace.WholePlan, "Xen vào.", Token)).Refusal);
        Assert.StartsWith("Chỉ cán bộ soạn thảo, thủ trưởng đơn vị và cán bộ thẩm định", (await world.Comments.AddAsync(clerk, id, CommentPlace.WholePlan, "Văn thư góp ý.", Token)).Refusal, StringComparison.Ordinal);
        Assert.Equal("Nội dung góp ý không được để trống.", (await world.Comments.AddAsync(reviewer, id, CommentPlace.WholePlan, "  ", Token)).Refusal);
        Assert.Equal("Phần được góp ý không còn trong kế hoạch; hãy tải lại trang.", (await world.Comments.AddAsync(reviewer, id, new CommentPlace(PlanPart.Kpi, 999_999), "Sai chỗ.", Token)).Refusal);

        await world.Workflow.ApproveAsync(reviewer, id, await world.VersionAsync(id), cancellationToken: Token);
        Assert.Equal("Kế hoạch đang ở trạng thái \"Đã duyệt\"; không góp ý thêm được nữa.", (await world.Comments.AnswerAsync(drafter, first.Id, "Đã sửa.", Token)).Refusal);
        Assert.True((await world.Comments.ResolveAsync(drafter, first.Id, Token)).Succeeded);
        Assert.Equal(1, await world.CountAsync(db => db.ReviewComments));
    }
}
