using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Audit;

/// <summary>
/// One line of the audit trail: who did what to which plan, and when. Append-only: the entity has no method that changes
/// it, the context refuses to update or delete one (<see cref="PlanStamping"/>), and the database refuses too (triggers of
/// the <c>Workflow</c> migration). Names are copied at the time, so the line still reads right after a user or unit is
/// renamed or a draft deleted; there is no foreign key for the same reason.
/// </summary>
public sealed class AuditEntry : IRecord
{
    private AuditEntry()
    {
        UserId = UserName = FullName = UnitName = Action = Detail = string.Empty;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The sign-in name (e-mail).</summary>
    public string UserName { get; private set; }

    public string FullName { get; private set; }

    /// <summary>The unit of the user who acted.</summary>
    public int UnitId { get; private set; }

    public string UnitName { get; private set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    public int? PlanId { get; private set; }

    /// <summary>What exactly, in Vietnamese: the plan's title, the reason, the number given, the file's checksum.</summary>
    public string Detail { get; private set; }

    public static AuditEntry By(CurrentUser user, string action, int? planId, string detail)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditEntry
        {
            UserId = user.UserId,
            UserName = user.UserName,
            FullName = user.FullName,
            UnitId = user.UnitId,
            UnitName = user.UnitName,
            Action = AuditActions.Known(action),
            PlanId = planId,
            Detail = Shorten(VietnameseText.Clean(detail)),
        };
    }

    void IRecord.Stamp(DateTimeOffset at)
    {
        if (At == default)
        {
            At = at;
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : string.Concat(text.AsSpan(0, 1999), "…");
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        // Named here because the append-only triggers of the Workflow migration name it too.
        entry.ToTable("AuditEntries");
        entry.Property(e => e.UserId).HasMaxLength(450);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.FullName).HasMaxLength(200);
        entry.Property(e => e.UnitName).HasMaxLength(300);
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.PlanId, e.At });
        entry.HasIndex(e => new { e.UserId, e.At });
    }
}
