using System.Text.Json;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Plans.Json;

/// <summary>Writes a loaded plan (every part, <c>PlanLoading.WithEverything</c>) as <see cref="PlanJson"/>.</summary>
public static class PlanJsonWriter
{
    public static string Write(Plan plan) => JsonSerializer.Serialize(From(plan), PlanJson.Options);

    public static PlanJson From(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var bases = plan.LegalBases.Select(b => new LegalBasisJson(b.VerbText, b.CitationText, b.LegalDocument is { } d ? Citation(d) : null)).ToList();
        return new PlanJson
        {
            Kind = Name(plan.Kind),
            Year = plan.Year,
            Number = plan.Number is null ? null : plan.NumberAndSymbol,
            Symbol = plan.Symbol,
            IssuedOn = plan.IssuedOn,
            Place = plan.Place,
            ParentBody = plan.Unit.ParentBodyHeader is { Length: > 0 } parent ? parent : null,
            IssuingBody = plan.Unit.IssuingBodyHeader,
            UnitName = plan.Unit.Name,
            Title = plan.Title,
            Status = Name(plan.Status),
            LeadIn = plan.LeadIn,
            Closing = plan.Closing,
            TasksInAnnex = plan.TasksInAnnex,
            LegalBases = bases,
            Citations = bases.Select(b => b.Citation).OfType<CitationJson>().ToList(),
            Sections = plan.Sections.Select(s => new SectionJson(s.Heading, Name(s.Kind), s.Items.Select(i => new ItemJson(Name(i.Style), i.Text)).ToList())).ToList(),
            Kpis = plan.Kpis.Select(k => new KpiJson(k.Text, Name(k.Comparator), k.Target, k.Unit, k.Group)).ToList(),
            Tasks = plan.Tasks.Select(t => new TaskJson(
                Name(t.Area), t.Group, t.Content, t.Details, t.LeadUnit, t.CoordinatingUnits,
                Name(t.Timeline.Kind), t.Timeline.DueOn, t.Timeline.Quarter, t.Product, Name(t.Status))).ToList(),
            ReportingDeadlines = plan.ReportingDeadlines.Select(d => new DeadlineJson(d.Name, Name(d.Period), d.DueOn, d.ReceivingUnit)).ToList(),
            Budget = plan.BudgetLines.Select(l => new BudgetLineJson(l.Content, l.Amount, l.FundingSource)).ToList(),
            Responsibilities = plan.Responsibilities.Select(r => new ResponsibilityJson(r.Party, r.DutyLines)).ToList(),
            Recipients = plan.Recipients.Select(r => new RecipientJson(r.Name, r.Purpose)).ToList(),
            Signature = plan.Signature is { } s
                ? new SignatureJson(s.Prefix == SignaturePrefix.None ? null : SignatureBlock.PrefixText(s.Prefix), s.Authority, s.Title, s.SignerName)
                : null,
        };
    }

    public static CitationJson Citation(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new CitationJson(document.Type.ToVietnamese(), document.Symbol, document.IssuedOn, document.Issuer, document.Summary);
    }

    /// <summary>An enumeration value as the JSON names it: <c>AnnualCchc</c> → <c>annualCchc</c>.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
