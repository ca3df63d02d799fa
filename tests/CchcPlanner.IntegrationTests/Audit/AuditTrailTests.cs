using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Audit;

/// <summary>The audit trail records who did what and when, administrators read it, and nobody changes it.</summary>
public sealed class AuditTrailTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PlanLifecycleAndEditor_CreateEditDuplicateDelete_AreEachAudited(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var drafter = WorkflowWorld.As(world.Units.TuoiHong, Roles.Drafter, "Nguyễn Thị Thu Hà");
        var lifecycle = new PlanLifecycle(database);

        var created = (await lifecycle.CreateFromTemplateAsync(drafter, PlanKind.AnnualCchc, 2024, Token)).Value;
        await PlanWorkflowTests.EditAsync(database, created, drafter, draft =>
        {
            draft.Title = "Kế hoạch CCHC năm 2024 của trường";
            draft.Kpis.RemoveAt(0);
        });
        var copy = (await lifecycle.DuplicateAsync(drafter, created, Token)).Value;
        await lifecycle.DeleteAsync(drafter, copy, Token);

        await using var db = database.CreateDbContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync(Token);
        Assert.Equal(
            [(AuditActions.PlanCreated, created), (AuditActions.PlanEdited, created), (AuditActions.PlanCreated, copy), (AuditActions.PlanDeleted, copy)],
            entries.Select(e => (e.Action, e.PlanId!.Value)));
        Assert.All(entries, e => Assert.Equal(("Nguyễn Thị Thu Hà", drafter.UserId, world.Units.TuoiHong.Id, database.Clock.Now), (e.FullName, e.UserId, e.UnitId, e.At)));
        Assert.Equal("Kế hoạch CCHC năm 2024 của trường. Phần thay đổi: Thông tin chung, Chỉ tiêu", entries[1].Detail);
        Assert.StartsWith("Bản sao - Kế hoạch CCHC năm 2024 của trường (năm 2024, Dự thảo)", entries[3].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QueryAsync_Filters_FindTheEntriesOfAPlanAUserAnActionAndADayNewestFirst(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, _) = PlanWorkflowTests.People(world);
        var (first, second) = (await world.PlanAsync(world.Units.TuoiHong), await world.PlanAsync(world.Units.TuoiHong));
        await world.Workflow.SubmitAsync(drafter, first, await world.VersionAsync(first), cancellationToken: Token);
        database.Clock.Now = database.Clock.Now.AddDays(1);
        await world.Workflow.SubmitAsync(drafter, second, await world.VersionAsync(second), cancellationToken: Token);
        await world.Workflow.ApproveAsync(reviewer, second, await world.VersionAsync(second), cancellationToken: Token);
        var admin = WorkflowWorld.As(world.Units.Ministry, Roles.Admin);
        var trail = world.Audit;

        var byPlan = (await trail.QueryAsync(admin, new AuditFilter(PlanId: second), cancellationToken: Token)).Value!;
        var byUser = (await trail.QueryAsync(admin, new AuditFilter(UserId: reviewer.UserId), cancellationToken: Token)).Value!;
        var byAction = (await trail.QueryAsync(admin, new AuditFilter(Action: AuditActions.PlanSubmitted), cancellationToken: Token)).Value!;
        var firstDay = (await trail.QueryAsync(admin, new AuditFilter(From: new DateOnly(2024, 1, 20), To: new DateOnly(2024, 1, 20)), cancellationToken: Token)).Value!;
        var page2 = (await trail.QueryAsync(admin, new AuditFilter(), page: 2, pageSize: 2, cancellationToken: Token)).Value!;

        Assert.Equal([AuditActions.PlanApproved, AuditActions.PlanSubmitted], byPlan.Rows.Select(r => r.Action));
        Assert.Equal(("Duyệt", "Lê Văn Minh", "Ủy ban nhân dân Quận 1"), (byUser.Rows.Single().ActionText, byUser.Rows[0].FullName, byUser.Rows[0].UnitName));
        Assert.Equal([second, first], byAction.Rows.Select(r => r.PlanId!.Value));
        Assert.Equal(first, firstDay.Rows.Single().PlanId);
        Assert.Equal((3, 1, first), (page2.Total, page2.Rows.Count, page2.Rows[0].PlanId!.Value));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QueryAsync_NotAnAdminOrAnAdminBelow_SeesNothingOfTheOthers(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var (drafter, reviewer, _) = PlanWorkflowTests.People(world);
        var id = await world.PlanAsync(world.Units.TuoiHong);
        await world.Workflow.SubmitAsync(drafter, id, await world.VersionAsync(id), cancellationToken: Token);
        await world.Workflow.ReturnAsync(reviewer, id, await world.VersionAsync(id), "Thiếu chỉ tiêu.", Token);

        var asReviewer = await world.Audit.QueryAsync(reviewer, new AuditFilter(), cancellationToken: Token);
        var schoolAdmin = (await world.Audit.QueryAsync(WorkflowWorld.As(world.Units.TuoiHong, Roles.Admin), new AuditFilter(), cancellationToken: Token)).Value!;
        var otherProvince = (await world.Audit.QueryAsync(WorkflowWorld.As(world.Units.HaiDuong, Roles.Admin), new AuditFilter(), cancellationToken: Token)).Value!;

        Assert.Equal("Chỉ quản trị hệ thống mới được xem nhật ký hoạt động.", asReviewer.Refusal);
        Assert.Equal([AuditActions.PlanSubmitted], schoolAdmin.Rows.Select(r => r.Action));
        Assert.Empty(otherProvince.Rows);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditEntries_ChangedOrDeletedThroughTheContextOrInSql_AreRefused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        await world.Audit.RecordAsync(WorkflowWorld.As(world.Units.TuoiHong, Roles.Head), AuditActions.DocumentDownloaded, null, "KH-16-MNTH-2023.pdf", Token);

        await using (var db = database.CreateDbContext())
        {
            var entry = await db.AuditEntries.SingleAsync(Token);
            db.Entry(entry).Property(e => e.Detail).CurrentValue = "sửa dấu vết";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));
        }

        await using (var db = database.CreateDbContext())
        {
            db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(Token));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Token));
        }

        await using (var db = database.CreateDbContext())
        {
            var update = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'x'", Token));
            var delete = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"", Token));
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        }

        await using var check = database.CreateDbContext();
        Assert.Equal("KH-16-MNTH-2023.pdf", (await check.AuditEntries.SingleAsync(Token)).Detail);
    }
}
