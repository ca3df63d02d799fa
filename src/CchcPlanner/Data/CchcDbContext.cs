using CchcPlanner.Audit;
using CchcPlanner.Documents;
using CchcPlanner.Identity;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Register;
using CchcPlanner.Reviews;
using CchcPlanner.Scans;
using CchcPlanner.Units;
using CchcPlanner.Workflow;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Data;

/// <summary>The one DbContext of CchcPlanner, on SQLite or PostgreSQL; entity configurations live beside their entities.</summary>
public sealed class CchcDbContext(DbContextOptions<CchcDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    public DbSet<PlanHistoryEntry> PlanHistory => Set<PlanHistoryEntry>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<ReviewComment> ReviewComments => Set<ReviewComment>();

    public DbSet<RegisterCounter> RegisterCounters => Set<RegisterCounter>();

    public DbSet<RegisterEntry> RegisterEntries => Set<RegisterEntry>();

    public DbSet<SignedScan> SignedScans => Set<SignedScan>();

    public DbSet<SubmissionDeadline> SubmissionDeadlines => Set<SubmissionDeadline>();

    public DbSet<DocumentSettings> DocumentSettings => Set<DocumentSettings>();

    /// <summary>Append-only: add entries, never change or delete them (the context and the database refuse).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

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
