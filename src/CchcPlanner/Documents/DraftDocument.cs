using System.Text.Json;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Units;

namespace CchcPlanner.Documents;

/// <summary>
/// The official document of a draft that is not saved yet, for the editor's live preview: the draft is applied to a
/// throw-away plan through the same rules, with every citation taken as the text the editor shows.
/// </summary>
public static class DraftDocument
{
    /// <exception cref="Common.DomainRuleException">The draft breaks a rule (the editor shows the message).</exception>
    public static OfficialDocument Build(PlanDraft draft, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var copy = JsonSerializer.Deserialize<PlanDraft>(JsonSerializer.SerializeToUtf8Bytes(draft))!;
        foreach (var basis in copy.LegalBases)
        {
            basis.LegalDocumentId = null;
        }

        ForgetIds(copy);
        var plan = new Plan(unit, copy.Kind, copy.Year, copy.Title);
        DraftApplier.Apply(copy, plan, new Dictionary<int, LegalDocuments.LegalDocument>(), parentPlan: null);
        plan.CarryReport(copy.Report);
        return PlanDocumentBuilder.Build(plan);
    }

    /// <summary>Every part becomes new, so that applying the copy adds it rather than looking for it.</summary>
    private static void ForgetIds(PlanDraft draft)
    {
        draft.LegalBases.ForEach(b => b.Id = 0);
        draft.Sections.ForEach(s =>
        {
            s.Id = 0;
            s.Items.ForEach(i => i.Id = 0);
        });
        draft.Kpis.ForEach(k => k.Id = 0);
        draft.Tasks.ForEach(t => t.Id = 0);
        draft.ReportingDeadlines.ForEach(d => d.Id = 0);
        draft.BudgetLines.ForEach(l => l.Id = 0);
        draft.Responsibilities.ForEach(r => r.Id = 0);
        draft.Recipients.ForEach(r => r.Id = 0);
    }
}
