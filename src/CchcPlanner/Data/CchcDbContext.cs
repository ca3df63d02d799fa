using CchcPlanner.Identity;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Data;

/// <summary>The one DbContext of CchcPlanner, on SQLite or PostgreSQL; entity configurations live beside their entities.</summary>
public sealed class CchcDbContext(DbContextOptions<CchcDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql())
        {
            builder.HasCollation(Collations.Vietnamese, locale: "vi-VN", provider: "icu", deterministic: true);
        }

        builder.ApplyConfigurationsFromAssembly(typeof(CchcDbContext).Assembly);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200).UseCollation(Collations.Vietnamese);
            user.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset columns; store them as UTC ticks on both providers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
    }
}
