using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.IntegrationTests.Reviews;

/// <summary>Submissions are frozen copies of the plan, and what changed between two of them reads like the editor's diff.</summary>
public sealed class SubmittedVersionsTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SubmitAsync_ThenEditsAfterAReturn_LeaveTheStoredSubmissionAsItWas(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, _) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        var original = (await world.LoadAsync(id)).Title;

        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);
        await world.Workflow.ReturnAsync(reviewer, id, await world.VersionAsync(id), "Sửa trích yếu.", Token);
        await PlanWorkflowTests.EditTitleAsync(database, id, drafter, "Trích yếu đã sửa sau khi bị trả lại");

        var first = (await world.Versions.GetAsync(reviewer, id, 1, Token)).Value!;
        Assert.Equal((1, "Nguyễn Thị Thu Hà", database.Clock.Now), (first.Number, first.SubmittedBy, first.At));
        Assert.Equal(original, first.Draft.Title);
        Assert.Equal(original, PlanJsonReader.Read(first.PlanJson).Title);
        Assert.Equal((await world.LoadAsync(id)).Kpis.Count, PlanJsonReader.Read(first.PlanJson).Kpis.Count);
        Assert.Equal("Trích yếu đã sửa sau khi bị trả lại", (await world.LoadAsync(id)).Title);
        Assert.Equal(
            [("Thông tin chung", $"Trích yếu: \"{original}\" → \"Trích yếu đã sửa sau khi bị trả lại\"")],
            (await world.Versions.WhatChangedAsync(reviewer, id, 1, cancellationToken: Token)).Value!.Select(c => (c.Part, c.Description)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WhatChangedAsync_BetweenTwoSubmissions_ListsTheChangedPartsInTheEditorsWords(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, _) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);
        await world.Workflow.ReturnAsync(reviewer, id, await world.VersionAsync(id), "Bổ sung chỉ tiêu học bạ số; nhiệm vụ 1 cần người chủ trì.", Token);
        await PlanWorkflowTests.EditAsync(database, id, drafter, draft =>
        {
            draft.Kpis.Add(new KpiDraft { Text = "100% trẻ có hồ sơ điện tử.", Comparator = Comparator.Exactly, Target = 100, Unit = "%" });
            draft.Tasks[0].LeadUnit = "Phó Hiệu trưởng";
            draft.Recipients.RemoveAt(0);
        });
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);

        var changes = (await world.Versions.WhatChangedAsync(reviewer, id, 1, 2, Token)).Value!;
        var rows = (await world.Versions.ListAsync(reviewer, id, Token)).Value!;

        Assert.Equal(["Chỉ tiêu", "Nhiệm vụ", "Nơi nhận"], changes.Select(c => c.Part));
        Assert.Equal("thêm: 100% trẻ có hồ sơ điện tử. [đạt (=) 100 %]", changes[0].Description);
        Assert.StartsWith("sửa: \"", changes[1].Description, StringComparison.Ordinal);
        Assert.StartsWith("xoá: ", changes[2].Description, StringComparison.Ordinal);
        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.Empty((await world.Versions.WhatChangedAsync(reviewer, id, 2, cancellationToken: Token)).Value!);
        Assert.Equal("Kế hoạch này không có bản gửi duyệt lần 3.", (await world.Versions.WhatChangedAsync(reviewer, id, 1, 3, Token)).Refusal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Submissions_OfAPublishedPlan_StayWithinTheTree(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, clerk) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);
        await world.Workflow.ApproveAsync(reviewer, id, await world.VersionAsync(id), cancellationToken: Token);
        await world.Workflow.IssueAsync(clerk, id, await world.VersionAsync(id), cancellationToken: Token);
        var sibling = WorkflowWorld.As(world.Units.BenNghe, Roles.Head);

        Assert.Equal("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.", (await world.Versions.ListAsync(sibling, id, Token)).Refusal);
        Assert.Equal("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.", (await world.Versions.GetAsync(sibling, id, 1, Token)).Refusal);
        Assert.Single((await world.Versions.ListAsync(clerk, id, Token)).Value!);
    }
}
