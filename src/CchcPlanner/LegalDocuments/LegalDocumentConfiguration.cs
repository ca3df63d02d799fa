using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.LegalDocuments;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> document)
    {
        document.Property(d => d.Symbol).HasMaxLength(60);
        // Symbols repeat across issuers (every people's committee has a 406/KH-UBND some year) and, for symbols without a
        // year, across years of one issuer (the Government's 99/NQ-CP of 2020 and of 2023): the three together are the key.
        document.HasIndex(d => new { d.Symbol, d.Issuer, d.IssuedOn }).IsUnique();
        document.Property(d => d.Issuer).HasMaxLength(300);
        document.Property(d => d.Summary).HasMaxLength(2000).UseCollation(Collations.Vietnamese);
        document.Ignore(d => d.Number);
        document.Ignore(d => d.CitationText);
        document.HasOne<LegalDocument>().WithMany().HasForeignKey(d => d.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        document.HasOne<Plan>().WithMany().HasForeignKey(d => d.SourcePlanId).OnDelete(DeleteBehavior.SetNull);
        document.HasOne<Unit>().WithMany().HasForeignKey(d => d.IssuingUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
