using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Units;

namespace CchcPlanner.Plans.Creation;

/// <summary>A KPI the parent plan sets for the unit's kind of unit (or for every unit), for the drafter to take on.</summary>
public sealed record KpiOffer(int Id, string Text, string Target, string? Group, UnitCategory? AssignedTo)
{
    public string AssignedToText => AssignedTo?.ToVietnamese() ?? "Tất cả đơn vị";
}

/// <summary>A task the parent plan assigns to the unit's kind of unit (or to every unit).</summary>
public sealed record TaskOffer(int Id, ReformArea Area, string Content, string? LeadUnit, string Timeline, string? Product, UnitCategory? AssignedTo)
{
    public string AssignedToText => AssignedTo?.ToVietnamese() ?? "Tất cả đơn vị";
}

/// <summary>What a parent plan offers a unit: the plan as it will be cited, and the KPIs and tasks it assigns.</summary>
public sealed record ParentOffers(int ParentPlanId, string ParentCitation, IReadOnlyList<KpiOffer> Kpis, IReadOnlyList<TaskOffer> Tasks);

/// <summary>
/// Starting a plan from the plan of the body above: a lower plan carries out the higher one, cites it first and
/// repeats the KPIs and tasks it assigns to units of its kind. The drafter chooses which of those to take on; the
/// rest of the plan comes from the template of the chosen kind.
/// </summary>
public static class ParentPlanAdoption
{
    /// <summary>Why <paramref name="unit"/> cannot start from <paramref name="parent"/>, or null when it can.</summary>
    public static string? WhyNotAdoptable(Plan parent, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(unit);
        if (!parent.Status.IsPublished())
        {
            return "Chỉ tạo được kế hoạch từ kế hoạch của cấp trên đã ban hành.";
        }

        return unit.IsSameOrBelow(parent.Unit) && unit.Path != parent.Unit.Path
            ? null
            : "Kế hoạch này không phải của cơ quan cấp trên của đơn vị bạn.";
    }

    public static ParentOffers OffersFor(Plan parent, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(unit);
        EnsureAdoptable(parent, unit);
        var kpis = parent.Kpis.Where(k => IsFor(k.AssignedTo, unit))
            .Select(k => new KpiOffer(k.Id, k.Text, k.TargetText(), k.Group, k.AssignedTo)).ToList();
        var tasks = parent.Tasks.Where(t => IsFor(t.AssignedTo, unit))
            .Select(t => new TaskOffer(t.Id, t.Area, t.Content, t.LeadUnit, t.Timeline.ToString(), t.Product, t.AssignedTo)).ToList();
        return new ParentOffers(parent.Id, PlanCitations.CatalogueEntryFor(parent).CitationText, kpis, tasks);
    }

    /// <summary>
    /// A new draft from the template of <paramref name="kind"/>, carrying out <paramref name="parent"/>: its catalogue
    /// entry is the first legal basis, and the accepted KPIs and tasks become the unit's own, moved to
    /// <paramref name="year"/> the way a copied plan is.
    /// </summary>
    public static Plan CreatePlan(
        Plan parent,
        LegalDocument parentEntry,
        Unit unit,
        PlanKind kind,
        int year,
        IEnumerable<LegalDocument> catalogue,
        IReadOnlyCollection<int> acceptedKpiIds,
        IReadOnlyCollection<int> acceptedTaskIds,
        string? signerName = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(acceptedKpiIds);
        ArgumentNullException.ThrowIfNull(acceptedTaskIds);
        EnsureAdoptable(parent, unit);
        var kpis = Accepted(parent.Kpis.Where(k => IsFor(k.AssignedTo, unit)), k => k.Id, acceptedKpiIds);
        var tasks = Accepted(parent.Tasks.Where(t => IsFor(t.AssignedTo, unit)), t => t.Id, acceptedTaskIds);

        var plan = PlanTemplates.Create(kind, unit, year, catalogue, signerName);
        plan.MoveLegalBasis(plan.AddLegalBasis(LegalBasisVerb.Implementing, parentEntry), 0);
        plan.Implement(parent);

        string Move(string text) => YearMentions.Move(text, parent.Year, year);

        // A template KPI the parent also assigns would be listed twice: the parent's wording wins.
        var adoptedTexts = kpis.Select(k => Same(Move(k.Text))).ToHashSet();
        foreach (var duplicate in plan.Kpis.Where(k => adoptedTexts.Contains(Same(k.Text))).ToList())
        {
            plan.RemoveKpi(duplicate);
        }

        foreach (var (kpi, position) in kpis.Select((k, i) => (k, i)))
        {
            // The parent's targets come first: they are what the unit will be measured against.
            var adopted = plan.AddKpi(Move(kpi.Text), kpi.Comparator, kpi.Target, kpi.Unit, kpi.Group is null ? null : Move(kpi.Group));
            plan.MoveKpi(adopted, position);
        }

        var head = TemplateParties.For(unit).Head;
        foreach (var task in tasks)
        {
            // Printed under the heading the plan already has for its area, not under the parent's wording of it.
            var lastOfArea = plan.Tasks.LastOrDefault(t => t.Area == task.Area);
            var adopted = plan.AddTask(task.Area, Move(task.Content), lastOfArea?.Group, task.Details is null ? null : Move(task.Details));

            // The parent names the lead as "các trường …"; in the unit's own plan that is the unit, led by its head.
            plan.AssignTask(adopted, head, task.CoordinatingUnits, PlanCopier.Shift(task.Timeline, year - parent.Year), task.Product);
            if (lastOfArea is not null)
            {
                plan.MoveTask(adopted, lastOfArea.Position + 1);
            }
        }

        return plan;
    }

    /// <summary>Two texts are the same KPI when they differ only in case, diacritics, spaces or final punctuation.</summary>
    private static string Same(string text) => string.Join(' ', Common.VietnameseText.Fold(text).TrimEnd('.', ';', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A part assigned to no category is meant for every unit below.</summary>
    private static bool IsFor(UnitCategory? assignedTo, Unit unit) => assignedTo is null || assignedTo == unit.Category;

    private static void EnsureAdoptable(Plan parent, Unit unit)
    {
        if (WhyNotAdoptable(parent, unit) is { } why)
        {
            throw new DomainRuleException(why);
        }
    }

    private static List<T> Accepted<T>(IEnumerable<T> offered, Func<T, int> id, IReadOnlyCollection<int> accepted)
    {
        var offers = offered.ToList();
        if (accepted.Any(a => !offers.Any(o => id(o) == a)))
        {
            throw new DomainRuleException("Có chỉ tiêu hoặc nhiệm vụ được chọn không nằm trong số kế hoạch cấp trên giao cho đơn vị.");
        }

        return offers.Where(o => accepted.Contains(id(o))).ToList();
    }
}
