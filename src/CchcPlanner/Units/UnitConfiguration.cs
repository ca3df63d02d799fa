using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Units;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.Property(u => u.Name).HasMaxLength(300).UseCollation(Collations.Vietnamese);
        unit.Property(u => u.Abbreviation).HasMaxLength(30);
        unit.Property(u => u.PlaceName).HasMaxLength(100);
        unit.Property(u => u.HeadTitle).HasMaxLength(100);
        unit.Property(u => u.ParentBodyName).HasMaxLength(300);
        unit.Property(u => u.Path).HasMaxLength(400);
        unit.HasIndex(u => u.Path);
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
