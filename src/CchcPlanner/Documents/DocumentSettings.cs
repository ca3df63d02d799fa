using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Documents;

/// <summary>
/// The page and text settings an administrator chose for the documents of their unit and of every unit below that has
/// none of its own. At most one per unit; the values are always a valid <see cref="DocumentLayout"/> (its constructor
/// holds the decree's ranges), and who changed them last is kept.
/// </summary>
public sealed class DocumentSettings
{
    private DocumentSettings()
    {
        ChangedById = ChangedBy = string.Empty;
    }

    public DocumentSettings(int unitId, DocumentLayout layout, CurrentUser by, DateTimeOffset at)
        : this()
    {
        UnitId = unitId;
        Change(layout, by, at);
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public decimal TopMm { get; private set; }

    public decimal BottomMm { get; private set; }

    public decimal LeftMm { get; private set; }

    public decimal RightMm { get; private set; }

    public int BodyPt { get; private set; }

    public decimal LineSpacing { get; private set; }

    public string ChangedById { get; private set; }

    /// <summary>The full name of who changed the settings last, as it was then.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public DocumentLayout Layout => new(TopMm, BottomMm, LeftMm, RightMm, BodyPt, LineSpacing);

    public void Change(DocumentLayout layout, CurrentUser by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(by);
        (TopMm, BottomMm, LeftMm, RightMm, BodyPt, LineSpacing) =
            (layout.TopMm, layout.BottomMm, layout.LeftMm, layout.RightMm, layout.BodyPt, layout.LineSpacing);
        ChangedById = by.UserId;
        ChangedBy = by.FullName;
        ChangedAt = at;
    }
}

internal sealed class DocumentSettingsConfiguration : IEntityTypeConfiguration<DocumentSettings>
{
    public void Configure(EntityTypeBuilder<DocumentSettings> settings)
    {
        settings.ToTable("DocumentSettings");
        settings.Property(s => s.TopMm).HasPrecision(5, 2);
        settings.Property(s => s.BottomMm).HasPrecision(5, 2);
        settings.Property(s => s.LeftMm).HasPrecision(5, 2);
        settings.Property(s => s.RightMm).HasPrecision(5, 2);
        settings.Property(s => s.LineSpacing).HasPrecision(4, 2);
        settings.Property(s => s.ChangedById).HasMaxLength(450);
        settings.Property(s => s.ChangedBy).HasMaxLength(200);
        settings.HasIndex(s => s.UnitId).IsUnique();
        settings.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
