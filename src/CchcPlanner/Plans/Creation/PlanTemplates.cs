using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Units;

namespace CchcPlanner.Plans.Creation;

/// <summary>
/// The starting points a drafter can choose from: one template per kind of plan, building a new draft for a unit and
/// a year. The templates are code, so that their text is reviewed like code; a unit's own habits come in by copying
/// its plan of last year instead.
/// </summary>
public static class PlanTemplates
{
    /// <summary>Written where the template cannot know who signs; the drafter replaces it.</summary>
    public const string UnknownSigner = "(Họ và tên)";

    private static readonly IReadOnlyList<PlanTemplate> All =
        [AnnualCchcTemplate.Template, CommunicationTemplate.Template, TthcControlTemplate.Template];

    public static IReadOnlyList<PlanKind> Kinds { get; } = All.Select(t => t.Kind).ToList();

    public static bool Has(PlanKind kind) => All.Any(t => t.Kind == kind);

    /// <summary>The catalogue symbols a template of <paramref name="kind"/> cites, in the order it cites them.</summary>
    public static IReadOnlyList<string> LegalBasisSymbols(PlanKind kind) => Of(kind).LegalBasisSymbols;

    /// <summary>
    /// A new draft of <paramref name="kind"/> for <paramref name="unit"/> (with its parent loaded, which receives the
    /// reports). Legal bases come from <paramref name="catalogue"/>: a document no longer in force is replaced by the
    /// document that replaced it, and one missing from the catalogue is left out rather than invented.
    /// </summary>
    public static Plan Create(PlanKind kind, Unit unit, int year, IEnumerable<LegalDocument> catalogue, string? signerName = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(catalogue);
        var template = Of(kind);
        var context = new TemplateContext(unit, PlanYear.Validate(year), TemplateParties.For(unit));
        var plan = new Plan(unit, kind, year, template.Title(year));
        foreach (var document in Citable(template.LegalBasisSymbols, catalogue.ToList()))
        {
            plan.AddLegalBasis(LegalBasisVerb.BasedOn, document);
        }

        plan.ChangeLeadIn(template.LeadIn(context));
        template.FillBody(plan, context);
        AddReportingDeadlines(plan, context);
        plan.ChangeClosing(template.Closing(context));
        if (unit.Parent is { } parent)
        {
            plan.AddRecipient(parent.Name, "để b/c");
        }

        plan.AddRecipient("Lưu: VT");
        plan.Sign(SignatureFor(unit, signerName));
        return plan;
    }

    /// <summary>
    /// The usual reporting calendar: quý I before 01/3, 6 tháng before 01/6, 9 tháng before 01/9 and the year before
    /// 01/12, each early in the period's last month so that the body above can consolidate before its own deadline.
    /// </summary>
    internal static void AddReportingDeadlines(Plan plan, TemplateContext context)
    {
        var (year, to) = (context.Year, context.ReportsTo);
        plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(year, 3, 1), to);
        plan.AddReportingDeadline("Báo cáo 6 tháng", ReportingPeriod.FirstHalf, new DateOnly(year, 6, 1), to);
        plan.AddReportingDeadline("Báo cáo 9 tháng", ReportingPeriod.NineMonths, new DateOnly(year, 9, 1), to);
        plan.AddReportingDeadline("Báo cáo năm", ReportingPeriod.Year, new DateOnly(year, 12, 1), to);
    }

    /// <summary>A people's committee signs as a collective body (TM.); any other unit's head signs under their own title.</summary>
    internal static SignatureBlock SignatureFor(Unit unit, string? signerName)
    {
        var name = string.IsNullOrWhiteSpace(signerName) ? UnknownSigner : signerName;
        return unit.Category == UnitCategory.PeoplesCommittee
            // NĐ 30/2020 samples: the collective body without its place name ("TM. ỦY BAN NHÂN DÂN").
            ? new SignatureBlock(SignaturePrefix.OnBehalfOf, "Ủy ban nhân dân", "CHỦ TỊCH", name)
            : new SignatureBlock(SignaturePrefix.None, null, unit.HeadTitle, name);
    }

    private static PlanTemplate Of(PlanKind kind) =>
        All.FirstOrDefault(t => t.Kind == kind) ?? throw new DomainRuleException("Chưa có mẫu cho loại kế hoạch này.");

    private static IEnumerable<LegalDocument> Citable(IEnumerable<string> symbols, List<LegalDocument> catalogue)
    {
        // Templates cite national documents; a unit's entry with the same symbol would be a coincidence.
        var bySymbol = catalogue.OrderBy(d => d.IssuingUnitId is null ? 0 : 1).GroupBy(d => d.Symbol).ToDictionary(g => g.Key, g => g.First());
        var byId = catalogue.Where(d => d.Id != 0).ToDictionary(d => d.Id);
        var cited = new HashSet<LegalDocument>();
        foreach (var symbol in symbols)
        {
            var document = bySymbol.GetValueOrDefault(symbol);
            var followed = new HashSet<LegalDocument>();
            while (document is { InForce: false } && followed.Add(document))
            {
                document = document.ReplacedById is { } id ? byId.GetValueOrDefault(id) : null;
            }

            if (document is { InForce: true } && cited.Add(document))
            {
                yield return document;
            }
        }
    }
}
