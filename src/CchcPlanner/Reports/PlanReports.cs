using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Reports;

/// <summary>A report already made on a plan, as the plan's page lists it.</summary>
public sealed record ReportListRow(int Id, ReportingPeriod Period, string Title, string NumberAndSymbol, PlanStatus Status);

/// <summary>
/// Makes the reports (<see cref="PlanKind.Report"/>) on a plan. Who may make one is who may record the plan's results
/// (<see cref="PlanPermissions.WhyNotRecordResults"/>: the drafters and head of the plan's unit, once the plan is issued);
/// the report is then a draft of that unit, edited, submitted, reviewed and rendered as any plan. One report per plan and
/// period: asking again opens the one there is.
/// </summary>
public sealed class PlanReports(IDbContextFactory<CchcDbContext> contexts)
{
    public const string NotFound = "Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem.";

    /// <summary>The id of the new report (or of the one already made for the period).</summary>
    public async Task<LifecycleResult<int>> CreateAsync(CurrentUser user, int planId, ReportingPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransactions.BeginAsync(db, cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var plan = await WithResults(scope.ReviewablePlans(db.Plans.Where(p => p.Id == planId))).SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return LifecycleResult.Refused<int>(NotFound);
        }

        if (plan.IsReport)
        {
            return LifecycleResult.Refused<int>("Đây là một báo cáo; hãy lập báo cáo từ trang của kế hoạch.");
        }

        if (PlanPermissions.WhyNotRecordResults(user, plan) is { } refusal)
        {
            return LifecycleResult.Refused<int>(refusal.Replace("nhập kết quả thực hiện", "lập báo cáo kết quả thực hiện", StringComparison.Ordinal)
                .Replace("chỉ nhập kết quả", "chỉ lập báo cáo", StringComparison.Ordinal));
        }

        var existing = await db.Plans.Where(p => p.ReportOnPlanId == planId && p.ReportPeriod == period).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return LifecycleResult.Done(id);
        }

        Plan report;
        try
        {
            report = ReportTemplate.Create(plan, period);
        }
        catch (DomainRuleException e)
        {
            return LifecycleResult.Refused<int>(e.Message);
        }

        report.NoteEditor(user.FullName);
        db.Plans.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.By(user, AuditActions.PlanCreated, report.Id, $"{report.Title} (báo cáo về kế hoạch {plan.NumberAndSymbol.Trim()})"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(report.Id);
    }

    /// <summary>The reports made on a plan that the user may read, by period.</summary>
    public async Task<IReadOnlyList<ReportListRow>> ListAsync(CurrentUser user, int planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var rows = await scope.ReviewablePlans(db.Plans.AsNoTracking().Where(p => p.ReportOnPlanId == planId))
            .Select(p => new { p.Id, p.ReportPeriod, p.Title, p.Number, p.Symbol, p.Status })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.ReportPeriod)
            .Select(r => new ReportListRow(r.Id, r.ReportPeriod ?? ReportingPeriod.Year, r.Title, PlanNumbers.Format(r.Number, r.Symbol), r.Status)).ToList();
    }

    /// <summary>
    /// Freezes a report's content again from its plan as it is now (called when the report is submitted, so that the
    /// version the reviewer reads carries the results entered since it was created). A plan that is gone leaves it as it was.
    /// </summary>
    public static async Task RefreezeAsync(CchcDbContext db, Plan report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        if (!report.IsReport || report.ReportOnPlanId is not { } planId || report.ReportPeriod is not { } period)
        {
            return;
        }

        var plan = await WithResults(db.Plans.AsNoTracking().Where(p => p.Id == planId)).SingleOrDefaultAsync(cancellationToken);
        if (plan is not null)
        {
            report.FreezeReport(ReportContentBuilder.Build(plan, period));
        }
    }

    private static IQueryable<Plan> WithResults(IQueryable<Plan> plans) => plans
        .Include(p => p.Unit).ThenInclude(u => u.Parent)
        .Include(p => p.Kpis).ThenInclude(k => k.Results)
        .Include(p => p.Tasks).ThenInclude(t => t.Progress)
        .Include(p => p.ReportingDeadlines)
        .AsSplitQuery();
}
