using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Reviews;

public sealed record SubmissionRow(int Number, DateTimeOffset At, string SubmittedBy)
{
    public string AtText => VietnameseDates.Table(At);
}

/// <summary>
/// A frozen submission: <see cref="PlanJson"/> is the document as the reviewer read it (render it with
/// <c>PlanJsonReader.Read</c> and the document builders), <see cref="Draft"/> the same content in the editing model.
/// </summary>
public sealed record SubmittedVersion(int PlanId, int Number, DateTimeOffset At, string SubmittedBy, string PlanJson, PlanDraft Draft);

/// <summary>
/// The versions a plan was submitted in, and what changed between them: what a reviewer reads when a returned plan comes
/// back. Readable by the plan's unit and the reviewers above (<see cref="AccessScope.ReviewablePlans"/>).
/// </summary>
public sealed class SubmittedVersions(IDbContextFactory<CchcDbContext> contexts)
{
    private const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";

    public async Task<LifecycleResult<IReadOnlyList<SubmissionRow>>> ListAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MayReadAsync(db, user, planId, cancellationToken))
        {
            return LifecycleResult.Refused<IReadOnlyList<SubmissionRow>>(NotFound);
        }

        var rows = await db.Submissions.Where(s => s.PlanId == planId).OrderBy(s => s.Number)
            .Select(s => new SubmissionRow(s.Number, s.At, s.UserName))
            .ToListAsync(cancellationToken);
        return LifecycleResult.Done<IReadOnlyList<SubmissionRow>>(rows);
    }

    public async Task<LifecycleResult<SubmittedVersion>> GetAsync(CurrentUser user, int planId, int number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MayReadAsync(db, user, planId, cancellationToken))
        {
            return LifecycleResult.Refused<SubmittedVersion>(NotFound);
        }

        var submission = await FindAsync(db, planId, number, cancellationToken);
        return submission is null
            ? LifecycleResult.Refused<SubmittedVersion>(NoSuchSubmission(number))
            : LifecycleResult.Done(new SubmittedVersion(planId, submission.Number, submission.At, submission.UserName, submission.PlanJson, submission.Draft()));
    }

    /// <summary>
    /// What changed from submission <paramref name="from"/> to submission <paramref name="to"/>, or to the plan as it is
    /// now when <paramref name="to"/> is null, by part and in the words of <see cref="PlanDiff"/>.
    /// </summary>
    public async Task<LifecycleResult<IReadOnlyList<PlanChange>>> WhatChangedAsync(
        CurrentUser user, int planId, int from, int? to = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await MayReadAsync(db, user, planId, cancellationToken))
        {
            return LifecycleResult.Refused<IReadOnlyList<PlanChange>>(NotFound);
        }

        var before = await FindAsync(db, planId, from, cancellationToken);
        if (before is null)
        {
            return LifecycleResult.Refused<IReadOnlyList<PlanChange>>(NoSuchSubmission(from));
        }

        PlanDraft after;
        if (to is { } number)
        {
            var later = await FindAsync(db, planId, number, cancellationToken);
            if (later is null)
            {
                return LifecycleResult.Refused<IReadOnlyList<PlanChange>>(NoSuchSubmission(number));
            }

            after = later.Draft();
        }
        else
        {
            after = PlanDrafts.From(await db.Plans.AsNoTracking().Where(p => p.Id == planId).WithEverything().SingleAsync(cancellationToken));
        }

        return LifecycleResult.Done(PlanDiff.Compare(before.Draft(), after));
    }

    private static async Task<bool> MayReadAsync(CchcDbContext db, CurrentUser user, int planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        return await scope.ReviewablePlans(db.Plans).AnyAsync(p => p.Id == planId, cancellationToken);
    }

    private static Task<Submission?> FindAsync(CchcDbContext db, int planId, int number, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.PlanId == planId && s.Number == number, cancellationToken);

    private static string NoSuchSubmission(int number) => $"Kế hoạch này không có bản gửi duyệt lần {number}.";
}
