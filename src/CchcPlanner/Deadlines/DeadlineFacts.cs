using System.Globalization;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Deadlines;

/// <summary>A report deadline of a plan in force, with whether the unit has recorded that period's results.</summary>
internal sealed record ReportFact(
    int Id, int PlanId, int UnitId, string UnitName, string PlanTitle, string Name, ReportingPeriod Period, DateOnly DueOn, string ReceivingUnit, bool Done)
{
    public DeadlineItem ToItem(DateOnly today, int dueSoonDays) => new(
        DeadlineFacts.ReportKey(Id, DueOn),
        DeadlineKind.Report,
        DueOn,
        Name,
        UnitName,
        UnitId,
        PlanId,
        $"{Period.ToVietnamese()} · gửi {ReceivingUnit} · {PlanTitle}",
        DeadlineStates.Of(DueOn, Done, today, dueSoonDays));
}

/// <summary>A submission deadline a reviewing unit set, and the name of that unit.</summary>
internal sealed record SubmissionFact(int Id, int ReviewingUnitId, string ReviewingUnitName, int Year, PlanKind Kind, DateOnly DueOn)
{
    public string Title => $"{Kind.ToVietnamese()} {Year}";
}

/// <summary>A unit that owes its plan by a submission deadline, and whether it has sent it.</summary>
internal sealed record SubjectUnit(int Id, string Name, bool Done);

/// <summary>The queries behind the calendar, the notification centre and the reminders.</summary>
internal static class DeadlineFacts
{
    /// <summary>The key names the due date too: a deadline moved to another day is reminded of again.</summary>
    public static string ReportKey(int id, DateOnly dueOn) => $"report:{id}:{dueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";

    public static string SubmissionKey(int id, DateOnly dueOn, int? unitId = null) =>
        $"plan:{id}:{dueOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}" + (unitId is { } unit ? $":{unit.ToString(CultureInfo.InvariantCulture)}" : string.Empty);

    /// <summary>
    /// Report deadlines of the given plans that are in force (issued or signed) and fall within the days; done when the
    /// report of the deadline's period has been sent to the body above (past draft, or submitted at least once):
    /// results typed in are not yet a report that body has received.
    /// </summary>
    public static Task<List<ReportFact>> ReportsAsync(CchcDbContext db, IQueryable<Plan> plans, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        plans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Issued || p.Status == PlanStatus.Signed)
            .SelectMany(
                p => p.ReportingDeadlines.Where(d => d.DueOn >= from && d.DueOn <= to),
                (p, d) => new ReportFact(
                    d.Id,
                    p.Id,
                    p.UnitId,
                    p.Unit.Name,
                    p.Title,
                    d.Name,
                    d.Period,
                    d.DueOn,
                    d.ReceivingUnit,
                    db.Plans.Any(r => r.ReportOnPlanId == p.Id && r.ReportPeriod == d.Period
                        && (r.Status != PlanStatus.Draft || db.Submissions.Any(s => s.PlanId == r.Id)))))
            .ToListAsync(cancellationToken);

    public static Task<List<SubmissionFact>> SubmissionsAsync(
        CchcDbContext db, IQueryable<Overview.SubmissionDeadline> deadlines, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        deadlines.AsNoTracking()
            .Where(d => d.DueOn >= from && d.DueOn <= to)
            .Select(d => new SubmissionFact(
                d.Id, d.ReviewingUnitId, db.Units.Where(u => u.Id == d.ReviewingUnitId).Select(u => u.Name).Single(), d.Year, d.Kind, d.DueOn))
            .ToListAsync(cancellationToken);

    /// <summary>Has the unit sent its plan of that year and kind: a plan past draft, or one submitted at least once.</summary>
    public static Task<bool> SentAsync(CchcDbContext db, int unitId, int year, PlanKind kind, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(
            p => p.UnitId == unitId && p.Year == year && p.Kind == kind
                && (p.Status != PlanStatus.Draft || db.Submissions.Any(s => s.PlanId == p.Id)),
            cancellationToken);

    /// <summary>The active units below the reviewing unit, each with whether it has sent its plan.</summary>
    public static async Task<List<SubjectUnit>> SubjectsAsync(CchcDbContext db, SubmissionFact deadline, CancellationToken cancellationToken)
    {
        var (reviewing, year, kind) = (deadline.ReviewingUnitId, deadline.Year, deadline.Kind);
        var path = await db.Units.Where(u => u.Id == reviewing).Select(u => u.Path).SingleAsync(cancellationToken);
        return await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(path) && u.Id != reviewing && u.IsActive)
            .Select(u => new SubjectUnit(
                u.Id,
                u.Name,
                db.Plans.Any(p => p.UnitId == u.Id && p.Year == year && p.Kind == kind
                    && (p.Status != PlanStatus.Draft || db.Submissions.Any(s => s.PlanId == p.Id)))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The ids above a unit, from its path <c>/1/4/9/</c> (9 being the unit itself).</summary>
    public static IReadOnlyList<int> AncestorIds(string path, int unitId) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture))
            .Where(id => id != unitId)
            .ToList();
}
