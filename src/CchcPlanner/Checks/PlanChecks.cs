using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Plans.Json;
using CchcPlanner.Units;

namespace CchcPlanner.Checks;

/// <summary>
/// The checker on a plan from the database and on the editor's draft. Subjects index the same lists either way:
/// <c>kpis[4]</c> is <c>plan.Kpis[4]</c> and <c>draft.Kpis[4]</c>, <c>sections[1].children[3]</c> is
/// <c>draft.Sections[1].Items[3]</c>, <c>budget[0]</c> is <c>draft.BudgetLines[0]</c>.
/// </summary>
public static class PlanChecks
{
    /// <summary>A loaded plan (<c>PlanLoading.WithEverything</c>); blanks for the clerk count as errors once it is issued.</summary>
    public static IReadOnlyList<Finding> ForPlan(Plan plan, CitationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return PlanChecker.Check(PlanJsonWriter.From(plan), new CheckContext { Catalogue = catalogue });
    }

    /// <summary>
    /// The draft as it stands, unsaved and possibly breaking the entities' rules (a <c>KT.</c> block without a deputy's
    /// title is exactly what the live panel should show), so it is read as it is rather than applied to a plan.
    /// </summary>
    public static IReadOnlyList<Finding> ForDraft(PlanDraft draft, Unit unit, PlanStatus status = PlanStatus.Draft, CitationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(unit);
        return PlanChecker.Check(DraftJson.From(draft, unit, status), new CheckContext { Catalogue = catalogue });
    }
}
