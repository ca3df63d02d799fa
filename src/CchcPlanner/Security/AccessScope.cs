using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Security;

/// <summary>
/// What a user may read, from their place in the unit tree:
/// everyone reads their own unit's plans; reviewers and administrators also read every unit below theirs;
/// issued and signed plans are public documents that every signed-in user may read and cite.
/// </summary>
public sealed record AccessScope(CurrentUser User, string UnitPath)
{
    /// <summary>Reviewers and administrators see the whole subtree under their unit.</summary>
    public bool SeesUnitsBelow => User.IsIn(Roles.Reviewer) || User.IsIn(Roles.Admin);

    public static async Task<AccessScope> ForAsync(CchcDbContext db, CurrentUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var path = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);

        // A user whose unit vanished, or whose unit has no path yet, sees nothing of the tree (an impossible
        // path, never the empty prefix that every path starts with), only public documents.
        return new AccessScope(user, string.IsNullOrEmpty(path) ? "/none/" : path);
    }

    public IQueryable<Plan> ReadablePlans(IQueryable<Plan> plans)
    {
        var unitId = User.UnitId;
        var wide = SeesUnitsBelow;
        var path = UnitPath;
        return plans.Where(p => p.UnitId == unitId
            || (wide && p.Unit.Path.StartsWith(path))
            || p.Status == PlanStatus.Issued
            || p.Status == PlanStatus.Signed);
    }

    public IQueryable<Unit> ReadableUnits(IQueryable<Unit> units)
    {
        var unitId = User.UnitId;
        var wide = SeesUnitsBelow;
        var path = UnitPath;
        return units.Where(u => u.Id == unitId || (wide && u.Path.StartsWith(path)));
    }

    /// <summary>
    /// Plans whose review record (history, submissions, comments) the user may read: their own unit's and, for reviewers
    /// and administrators, those of the units below. Unlike the plan itself, the record stays inside the tree once the
    /// plan is published: other bodies read the issued document, not the discussion that led to it.
    /// </summary>
    public IQueryable<Plan> ReviewablePlans(IQueryable<Plan> plans)
    {
        var unitId = User.UnitId;
        var wide = SeesUnitsBelow;
        var path = UnitPath;
        return plans.Where(p => p.UnitId == unitId || (wide && p.Unit.Path.StartsWith(path)));
    }

    public bool CanRead(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.UnitId == User.UnitId
            || (SeesUnitsBelow && plan.Unit.Path.StartsWith(UnitPath, StringComparison.Ordinal))
            || plan.Status.IsPublished();
    }
}
