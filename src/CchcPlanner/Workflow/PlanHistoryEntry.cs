using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Workflow;

/// <summary>
/// One step of a plan through the workflow: who, in which role, from which state to which, and why (the reason of a
/// return is required; other steps may carry a comment). Written in the same transaction as the step itself.
/// </summary>
public sealed class PlanHistoryEntry : IRecord
{
    private PlanHistoryEntry()
    {
        UserId = UserName = Role = string.Empty;
    }

    public PlanHistoryEntry(int planId, CurrentUser user, string role, PlanStatus from, PlanStatus to, string? note)
        : this()
    {
        ArgumentNullException.ThrowIfNull(user);
        PlanId = planId;
        UserId = user.UserId;
        UserName = user.FullName;
        Role = role;
        From = from;
        To = to;
        Note = VietnameseText.CleanOrNull(note);
    }

    public long Id { get; private set; }

    public int PlanId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The full name at the time, as the history shows it.</summary>
    public string UserName { get; private set; }

    /// <summary>The role acted in (<see cref="Identity.Roles"/>).</summary>
    public string Role { get; private set; }

    public PlanStatus From { get; private set; }

    public PlanStatus To { get; private set; }

    public string? Note { get; private set; }

    /// <summary>For a submission, the number of the frozen version it stored.</summary>
    public int? SubmissionNumber { get; private set; }

    internal void Records(int submissionNumber) => SubmissionNumber = submissionNumber;

    void IRecord.Stamp(DateTimeOffset at)
    {
        if (At == default)
        {
            At = at;
        }
    }
}

internal sealed class PlanHistoryEntryConfiguration : IEntityTypeConfiguration<PlanHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PlanHistoryEntry> entry)
    {
        entry.ToTable("PlanHistory");
        entry.Property(e => e.UserId).HasMaxLength(450);
        entry.Property(e => e.UserName).HasMaxLength(200);
        entry.Property(e => e.Role).HasMaxLength(40);
        entry.Property(e => e.Note).HasMaxLength(4000);
        entry.HasIndex(e => new { e.PlanId, e.At });
        entry.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
