using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.LegalDocuments;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Plans.Creation;

/// <summary>
/// Plans cascade: the district's plan is a legal basis of each school's. A plan issued in this system therefore gets
/// an entry in the catalogue, linked back to it, so that the units below cite it like any other document.
/// </summary>
public static class PlanCitations
{
    /// <summary>
    /// The catalogue entry of an issued plan: <c>Kế hoạch số 412/KH-UBND ngày 26/12/2023 của Ủy ban nhân dân Quận 1
    /// về thực hiện công tác cải cách hành chính …</c>.
    /// </summary>
    public static LegalDocument CatalogueEntryFor(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.Status.IsPublished() || plan.Number is null || plan.IssuedOn is not { } issuedOn)
        {
            throw new DomainRuleException("Chỉ kế hoạch đã ban hành (có số và ngày) mới được đưa vào danh mục văn bản để trích dẫn.");
        }

        var entry = new LegalDocument(LegalDocumentType.Plan, plan.NumberAndSymbol, issuedOn, plan.Unit.Name, Summary(plan.Title));
        entry.LinkToPlan(plan.Id, plan.UnitId);
        return entry;
    }

    /// <summary>
    /// The plan's catalogue entry, added when missing (the caller saves). An entry typed in by hand earlier, with the
    /// same symbol, issuer and date, is linked to the plan rather than duplicated.
    /// </summary>
    public static async Task<LegalDocument> EnsureCataloguedAsync(CchcDbContext db, Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Id == 0)
        {
            throw new InvalidOperationException("A plan is catalogued after it has been saved.");
        }

        // Local first: an entry added earlier in this unit of work is not in the database yet.
        var linked = db.LegalDocuments.Local.FirstOrDefault(d => d.SourcePlanId == plan.Id)
            ?? await db.LegalDocuments.FirstOrDefaultAsync(d => d.SourcePlanId == plan.Id, cancellationToken);
        if (linked is not null)
        {
            return linked;
        }

        var entry = CatalogueEntryFor(plan);
        var typed = await db.LegalDocuments.FirstOrDefaultAsync(d => d.Symbol == entry.Symbol && d.Issuer == entry.Issuer && d.IssuedOn == entry.IssuedOn, cancellationToken);
        if (typed is not null)
        {
            typed.LinkToPlan(plan.Id, plan.UnitId);
            return typed;
        }

        db.LegalDocuments.Add(entry);
        return entry;
    }

    /// <summary>The trích yếu as it follows the issuer: <c>về thực hiện …</c>; acronyms (<c>CCHC …</c>) keep their case.</summary>
    private static string Summary(string title)
    {
        if (title.StartsWith("về ", StringComparison.Ordinal))
        {
            return title;
        }

        var keepsCase = title.Length > 1 && char.IsUpper(title[1]);
        return "về " + (keepsCase ? title : string.Concat(title[..1].ToLower(VietnameseText.Culture), title.AsSpan(1)));
    }
}
