using CchcPlanner.Dashboard;
using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard asks the database a fixed number of questions whatever the number of units: ten schools or a hundred,
/// the same commands (an N+1 query per unit would make a province's dashboard a thousand round trips).
/// </summary>
public sealed class DashboardQueryCountTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LoadAsync_TenOrAHundredUnits_SendsTheSameNumberOfCommands(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await DashboardWorld.WorldAsync(database);
        var reviewer = PlanWorkflowTests.People(world).Reviewer;
        await DashboardWorld.AddSchoolsAsync(database, world.Units.District1, 10);
        var counter = new CommandCounter();
        var dashboards = new ReviewerDashboards(new CountingContexts(database, counter), database.Clock);

        var ten = await CountAsync(dashboards, reviewer, counter);
        await DashboardWorld.AddSchoolsAsync(database, world.Units.District1, 90, from: 10);
        var hundred = await CountAsync(dashboards, reviewer, counter);

        Assert.Equal((14, 104), (ten.Units, hundred.Units));
        Assert.Equal(ten.Commands, hundred.Commands);
        Assert.InRange(ten.Commands, 1, 8);
        TestContext.Current.TestOutputHelper?.WriteLine($"{provider}: {ten.Commands} commands for 10 and for 100 schools");
    }

    private static async Task<(int Units, int Commands)> CountAsync(ReviewerDashboards dashboards, CchcPlanner.Security.CurrentUser reviewer, CommandCounter counter)
    {
        counter.Reset();
        var dashboard = (await dashboards.LoadAsync(reviewer, DashboardWorld.Year, TestContext.Current.CancellationToken)).Value!;
        Assert.Equal(dashboard.States.Count - 4, dashboard.HeatMap.Count(h => h.PlanId is not null));
        return (dashboard.States.Count, counter.Count);
    }

    /// <summary>The test database's contexts, with the counter attached.</summary>
    private sealed class CountingContexts(TestDatabase database, CommandCounter counter) : IDbContextFactory<CchcDbContext>
    {
        public CchcDbContext CreateDbContext() =>
            new(new DbContextOptionsBuilder<CchcDbContext>(DatabaseRegistration.CreateOptions(database.Provider, database.ConnectionString, database.Clock))
                .AddInterceptors(counter)
                .Options);
    }
}
