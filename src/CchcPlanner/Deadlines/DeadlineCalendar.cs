using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Deadlines;

/// <summary>
/// The deadlines a user keeps an eye on: the report deadlines of the plans in force of their unit (and, for reviewers and
/// administrators, of the units below, <see cref="AccessScope.ReviewablePlans"/>); the plan submission deadlines the
/// bodies above set for their unit; and, for reviewers and administrators, the submission deadlines their own unit set for
/// the units below, as one item counting the units that have sent their plan. Nothing of another branch of the tree.
/// </summary>
public sealed class DeadlineCalendar(IDbContextFactory<CchcDbContext> contexts, TimeProvider time, DeadlineOptions options)
{
    public DateOnly Today => VietnameseDates.DateInVietnam(time.GetUtcNow());

    public DeadlineOptions Options => options;

    /// <summary>Every deadline of the user's scope due from <paramref name="from"/> to <paramref name="to"/>, by due date.</summary>
    public async Task<IReadOnlyList<DeadlineItem>> ItemsAsync(CurrentUser user, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = Today;
        var soon = options.DueSoonDays;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var items = (await DeadlineFacts.ReportsAsync(db, scope.ReviewablePlans(db.Plans), from, to, cancellationToken))
            .Select(r => r.ToItem(today, soon))
            .ToList();

        var own = await db.Units.AsNoTracking().Where(u => u.Id == user.UnitId).Select(u => new { u.Name, u.Path }).SingleOrDefaultAsync(cancellationToken);
        if (own is null || string.IsNullOrEmpty(own.Path))
        {
            return Sorted(items);
        }

        var above = DeadlineFacts.AncestorIds(own.Path, user.UnitId);
        foreach (var deadline in await DeadlineFacts.SubmissionsAsync(db, db.SubmissionDeadlines.Where(d => above.Contains(d.ReviewingUnitId)), from, to, cancellationToken))
        {
            var sent = await DeadlineFacts.SentAsync(db, user.UnitId, deadline.Year, deadline.Kind, cancellationToken);
            items.Add(new DeadlineItem(
                DeadlineFacts.SubmissionKey(deadline.Id, deadline.DueOn, user.UnitId),
                DeadlineKind.PlanSubmission,
                deadline.DueOn,
                deadline.Title,
                own.Name,
                user.UnitId,
                null,
                $"Gửi {deadline.ReviewingUnitName}",
                DeadlineStates.Of(deadline.DueOn, sent, today, soon)));
        }

        if (scope.SeesUnitsBelow)
        {
            var unitId = user.UnitId;
            foreach (var deadline in await DeadlineFacts.SubmissionsAsync(db, db.SubmissionDeadlines.Where(d => d.ReviewingUnitId == unitId), from, to, cancellationToken))
            {
                var subjects = await DeadlineFacts.SubjectsAsync(db, deadline, cancellationToken);
                var sent = subjects.Count(s => s.Done);
                items.Add(new DeadlineItem(
                    DeadlineFacts.SubmissionKey(deadline.Id, deadline.DueOn),
                    DeadlineKind.PlanSubmission,
                    deadline.DueOn,
                    deadline.Title,
                    "Các đơn vị trực thuộc",
                    user.UnitId,
                    null,
                    $"{sent}/{subjects.Count} đơn vị đã gửi về {own.Name}",
                    DeadlineStates.Of(deadline.DueOn, subjects.Count > 0 && sent == subjects.Count, today, soon)));
            }
        }

        return Sorted(items);
    }

    /// <summary>
    /// The notification centre: what is due soon (within <see cref="DeadlineOptions.DueSoonDays"/>) and what is overdue,
    /// looking back <see cref="DeadlineOptions.OverdueLookbackDays"/> days; overdue first, the oldest on top.
    /// </summary>
    public async Task<IReadOnlyList<DeadlineItem>> NoticesAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var items = await ItemsAsync(user, today.AddDays(-options.OverdueLookbackDays), today.AddDays(options.DueSoonDays), cancellationToken);
        return items.Where(i => i.State is DeadlineState.Overdue or DeadlineState.DueSoon)
            .OrderByDescending(i => i.State == DeadlineState.Overdue)
            .ThenBy(i => i.DueOn)
            .ToList();
    }

    private static List<DeadlineItem> Sorted(List<DeadlineItem> items) =>
        items.OrderBy(i => i.DueOn).ThenBy(i => i.UnitName, VietnameseText.Comparer).ThenBy(i => i.Title, VietnameseText.Comparer).ToList();
}
