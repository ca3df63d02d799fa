using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Plans.Json;
using CchcPlanner.Units;

namespace CchcPlanner.Checks;

/// <summary>
/// A draft as <see cref="PlanJson"/>, list for list and field for field, without the entities' rules, so that every
/// index of the draft is the same index in the JSON. A deadline without a date yet is <see cref="DateOnly.MinValue"/>.
/// </summary>
internal static class DraftJson
{
    public static PlanJson From(PlanDraft draft, Unit unit, PlanStatus status) => new()
    {
        Kind = PlanJsonWriter.Name(draft.Kind),
        Year = draft.Year,
        Number = null,
        Symbol = draft.Symbol,
        IssuedOn = draft.IssuedOn,
        Place = draft.Place,
        ParentBody = unit.ParentBodyHeader is { Length: > 0 } parent ? parent : null,
        IssuingBody = unit.IssuingBodyHeader,
        UnitName = unit.Name,
        Title = draft.Title,
        Status = PlanJsonWriter.Name(status),
        LeadIn = draft.LeadIn,
        Closing = draft.Closing,
        TasksInAnnex = draft.TasksInAnnex,
        LegalBases = draft.LegalBases.Select(b => new LegalBasisJson(b.Verb.ToVietnamese(), b.CitationText, null)).ToList(),
        Sections = draft.Sections.Select(s => new SectionJson(
            s.Heading, PlanJsonWriter.Name(s.Kind), s.Items.Select(i => new ItemJson(PlanJsonWriter.Name(i.Style), i.Text)).ToList())).ToList(),
        Kpis = draft.Kpis.Select(k => new KpiJson(k.Text, PlanJsonWriter.Name(k.Comparator), k.Target, k.Unit, k.Group)).ToList(),
        Tasks = draft.Tasks.Select(t => new TaskJson(
            PlanJsonWriter.Name(t.Area), t.Group, t.Content, t.Details, t.LeadUnit, t.CoordinatingUnits,
            PlanJsonWriter.Name(t.TimelineKind), t.DueOn, t.Quarter, t.Product, null)).ToList(),
        ReportingDeadlines = draft.ReportingDeadlines.Select(d => new DeadlineJson(d.Name, PlanJsonWriter.Name(d.Period), d.DueOn ?? DateOnly.MinValue, d.ReceivingUnit)).ToList(),
        Budget = draft.BudgetLines.Select(l => new BudgetLineJson(l.Content, l.Amount, l.FundingSource)).ToList(),
        Responsibilities = draft.Responsibilities.Select(r => new ResponsibilityJson(r.Party, Lines(r.Duties))).ToList(),
        Recipients = draft.Recipients.Select(r => new RecipientJson(r.Name, r.Purpose)).ToList(),
        Signature = draft.Signature.IsEmpty
            ? null
            : new SignatureJson(
                draft.Signature.Prefix == SignaturePrefix.None ? null : SignatureBlock.PrefixText(draft.Signature.Prefix),
                draft.Signature.Authority, draft.Signature.Title ?? string.Empty, draft.Signature.SignerName ?? string.Empty),
    };

    private static List<string> Lines(string duties) =>
        duties.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
