using System.Globalization;
using CchcPlanner.Data;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Plans.Creation;

/// <summary>Starting a plan from the issued plan of a body above the user's unit.</summary>
public sealed partial class PlanLifecycle
{
    /// <summary>Issued and signed plans of the units above the user's unit, newest first, with how much each offers the unit.</summary>
    public async Task<IReadOnlyList<ParentPlanRow>> ListParentPlansAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.Where(u => u.Id == user.UnitId).Select(u => new { u.Path, u.Category }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null || unit.Path.Length == 0)
        {
            return [];
        }

        var above = AncestorIds(unit.Path, user.UnitId);
        var category = unit.Category;
        var rows = await db.Plans
            .Where(p => above.Contains(p.UnitId) && (p.Status == PlanStatus.Issued || p.Status == PlanStatus.Signed))
            .OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.Year)
            .Select(p => new
            {
                p.Id, p.Year, p.Kind, UnitName = p.Unit.Name, p.Title, p.Number, p.Symbol, p.IssuedOn,
                Offers = p.Kpis.Count(k => k.AssignedTo == null || k.AssignedTo == category)
                    + p.Tasks.Count(t => t.AssignedTo == null || t.AssignedTo == category),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ParentPlanRow(
            r.Id, r.Year, r.Kind, r.UnitName, r.Title, PlanNumbers.Format(r.Number, r.Symbol), r.IssuedOn, r.Offers)).ToList();
    }

    /// <summary>The KPIs and tasks the parent plan assigns to units of the user's kind, for the drafter to choose from.</summary>
    public async Task<LifecycleResult<ParentOffers>> ListParentOffersAsync(CurrentUser user, int parentPlanId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (parent, unit, refusal) = await ParentAndUnitAsync(db, user, parentPlanId, cancellationToken);
        return parent is null || unit is null
            ? LifecycleResult.Refused<ParentOffers>(refusal!)
            : LifecycleResult.Done(ParentPlanAdoption.OffersFor(parent, unit));
    }

    /// <summary>
    /// A new plan of <paramref name="kind"/> carrying out the parent plan: its citation first, then the template of the
    /// kind, with the accepted KPIs and tasks as the unit's own. The parent plan is catalogued on the way if it was not yet.
    /// </summary>
    public async Task<LifecycleResult<int>> CreateFromParentAsync(
        CurrentUser user,
        int parentPlanId,
        PlanKind kind,
        int year,
        IReadOnlyCollection<int> acceptedKpiIds,
        IReadOnlyCollection<int> acceptedTaskIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (parent, unit, refusal) = await ParentAndUnitAsync(db, user, parentPlanId, cancellationToken);
        if (parent is null || unit is null)
        {
            return LifecycleResult.Refused<int>(refusal!);
        }

        var entry = await PlanCitations.EnsureCataloguedAsync(db, parent, cancellationToken);
        var catalogue = await NationalCatalogueAsync(db, cancellationToken);
        var signer = await SignerAsync(db, user, cancellationToken);
        return await SaveNewAsync(
            db,
            user,
            () => ParentPlanAdoption.CreatePlan(parent, entry, unit, kind, year, catalogue, acceptedKpiIds, acceptedTaskIds, signer),
            cancellationToken);
    }

    private static async Task<(Plan? Parent, Unit? Unit, string? Refusal)> ParentAndUnitAsync(
        CchcDbContext db, CurrentUser user, int parentPlanId, CancellationToken cancellationToken)
    {
        if (!PlanPermissions.CanDraftFor(user, user.UnitId))
        {
            return (null, null, NotADrafter);
        }

        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var parent = await scope.ReadablePlans(db.Plans.Where(p => p.Id == parentPlanId)).WithEverything().SingleOrDefaultAsync(cancellationToken);
        if (parent is null)
        {
            return (null, null, NotFound);
        }

        var unit = await UnitOfAsync(db, user, cancellationToken);
        if (unit is null)
        {
            return (null, null, NoUnit);
        }

        return ParentPlanAdoption.WhyNotAdoptable(parent, unit) is { } why ? (null, null, why) : (parent, unit, null);
    }

    /// <summary>The ids on a materialised path (<c>/1/4/9/</c>) other than the unit's own: the units above it.</summary>
    private static List<int> AncestorIds(string path, int unitId) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture))
            .Where(id => id != unitId)
            .ToList();
}
