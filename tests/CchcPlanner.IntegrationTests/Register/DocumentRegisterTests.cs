using System.Diagnostics;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Plans;
using CchcPlanner.Register;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Register;

/// <summary>The register gives each issued plan the next number of its unit's year: never twice, never skipped.</summary>
public sealed class DocumentRegisterTests(PostgresServer server) : DatabaseTests(server)
{
    public static TheoryData<DatabaseProvider, int> ClerksAtOnce => new() { { DatabaseProvider.Sqlite, 20 }, { DatabaseProvider.Postgres, 100 } };

    [Theory]
    [MemberData(nameof(ClerksAtOnce))]
    public async Task IssueAsync_ManyPlansIssuedAtOnce_NumbersOneToNWithoutDuplicateOrGap(DatabaseProvider provider, int count)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var plans = await world.ApprovedPlansAsync(world.Units.TuoiHong, count);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk);
        var clock = Stopwatch.StartNew();

        // Every request on its own task and its own context, as many clerks' browsers would be.
        var results = await Task.WhenAll(plans.Select(p => Task.Run(() => world.Workflow.IssueAsync(clerk, p.Id, p.Version, cancellationToken: Token))));

        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {count} plans issued at once in {clock.ElapsedMilliseconds} ms");
        Assert.All(results, r => Assert.True(r.Succeeded, r.Refusal));
        var numbers = results.Select(r => int.Parse(r.Value!.NumberAndSymbol.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, count), numbers);
        await using var db = database.CreateDbContext();
        Assert.Equal(Enumerable.Range(1, count), await db.RegisterEntries.OrderBy(e => e.Number).Select(e => e.Number).ToListAsync(Token));
        Assert.Equal(Enumerable.Range(1, count), (await db.Plans.Where(p => p.Number != null).Select(p => p.Number!.Value).ToListAsync(Token)).Order());
        Assert.Equal(count, await db.RegisterCounters.Where(c => c.UnitId == world.Units.TuoiHong.Id && c.Year == 2024).Select(c => c.LastNumber).SingleAsync(Token));
        Assert.Equal(count, await db.LegalDocuments.CountAsync(d => d.SourcePlanId != null, Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task IssueAsync_OnePlanByTenClerksAtOnce_IssuedOnceAndTheLosersNumbersGoBack(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var plans = await world.ApprovedPlansAsync(world.Units.TuoiHong, 2);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => world.Workflow.IssueAsync(clerk, plans[0].Id, plans[0].Version, cancellationToken: Token))));
        var next = await world.Workflow.IssueAsync(clerk, plans[1].Id, plans[1].Version, cancellationToken: Token);

        Assert.Equal("01/KH-MNTH", Assert.Single(results, r => r.Succeeded).Value!.NumberAndSymbol);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Kế hoạch vừa được người khác thay đổi; hãy tải lại trang rồi thử lại.", r.Refusal));
        Assert.Equal("02/KH-MNTH", next.Value!.NumberAndSymbol);
        Assert.Equal(2, await world.CountAsync(db => db.RegisterEntries));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task IssueAsync_RefusedAfterTakingTheNumber_RollsTheNumberBack(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var plans = await world.ApprovedPlansAsync(world.Units.TuoiHong, 3);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk);
        var draft = await world.PlanAsync(world.Units.TuoiHong);

        var first = await world.Workflow.IssueAsync(clerk, plans[0].Id, plans[0].Version, new DateOnly(2024, 1, 15), Token);
        var earlier = await world.Workflow.IssueAsync(clerk, plans[1].Id, plans[1].Version, new DateOnly(2024, 1, 10), Token);
        var notApproved = await world.Workflow.IssueAsync(clerk, draft, await world.VersionAsync(draft), new DateOnly(2024, 1, 16), Token);
        var second = await world.Workflow.IssueAsync(clerk, plans[2].Id, plans[2].Version, new DateOnly(2024, 1, 16), Token);

        Assert.Equal("01/KH-MNTH", first.Value!.NumberAndSymbol);
        Assert.Equal("Ngày ban hành không được trước ngày của văn bản vào sổ gần nhất (15/01/2024).", earlier.Refusal);
        Assert.Equal("Không thể chuyển kế hoạch từ trạng thái \"Dự thảo\" sang \"Đã ban hành\".", notApproved.Refusal);
        Assert.Equal("02/KH-MNTH", second.Value!.NumberAndSymbol);
        Assert.Equal(PlanStatus.Approved, (await world.LoadAsync(plans[1].Id)).Status);
        Assert.Equal(0, await world.CountAsync(db => db.AuditEntries.Where(e => e.PlanId == plans[1].Id || e.PlanId == draft)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task IssueAsync_DateInTheFuture_Refused(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var plan = (await world.ApprovedPlansAsync(world.Units.TuoiHong, 1))[0];

        var result = await world.Workflow.IssueAsync(WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk), plan.Id, plan.Version, new DateOnly(2024, 1, 21), Token);

        Assert.Equal("Ngày ban hành không được sau ngày hôm nay (20/01/2024).", result.Refusal);
        Assert.Equal(0, await world.CountAsync(db => db.RegisterCounters));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ListAsync_AfterPaperNumbersAndTwoIssues_ShowsTheLinesAndTheNextNumber(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var plans = await world.ApprovedPlansAsync(world.Units.TuoiHong, 2);
        var clerk = WorkflowWorld.As(world.Units.TuoiHong, Roles.Clerk, "Trần Thị Mai");

        var started = await world.Register.StartAfterAsync(clerk, 2024, 15, Token);
        await world.Workflow.IssueAsync(clerk, plans[0].Id, plans[0].Version, new DateOnly(2024, 1, 18), Token);
        await world.Workflow.IssueAsync(clerk, plans[1].Id, plans[1].Version, cancellationToken: Token);
        var again = await world.Register.StartAfterAsync(clerk, 2024, 30, Token);
        var book = (await world.Register.ListAsync(clerk, 2024, cancellationToken: Token)).Value!;

        Assert.Equal(16, started.Value);
        Assert.Equal("Sổ đăng ký năm 2024 đã có văn bản được cấp số trong hệ thống; không đổi được số bắt đầu.", again.Refusal);
        Assert.Equal((2024, "KH", 18), (book.Year, book.DocumentType, book.NextNumber));
        Assert.Equal(
            [(16, "16/KH-MNTH", "18/01/2024", plans[0].Id), (17, "17/KH-MNTH", "20/01/2024", plans[1].Id)],
            book.Rows.Select(r => (r.Number, r.NumberAndSymbol, r.IssuedOnText, r.PlanId!.Value)));
        Assert.Equal(("Kế hoạch số thứ tự 1 của đơn vị", "Trần Thị Mai"), (book.Rows[0].Summary, book.Rows[0].RegisteredBy));
        Assert.Equal(1, (await world.Register.ListAsync(clerk, 2025, cancellationToken: Token)).Value!.NextNumber);
        Assert.False((await world.Register.ListAsync(WorkflowWorld.As(world.Units.BenNghe, Roles.Clerk), 2024, world.Units.TuoiHong.Id, Token)).Succeeded);
        Assert.Equal(2, (await world.Register.ListAsync(WorkflowWorld.As(world.Units.District1, Roles.Reviewer), 2024, world.Units.TuoiHong.Id, Token)).Value!.Rows.Count);
    }
}
