using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Deadlines;

/// <summary>A reminder e-mail that went out: one per deadline, kind and recipient, so that none is sent twice.</summary>
public sealed class SentReminder
{
    private SentReminder()
    {
        DeadlineKey = Recipient = string.Empty;
    }

    public SentReminder(string deadlineKey, ReminderKind kind, int unitId, string recipient, DateOnly dueOn, DateTimeOffset sentAt)
        : this()
    {
        DeadlineKey = deadlineKey;
        Kind = kind;
        UnitId = unitId;
        Recipient = recipient;
        DueOn = dueOn;
        SentAt = sentAt;
    }

    public int Id { get; private set; }

    /// <summary><c>report:12:20430301</c> or <c>plan:3:20431215:7</c> (<see cref="DeadlineFacts"/>).</summary>
    public string DeadlineKey { get; private set; }

    public ReminderKind Kind { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The e-mail address it was sent to.</summary>
    public string Recipient { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}

internal sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> reminder)
    {
        reminder.ToTable("SentReminders");
        reminder.Property(r => r.DeadlineKey).HasMaxLength(64);
        reminder.Property(r => r.Recipient).HasMaxLength(256);
        reminder.HasIndex(r => new { r.DeadlineKey, r.Kind, r.Recipient }).IsUnique();
    }
}
