using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Register;

/// <summary>A line of the register (sổ đăng ký văn bản đi): the number given, the date, the symbol and the summary.</summary>
public sealed class RegisterEntry : IRecord
{
    private RegisterEntry()
    {
        DocumentType = NumberAndSymbol = Summary = RegisteredBy = string.Empty;
    }

    /// <summary>The line of an issued plan, which has its number and date.</summary>
    public RegisterEntry(Plan plan, string documentType, string registeredBy)
        : this()
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Number is not { } number || plan.IssuedOn is not { } issuedOn)
        {
            throw new InvalidOperationException("Only an issued plan has a line in the register.");
        }

        UnitId = plan.UnitId;
        Year = issuedOn.Year;
        DocumentType = documentType;
        Number = number;
        IssuedOn = issuedOn;
        NumberAndSymbol = plan.NumberAndSymbol;
        Summary = plan.Title;
        PlanId = plan.Id;
        RegisteredBy = VietnameseText.Required(registeredBy, "Người đăng ký");
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public int Year { get; private set; }

    public string DocumentType { get; private set; }

    public int Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary><c>16/KH-MNTH</c>.</summary>
    public string NumberAndSymbol { get; private set; }

    /// <summary>The trích yếu.</summary>
    public string Summary { get; private set; }

    public int? PlanId { get; private set; }

    public string RegisteredBy { get; private set; }

    public DateTimeOffset At { get; private set; }

    void IRecord.Stamp(DateTimeOffset at)
    {
        if (At == default)
        {
            At = at;
        }
    }
}

internal sealed class RegisterConfiguration : IEntityTypeConfiguration<RegisterCounter>, IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterCounter> counter)
    {
        // Named here because DocumentRegister moves the counter with one hand-written upsert.
        counter.ToTable("RegisterCounters");
        counter.HasKey(c => new { c.UnitId, c.Year, c.DocumentType });
        counter.Property(c => c.DocumentType).HasMaxLength(10);
        counter.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RegisterEntry> entry)
    {
        entry.Property(e => e.DocumentType).HasMaxLength(10);
        entry.Property(e => e.NumberAndSymbol).HasMaxLength(80);
        entry.Property(e => e.Summary).HasMaxLength(1000);
        entry.Property(e => e.RegisteredBy).HasMaxLength(200);

        // The last guard against two documents with one number, whatever happens above it.
        entry.HasIndex(e => new { e.UnitId, e.Year, e.DocumentType, e.Number }).IsUnique();
        entry.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
