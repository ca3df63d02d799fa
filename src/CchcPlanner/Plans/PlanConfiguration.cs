using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Title).HasMaxLength(1000).UseCollation(Collations.Vietnamese);
        plan.Property(p => p.Symbol).HasMaxLength(60);
        plan.Property(p => p.Place).HasMaxLength(100);
        plan.Property(p => p.UpdatedBy).HasMaxLength(256);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.Ignore(p => p.Report);
        plan.HasOne<Plan>().WithMany().HasForeignKey(p => p.ReportOnPlanId).OnDelete(DeleteBehavior.Restrict);
        plan.HasIndex(p => new { p.UnitId, p.Year, p.Kind });
        plan.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        plan.HasOne(p => p.ParentPlan).WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.SetNull);
        plan.ComplexProperty(p => p.Signature, signature =>
        {
            signature.Property(s => s.Authority).HasMaxLength(200);
            signature.Property(s => s.Title).HasMaxLength(200);
            signature.Property(s => s.SignerName).HasMaxLength(200);
        });

        HasOrdered(plan, p => p.LegalBases, "_legalBases");
        HasOrdered(plan, p => p.Sections, "_sections");
        HasOrdered(plan, p => p.Kpis, "_kpis");
        HasOrdered(plan, p => p.Tasks, "_tasks");
        HasOrdered(plan, p => p.ReportingDeadlines, "_reportingDeadlines");
        HasOrdered(plan, p => p.BudgetLines, "_budgetLines");
        HasOrdered(plan, p => p.Responsibilities, "_responsibilities");
        HasOrdered(plan, p => p.Recipients, "_recipients");
    }

    /// <summary>A child list of the plan: stored through its field, deleted with the plan.</summary>
    private static void HasOrdered<T>(EntityTypeBuilder<Plan> plan, System.Linq.Expressions.Expression<Func<Plan, IEnumerable<T>?>> navigation, string field)
        where T : class
    {
        plan.HasMany(navigation).WithOne().HasForeignKey("PlanId").OnDelete(DeleteBehavior.Cascade);
        plan.Navigation(navigation!).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PartsConfiguration :
    IEntityTypeConfiguration<LegalBasis>, IEntityTypeConfiguration<PlanSection>, IEntityTypeConfiguration<SectionItem>,
    IEntityTypeConfiguration<Kpi>, IEntityTypeConfiguration<KpiResult>, IEntityTypeConfiguration<PlanTask>,
    IEntityTypeConfiguration<TaskProgress>, IEntityTypeConfiguration<ReportingDeadline>, IEntityTypeConfiguration<BudgetLine>,
    IEntityTypeConfiguration<Responsibility>, IEntityTypeConfiguration<Recipient>
{
    public void Configure(EntityTypeBuilder<LegalBasis> basis)
    {
        basis.Property(b => b.CustomText).HasMaxLength(2000);
        basis.HasOne(b => b.LegalDocument).WithMany().HasForeignKey(b => b.LegalDocumentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PlanSection> section)
    {
        section.Property(s => s.Heading).HasMaxLength(500);
        section.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.PlanSectionId).OnDelete(DeleteBehavior.Cascade);
        section.Navigation(s => s.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<SectionItem> item) => item.Property(i => i.Text).HasMaxLength(8000);

    public void Configure(EntityTypeBuilder<Kpi> kpi)
    {
        kpi.Property(k => k.Text).HasMaxLength(2000);
        kpi.Property(k => k.Target).HasPrecision(18, 4);
        kpi.Property(k => k.Unit).HasMaxLength(50);
        kpi.Property(k => k.Group).HasMaxLength(500);
        kpi.HasMany(k => k.Results).WithOne().HasForeignKey(r => r.KpiId).OnDelete(DeleteBehavior.Cascade);
        kpi.Navigation(k => k.Results).HasField("_results").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<KpiResult> result)
    {
        result.Property(r => r.Value).HasPrecision(18, 4);
        result.Property(r => r.Note).HasMaxLength(2000);
        result.Property(r => r.EvidencePath).HasMaxLength(500);
        result.Property(r => r.RecordedBy).HasMaxLength(256);
        result.HasIndex(r => new { r.KpiId, r.Period }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<PlanTask> task)
    {
        task.Property(t => t.Group).HasMaxLength(500);
        task.Property(t => t.Content).HasMaxLength(4000);
        task.Property(t => t.Details).HasMaxLength(8000);
        task.Property(t => t.LeadUnit).HasMaxLength(500);
        task.Property(t => t.CoordinatingUnits).HasMaxLength(1000);
        task.Property(t => t.Product).HasMaxLength(500);
        task.ComplexProperty(t => t.Timeline);
        task.HasMany(t => t.Progress).WithOne().HasForeignKey(p => p.PlanTaskId).OnDelete(DeleteBehavior.Cascade);
        task.Navigation(t => t.Progress).HasField("_progress").UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<TaskProgress> progress)
    {
        progress.Property(p => p.Note).HasMaxLength(4000);
        progress.Property(p => p.RecordedBy).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<ReportingDeadline> deadline)
    {
        deadline.Property(d => d.Name).HasMaxLength(300);
        deadline.Property(d => d.ReceivingUnit).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<BudgetLine> line)
    {
        line.Property(l => l.Content).HasMaxLength(2000);
        line.Property(l => l.Amount).HasPrecision(18, 0);
        line.Property(l => l.FundingSource).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<Responsibility> responsibility)
    {
        responsibility.Property(r => r.Party).HasMaxLength(300);
        responsibility.Property(r => r.Duties).HasMaxLength(8000);
    }

    public void Configure(EntityTypeBuilder<Recipient> recipient)
    {
        recipient.Property(r => r.Name).HasMaxLength(300);
        recipient.Property(r => r.Purpose).HasMaxLength(100);
    }
}
