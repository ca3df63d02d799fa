using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.FollowUp;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Dashboard;

/// <summary>
/// The reviewer's dashboard (bảng điều khiển) over the units below for one year: the state of every unit's plans and
/// reports, KPI attainment per unit and reform area, the trend by quarter and the units furthest behind.
/// The data comes in a fixed number of narrow queries whatever the number of units (scope, then units beside plans,
/// then KPIs beside results; the query-count test holds it to that), and everything else is computed in memory, so a
/// province's thousand units cost rows, not round trips. A unit's "followed plan" is its latest issued annual CCHC plan
/// of the year: results are only recorded on issued plans.
/// </summary>
public sealed class ReviewerDashboards(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    public const int BehindCount = 10;

    private sealed record PlanRow(int Id, int UnitId, PlanKind Kind, PlanStatus Status, ReportingPeriod? Period);

    private sealed record KpiRow(int Id, int PlanId, string? Group, string Text, Comparator Comparator, decimal? Target);

    private sealed record ResultRow(int KpiId, ReportingPeriod Period, decimal? Value);

    public async Task<LifecycleResult<ReviewerDashboard>> LoadAsync(CurrentUser user, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!PlanOverview.MayRead(user))
        {
            return LifecycleResult.Refused<ReviewerDashboard>(PlanOverview.RefusedToRead);
        }

        string path;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            path = (await AccessScope.ForAsync(db, user, cancellationToken)).UnitPath;
        }

        // Independent reads go to the database side by side, each on its own context: two round trips, not four.
        var own = user.UnitId;
        var unitsRead = ReadAsync(db => db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(path) && (u.IsActive || u.Id == own))
            .Select(u => new TreeUnit(u.Id, u.ParentId, u.Name))
            .ToListAsync(cancellationToken), cancellationToken);
        var plans = await ReadAsync(db => db.Plans.AsNoTracking()
            .Where(p => p.Year == year && p.UnitId != own && p.Unit.Path.StartsWith(path))
            .Select(p => new PlanRow(p.Id, p.UnitId, p.Kind, p.Status, p.ReportPeriod))
            .ToListAsync(cancellationToken), cancellationToken);

        // The followed plan of each unit: its latest issued annual plan (results are recorded on issued plans only).
        var followed = plans
            .Where(p => p.Kind == PlanKind.AnnualCchc && p.Status.IsPublished())
            .GroupBy(p => p.UnitId)
            .ToDictionary(g => g.Key, g => g.Max(p => p.Id));
        var followedIds = followed.Values.ToList();
        var kpisRead = ReadAsync(db => db.Plans.AsNoTracking()
            .Where(p => followedIds.Contains(p.Id))
            .SelectMany(p => p.Kpis.Select(k => new KpiRow(k.Id, k.PlanId, k.Group, k.Text, k.Comparator, k.Target)))
            .ToListAsync(cancellationToken), cancellationToken);
        var results = await ReadAsync(db => db.Plans.AsNoTracking()
            .Where(p => followedIds.Contains(p.Id))
            .SelectMany(p => p.Kpis.SelectMany(k => k.Results.Where(r => r.Value != null).Select(r => new ResultRow(r.KpiId, r.Period, r.Value))))
            .ToListAsync(cancellationToken), cancellationToken);
        var (units, kpis) = (await unitsRead, await kpisRead);

        // Units mostly carry the same KPIs (adopted from the plan above), so each wording is classified once.
        var areas = new Dictionary<(string?, string), ReformArea>();
        ReformArea AreaOf(KpiRow k) =>
            areas.TryGetValue((k.Group, k.Text), out var area) ? area : areas[(k.Group, k.Text)] = KpiAreas.Of(k.Group, k.Text);
        var resultsOf = results.ToLookup(r => r.KpiId, r => (r.Period, r.Value));
        var facts = kpis.Select(k => new KpiFacts(k.Id, k.PlanId, AreaOf(k), k.Comparator, k.Target, resultsOf[k.Id].ToList())).ToList();
        var today = VietnameseDates.DateInVietnam(time.GetUtcNow());
        return LifecycleResult.Done(Assemble(units, own, year, today, plans, followed, facts));
    }

    private async Task<T> ReadAsync<T>(Func<CchcDbContext, Task<T>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await query(db);
    }

    /// <summary>
    /// The year the dashboard opens on: the latest year up to this one in which a unit below has an issued annual plan
    /// (the year being followed), or this year when none has.
    /// </summary>
    public async Task<int> FollowedYearAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var thisYear = VietnameseDates.DateInVietnam(time.GetUtcNow()).Year;
        if (!PlanOverview.MayRead(user))
        {
            return thisYear;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var path = (await AccessScope.ForAsync(db, user, cancellationToken)).UnitPath;
        var own = user.UnitId;
        var latest = await db.Plans
            .Where(p => p.Kind == PlanKind.AnnualCchc && (p.Status == PlanStatus.Issued || p.Status == PlanStatus.Signed)
                && p.UnitId != own && p.Unit.Path.StartsWith(path) && p.Year <= thisYear)
            .MaxAsync(p => (int?)p.Year, cancellationToken);
        return latest ?? thisYear;
    }

    private static ReviewerDashboard Assemble(
        IReadOnlyList<TreeUnit> units, int own, int year, DateOnly today, IReadOnlyList<PlanRow> plans,
        IReadOnlyDictionary<int, int> followed, IReadOnlyList<KpiFacts> facts)
    {
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var below = TreeUnit.InTreeOrder(units.Where(u => u.Id != own).ToList(), own).ToList();
        var plansOf = plans.ToLookup(p => p.UnitId);
        static PlanStatus? Best(IEnumerable<PlanRow> rows) => rows.Select(p => (PlanStatus?)p.Status).Max();

        var states = below.Select(item =>
        {
            var (unit, depth) = item;
            var mine = plansOf[unit.Id].ToList();
            var reports = mine.Where(p => p.Kind == PlanKind.Report && p.Period is not null)
                .GroupBy(p => p.Period!.Value)
                .ToDictionary(g => g.Key, g => g.Max(p => p.Status));
            return new UnitStates(
                unit.Id,
                unit.Name,
                unit.ParentId is { } parent && names.TryGetValue(parent, out var parentName) ? parentName : string.Empty,
                depth,
                followed.TryGetValue(unit.Id, out var followedId) ? followedId : mine.Where(p => p.Kind == PlanKind.AnnualCchc).Select(p => (int?)p.Id).Max(),
                Best(mine.Where(p => p.Kind == PlanKind.AnnualCchc)),
                Best(mine.Where(p => p.Kind == PlanKind.CchcCommunication)),
                reports);
        }).ToList();

        var factsOf = facts.ToLookup(f => f.PlanId);
        var heatMap = below.Select(item =>
        {
            var unit = item.Unit;
            if (!followed.TryGetValue(unit.Id, out var planId))
            {
                return new HeatMapRow(unit.Id, unit.Name, null, new Dictionary<ReformArea, AttainmentTally>(), AttainmentTally.Empty);
            }

            var areas = factsOf[planId]
                .GroupBy(f => f.Area)
                .ToDictionary(g => g.Key, g => g.Aggregate(AttainmentTally.Empty, (tally, kpi) => tally.Add(DashboardMath.Latest(kpi))));
            return new HeatMapRow(unit.Id, unit.Name, planId, areas, areas.Values.Aggregate(AttainmentTally.Empty, (a, b) => a.Plus(b)));
        }).ToList();

        var areasShown = facts.Select(f => f.Area).Distinct().Order().ToList();
        return new ReviewerDashboard(
            names.GetValueOrDefault(own, string.Empty),
            year,
            today,
            areasShown,
            CountStates(states),
            states,
            heatMap,
            DashboardMath.Trend(facts, year, today),
            DashboardMath.MostBehind(heatMap, BehindCount));
    }

    private static IReadOnlyList<StateCount> CountStates(IReadOnlyList<UnitStates> states)
    {
        var rows = new List<StateCount>
        {
            new(null, states.Count(s => s.AnnualPlan is null), states.Count(s => s.CommunicationPlan is null), states.Count(s => s.Reports.Count == 0)),
        };
        rows.AddRange(Enum.GetValues<PlanStatus>().Select(status => new StateCount(
            status,
            states.Count(s => s.AnnualPlan == status),
            states.Count(s => s.CommunicationPlan == status),
            states.Sum(s => s.Reports.Values.Count(r => r == status)))));
        return rows;
    }
}
