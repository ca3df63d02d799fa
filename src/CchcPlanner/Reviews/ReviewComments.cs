using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Reviews;

public sealed record CommentRow(
    int Id, int? ThreadId, PlanPart Part, int? PartId, string PlaceLabel, string? Quote, string Text, string AuthorName, string AuthorRole,
    int? SubmissionNumber, DateTimeOffset At, DateTimeOffset? ResolvedAt, string? ResolvedBy)
{
    public bool IsResolved => ResolvedAt is not null;

    public string AtText => VietnameseDates.Table(At);

    public string AuthorRoleText => Roles.ToVietnamese(AuthorRole);

    internal static CommentRow Of(ReviewComment c) => new(
        c.Id, c.ThreadId, c.Part, c.PartId, c.PlaceLabel, c.Quote, c.Text, c.AuthorName, c.AuthorRole, c.SubmissionNumber, c.At, c.ResolvedAt, c.ResolvedBy);
}

/// <summary>A comment with its answers, oldest first.</summary>
public sealed record CommentThread(CommentRow Comment, IReadOnlyList<CommentRow> Answers)
{
    public bool IsOpen => !Comment.IsResolved;
}

/// <summary>
/// Comments of the review: written by the reviewers above and the plan's drafters (<see cref="WorkflowPermissions.WhyNotComment"/>)
/// while the plan is under review, answered, resolved; read by whoever may read the plan's review record.
/// </summary>
public sealed class ReviewComments(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    private const string NotFound = "Không tìm thấy kế hoạch hoặc góp ý này, hoặc bạn không có quyền xem.";

    public async Task<LifecycleResult<CommentRow>> AddAsync(CurrentUser user, int planId, CommentPlace place, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReviewablePlans(db.Plans.AsNoTracking().Where(p => p.Id == planId)).WithEverything().SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<CommentRow>(NotFound);
        }

        return await SaveAsync(db, scope, plan, WorkflowAction.Comment, AuditActions.CommentAdded, async () =>
        {
            var comment = ReviewComment.Start(plan, place, user, WorkflowPermissions.ActingRole(scope, plan, WorkflowAction.Comment), text, await LatestSubmissionAsync(db, planId, cancellationToken));
            db.ReviewComments.Add(comment);
            return comment;
        }, cancellationToken);
    }

    /// <summary>Answers the thread of <paramref name="commentId"/> (the thread's first comment or any answer in it).</summary>
    public async Task<LifecycleResult<CommentRow>> AnswerAsync(CurrentUser user, int commentId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, plan, thread) = await ThreadAsync(db, user, commentId, cancellationToken);
        if (plan is null || thread is null)
        {
            return LifecycleResult.Refused<CommentRow>(NotFound);
        }

        return await SaveAsync(db, scope, plan, WorkflowAction.Comment, AuditActions.CommentAnswered, async () =>
        {
            var answer = thread.Answer(user, WorkflowPermissions.ActingRole(scope, plan, WorkflowAction.Comment), text, await LatestSubmissionAsync(db, plan.Id, cancellationToken));
            db.ReviewComments.Add(answer);
            return answer;
        }, cancellationToken);
    }

    /// <summary>Marks the thread of <paramref name="commentId"/> resolved; allowed to either side of the review, at any stage.</summary>
    public async Task<LifecycleResult<CommentRow>> ResolveAsync(CurrentUser user, int commentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (scope, plan, thread) = await ThreadAsync(db, user, commentId, cancellationToken);
        if (plan is null || thread is null)
        {
            return LifecycleResult.Refused<CommentRow>(NotFound);
        }

        return await SaveAsync(db, scope, plan, null, AuditActions.CommentResolved, () =>
        {
            thread.Resolve(user.FullName, time.GetUtcNow());
            return Task.FromResult(thread);
        }, cancellationToken);
    }

    /// <summary>The plan's threads, oldest first; only the open ones, or only those at one place (part and row), when asked.</summary>
    public async Task<LifecycleResult<IReadOnlyList<CommentThread>>> ListAsync(
        CurrentUser user, int planId, bool openOnly = false, CommentPlace? place = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        if (!await scope.ReviewablePlans(db.Plans).AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return LifecycleResult.Refused<IReadOnlyList<CommentThread>>(NotFound);
        }

        var comments = db.ReviewComments.AsNoTracking().Where(c => c.PlanId == planId);
        if (place is not null)
        {
            comments = comments.Where(c => c.Part == place.Part && c.PartId == place.PartId);
        }

        var all = await comments.OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var answers = all.Where(c => c.ThreadId is not null).ToLookup(c => c.ThreadId);
        var threads = all.Where(c => c.ThreadId is null && !(openOnly && c.IsResolved))
            .Select(c => new CommentThread(CommentRow.Of(c), answers[c.Id].Select(CommentRow.Of).ToList()))
            .ToList();
        return LifecycleResult.Done<IReadOnlyList<CommentThread>>(threads);
    }

    /// <summary>Checks the user's part in the review (and, to write, that the review is still open), then saves with an audit entry.</summary>
    private static async Task<LifecycleResult<CommentRow>> SaveAsync(
        CchcDbContext db, AccessScope scope, Plan plan, WorkflowAction? writing, string auditAction, Func<Task<ReviewComment>> act, CancellationToken cancellationToken)
    {
        if (WorkflowPermissions.WhyNotComment(scope, plan) is { } why)
        {
            return LifecycleResult.Refused<CommentRow>(why);
        }

        if (writing is not null && !WorkflowPermissions.IsOpenForComments(plan.Status))
        {
            return LifecycleResult.Refused<CommentRow>($"Kế hoạch đang ở trạng thái \"{plan.Status.ToVietnamese()}\"; không góp ý thêm được nữa.");
        }

        ReviewComment comment;
        try
        {
            comment = await act();
        }
        catch (DomainRuleException e)
        {
            return LifecycleResult.Refused<CommentRow>(e.Message);
        }

        db.AuditEntries.Add(AuditEntry.By(scope.User, auditAction, plan.Id, $"{comment.PlaceLabel}: {comment.Text}"));
        await db.SaveChangesAsync(cancellationToken);
        return LifecycleResult.Done(CommentRow.Of(comment));
    }

    /// <summary>The first comment of the thread <paramref name="commentId"/> belongs to (tracked), with its plan, if the user may read them.</summary>
    private static async Task<(AccessScope Scope, Plan? Plan, ReviewComment? Thread)> ThreadAsync(
        CchcDbContext db, CurrentUser user, int commentId, CancellationToken cancellationToken)
    {
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var comment = await db.ReviewComments.SingleOrDefaultAsync(c => c.Id == commentId, cancellationToken);
        if (comment?.ThreadId is { } threadId)
        {
            comment = await db.ReviewComments.SingleOrDefaultAsync(c => c.Id == threadId, cancellationToken);
        }

        var plan = comment is null ? null
            : await scope.ReviewablePlans(db.Plans.AsNoTracking().Where(p => p.Id == comment.PlanId)).Include(p => p.Unit).SingleOrDefaultAsync(cancellationToken);
        return (scope, plan, plan is null ? null : comment);
    }

    private static Task<int?> LatestSubmissionAsync(CchcDbContext db, int planId, CancellationToken cancellationToken) =>
        db.Submissions.Where(s => s.PlanId == planId).MaxAsync(s => (int?)s.Number, cancellationToken);
}
