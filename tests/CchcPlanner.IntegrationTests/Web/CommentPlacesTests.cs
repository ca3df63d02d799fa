using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Reviews;
using CchcPlanner.Web.Plans.Editing;
using CchcPlanner.Web.Plans.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>The place picker of the comments names each place as the comment will store it, and files it under the right part of the editor.</summary>
public sealed class CommentPlacesTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    [Fact]
    public async Task Of_DemoPlan_OffersEveryRowLabelledAsTheStoredComment()
    {
        var plan = await DemoPlanAsync();
        var draft = PlanDrafts.From(plan);

        var places = CommentPlaces.Of(draft);

        Assert.Equal(places.Count, places.Select(p => p.Key).Distinct().Count());
        Assert.All(places, p => Assert.StartsWith(p.Place.LabelIn(plan)!, p.Text, StringComparison.Ordinal));
        Assert.Equal(draft.Kpis.Count, places.Count(p => p.Place.Part == PlanPart.Kpi));
        Assert.Equal(draft.Sections.Sum(s => s.Items.Count), places.Count(p => p.Place.Part == PlanPart.SectionItem));
        Assert.Contains(places, p => p.Place.Part == PlanPart.SectionItem);
    }

    [Theory]
    [InlineData(PlanPart.Kpi, EditorPart.Kpis, true)]
    [InlineData(PlanPart.SectionItem, EditorPart.Sections, true)]
    [InlineData(PlanPart.Closing, EditorPart.Texts, true)]
    [InlineData(PlanPart.WholePlan, EditorPart.Budget, true)]
    [InlineData(PlanPart.Task, EditorPart.Kpis, false)]
    public void Belongs_PlaceAndEditorPart_ShownBesideItsOwnPartOnly(PlanPart part, EditorPart shown, bool expected) =>
        Assert.Equal(expected, CommentPlaces.Belongs(part, shown));

    private async Task<Plan> DemoPlanAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Plans.AsNoTracking().Where(p => p.Title == KindergartenPlan2023.Title).WithEverything().SingleAsync(TestContext.Current.CancellationToken);
    }
}
