using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Overview;

/// <summary>
/// The day by which the units below a reviewing unit send it their plan of one kind for one year. One per reviewing unit,
/// year and kind; moving it keeps who moved it last. A plan for year Y is due at the end of Y-1 or during Y, never later.
/// </summary>
public sealed class SubmissionDeadline
{
    private SubmissionDeadline()
    {
        SetById = SetBy = string.Empty;
    }

    public SubmissionDeadline(int reviewingUnitId, int year, PlanKind kind, DateOnly dueOn, CurrentUser setBy, DateTimeOffset at)
        : this()
    {
        ReviewingUnitId = reviewingUnitId;
        Year = PlanYear.Validate(year);
        Kind = kind;
        Move(dueOn, setBy, at);
    }

    public int Id { get; private set; }

    /// <summary>The unit whose reviewer set the deadline; it applies to every unit below it.</summary>
    public int ReviewingUnitId { get; private set; }

    public int Year { get; private set; }

    public PlanKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string SetById { get; private set; }

    /// <summary>The full name of who set it last, as it was then.</summary>
    public string SetBy { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    public void Move(DateOnly dueOn, CurrentUser setBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(setBy);
        if (dueOn.Year != Year && dueOn.Year != Year - 1)
        {
            throw new DomainRuleException($"Hạn gửi kế hoạch năm {Year} phải thuộc năm {Year - 1} hoặc năm {Year}.");
        }

        DueOn = dueOn;
        SetById = setBy.UserId;
        SetBy = setBy.FullName;
        SetAt = at;
    }
}

internal sealed class SubmissionDeadlineConfiguration : IEntityTypeConfiguration<SubmissionDeadline>
{
    public void Configure(EntityTypeBuilder<SubmissionDeadline> deadline)
    {
        deadline.Property(d => d.SetById).HasMaxLength(450);
        deadline.Property(d => d.SetBy).HasMaxLength(200);
        deadline.HasIndex(d => new { d.ReviewingUnitId, d.Year, d.Kind }).IsUnique();
        deadline.HasOne<Unit>().WithMany().HasForeignKey(d => d.ReviewingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
