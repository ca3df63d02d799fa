using CchcPlanner.Audit;
using CchcPlanner.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CchcPlanner.Data;

/// <summary>
/// Stamps times from the injected clock as rows are saved: created and changed times on plans, and the moment of each
/// new record of the workflow (history, submissions, comments, scans, audit). Refuses any change to an audit entry:
/// the audit trail is append-only.
/// </summary>
public sealed class PlanStamping(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<Plan>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Stamp(now, created: entry.State == EntityState.Added);
            }
        }

        foreach (var entry in context.ChangeTracker.Entries<IRecord>().Where(e => e.State == EntityState.Added))
        {
            entry.Entity.Stamp(now);
        }

        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only: an audit entry is never changed or deleted.");
        }
    }
}

/// <summary>A row that records something that happened; it gets its moment when first saved, unless it already has one (demo history).</summary>
internal interface IRecord
{
    DateTimeOffset At { get; }

    void Stamp(DateTimeOffset at);
}
