using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>Issued plans of a test's own, so that follow-up tests never change the demo plans the others read.</summary>
internal static class IssuedCopies
{
    /// <summary>
    /// The demo kindergarten plan of 2023 carried to <paramref name="year"/>, reshaped by <paramref name="change"/> while a
    /// draft, then brought to "issued" (number <paramref name="number"/>, 10/01 of the year) by the entity itself.
    /// </summary>
    public static Task<int> IssuedKindergartenCopyAsync(this AppServer app, int year, int number, Action<Plan>? change = null) =>
        app.KindergartenCopyAsync(year, plan =>
        {
            change?.Invoke(plan);
            plan.Submit();
            plan.Approve();
            plan.Issue(number, new DateOnly(year, 1, 10));
        });

    /// <summary>
    /// The demo kindergarten plan of 2023 carried to <paramref name="year"/> and brought to the state it needs by
    /// <paramref name="change"/> (a submitted or an approved plan of the test's own).
    /// </summary>
    public static async Task<int> KindergartenCopyAsync(this AppServer app, int year, Action<Plan> change)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var source = await db.Plans.Where(p => p.Title == KindergartenPlan2023.Title).WithEverything().SingleAsync(TestContext.Current.CancellationToken);
        var plan = PlanCopier.ToYear(source, year).Plan;
        change(plan);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return plan.Id;
    }
}
