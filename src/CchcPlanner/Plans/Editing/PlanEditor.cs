using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Plans.Editing;

/// <summary>The result of a save: saved, refused because someone else saved first, invalid, or not allowed.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(PlanDraft Draft) : SaveOutcome;

    /// <summary>Someone saved in between: their changes since the draft was opened, and their version.</summary>
    public sealed record Conflict(IReadOnlyList<PlanChange> TheirChanges, string? SavedBy, DateTimeOffset SavedAt, PlanDraft Theirs) : SaveOutcome;

    public sealed record Invalid(IReadOnlyList<DraftProblem> Problems) : SaveOutcome;

    public sealed record Refused(string Message) : SaveOutcome;
}

/// <summary>
/// Opens a plan as a draft and saves drafts back. A save is accepted only over the version the draft was opened from:
/// if anyone saved in between, it is refused with what they changed, and nothing they saved is touched.
/// </summary>
public sealed class PlanEditor(IDbContextFactory<CchcDbContext> contexts)
{
    /// <summary>The draft of a plan the user may edit; otherwise the reason in Vietnamese.</summary>
    public async Task<(PlanDraft? Draft, string? Refusal)> OpenAsync(int id, CurrentUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await scope.ReadablePlans(db.Plans.AsNoTracking().Where(p => p.Id == id)).WithEverything().SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return (null, "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.");
        }

        return PlanPermissions.WhyNotEditable(user, plan) is { } why ? (null, why) : (PlanDrafts.From(plan), null);
    }

    /// <param name="opened">The draft as it was opened, to tell the user what others changed since.</param>
    public async Task<SaveOutcome> SaveAsync(PlanDraft draft, PlanDraft opened, CurrentUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(user);
        if (DraftValidator.Validate(draft) is { Count: > 0 } problems)
        {
            return new SaveOutcome.Invalid(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var plan = await db.Plans.Where(p => p.Id == draft.Id).WithEverything().SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return new SaveOutcome.Refused("Kế hoạch này không còn tồn tại (có thể đã bị xoá).");
        }

        if (PlanPermissions.WhyNotEditable(user, plan) is { } why)
        {
            return new SaveOutcome.Refused(why);
        }

        if (plan.Version != draft.Version)
        {
            return ConflictWith(plan, opened);
        }

        try
        {
            var documentIds = draft.LegalBases.Select(b => b.LegalDocumentId).OfType<int>().ToList();
            var documents = await db.LegalDocuments.Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
            var parent = draft.ParentPlanId is { } parentId ? await db.Plans.SingleOrDefaultAsync(p => p.Id == parentId, cancellationToken) : null;
            var parts = PlanDiff.Compare(PlanDrafts.From(plan), draft).Select(c => c.Part).Distinct().ToList();
            DraftApplier.Apply(draft, plan, documents, parent);
            plan.NoteEditor(user.FullName);
            var changed = parts.Count == 0 ? "không có" : string.Join(", ", parts);
            db.AuditEntries.Add(AuditEntry.By(user, AuditActions.PlanEdited, plan.Id, $"{plan.Title}. Phần thay đổi: {changed}"));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException e)
        {
            return new SaveOutcome.Invalid([new DraftProblem(draft, null, e.Message)]);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: show them what they got, from the database.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var theirs = await fresh.Plans.AsNoTracking().Where(p => p.Id == draft.Id).WithEverything().SingleAsync(cancellationToken);
            return ConflictWith(theirs, opened);
        }

        return new SaveOutcome.Saved(PlanDrafts.From(plan));
    }

    private static SaveOutcome.Conflict ConflictWith(Plan current, PlanDraft opened)
    {
        var theirs = PlanDrafts.From(current);
        return new SaveOutcome.Conflict(PlanDiff.Compare(opened, theirs), current.UpdatedBy, current.UpdatedAt, theirs);
    }
}
