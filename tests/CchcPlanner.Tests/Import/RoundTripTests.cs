using CchcPlanner.Documents;
using CchcPlanner.Import;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Import;

/// <summary>
/// Import a plan, read it through the plan's rules, print it as CchcPlanner's DOCX, import that: the same plan. What
/// the DOCX prints differently by design is compared by its parts: a legal basis is reprinted from its citation
/// (<c>ngày 29/12/2022</c> for <c>ngày 29 tháng 12 năm 2022</c>), an annex prints its groups in capitals.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Examples => [Fixtures.Kindergarten, Fixtures.NinhGiang, Fixtures.DepartmentDraft, Fixtures.OfficeWithoutLabel];

    [Theory]
    [MemberData(nameof(Examples))]
    public void ImportRenderImport_GivesTheSamePlan(string fixture)
    {
        var first = Fixtures.Import(fixture).Plan;

        var second = Fixtures.Import(Render(first), "rendered.docx").Plan;

        Assert.Equal(first.Number, second.Number);
        Assert.Equal(first.Symbol, second.Symbol);
        Assert.Equal(first.IssuedOn, second.IssuedOn);
        Assert.Equal(first.Year, second.Year);
        Assert.Equal(first.Place, second.Place);
        Assert.Equal(first.Title, second.Title);
        Assert.Equal(first.LeadIn, second.LeadIn);
        Assert.Equal(first.LegalBases.Select(b => (b.Verb, b.Citation)), second.LegalBases.Select(b => (b.Verb, b.Citation)));
        Assert.Equal(first.Sections.Select(s => (s.Heading, s.Kind)), second.Sections.Select(s => (s.Heading, s.Kind)));
        Assert.Equal(first.Sections.SelectMany(s => s.Children), second.Sections.SelectMany(s => s.Children));
        Assert.Equal(first.Kpis, second.Kpis);
        Assert.Equal(first.Tasks, second.Tasks);
        Assert.Equal(first.ReportingDeadlines, second.ReportingDeadlines);
        Assert.Equal(first.Budget, second.Budget);
        Assert.Equal(first.Responsibilities.Select(r => (r.Party, string.Join('\n', r.Duties))), second.Responsibilities.Select(r => (r.Party, string.Join('\n', r.Duties))));
        Assert.Equal(first.Closing, second.Closing);
        Assert.Equal(first.Recipients, second.Recipients);
        Assert.Equal(first.Signature, second.Signature);
        Assert.Equal(first.Citations.Select(c => (c.Symbol, c.IssuedOn)), second.Citations.Select(c => (c.Symbol, c.IssuedOn)));
    }

    [Fact]
    public void ImportRenderImport_TasksInTheAnnexTable_ComeBackWithTheirColumns()
    {
        var first = Fixtures.Import(Fixtures.DepartmentDraft).Plan with { TasksInAnnex = true };

        var second = Fixtures.Import(Render(first), "rendered.docx").Plan;

        Assert.True(second.TasksInAnnex);
        Assert.Equal(first.Tasks.Select(t => t with { Group = t.Group!.ToUpperInvariant() }), second.Tasks.Select(t => t with { Group = t.Group!.ToUpperInvariant() }));
        Assert.Equal(first.Sections.Select(s => s.Children.Count), second.Sections.Select(s => s.Children.Count));
    }

    private static byte[] Render(PlanJson plan) => DocxRenderer.Render(PlanDocumentBuilder.Build(PlanJsonReader.From(plan)));
}
