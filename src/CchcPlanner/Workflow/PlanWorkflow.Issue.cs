using CchcPlanner.Common;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Register;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Workflow;

/// <summary>Issuing: the clerk gives an approved plan the next number of the unit's register and its date.</summary>
public sealed partial class PlanWorkflow
{
    /// <summary>
    /// Issues an approved plan: the next number of the register of the plan's unit for the year of
    /// <paramref name="issuedOn"/> (today in Viet Nam when not given), a line in the register, and an entry in the
    /// catalogue so that the units below can cite it. The date may not be in the future, nor before the date of the last
    /// line of the register (numbers and dates go up together).
    /// </summary>
    public async Task<LifecycleResult<PlanState>> IssueAsync(
        CurrentUser clerk, int planId, Guid version, DateOnly? issuedOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        var today = VietnameseDates.DateInVietnam(time.GetUtcNow());
        var date = issuedOn ?? today;
        if (date > today)
        {
            return LifecycleResult.Refused<PlanState>($"Ngày ban hành không được sau ngày hôm nay ({VietnameseDates.Table(today)}).");
        }

        return await StepAsync(clerk, planId, version, WorkflowAction.Issue, null, WorkflowPermissions.WhyNotRegister, async (db, plan) =>
        {
            var number = await DocumentRegister.TakeNextNumberAsync(db, plan.UnitId, date.Year, DocumentRegister.PlanType, cancellationToken);
            var lastDate = await db.RegisterEntries
                .Where(e => e.UnitId == plan.UnitId && e.Year == date.Year && e.DocumentType == DocumentRegister.PlanType)
                .MaxAsync(e => (DateOnly?)e.IssuedOn, cancellationToken);
            if (lastDate > date)
            {
                throw new DomainRuleException(
                    $"Ngày ban hành không được trước ngày của văn bản vào sổ gần nhất ({VietnameseDates.Table(lastDate.Value)}).");
            }

            plan.Issue(number, date);
            db.RegisterEntries.Add(new RegisterEntry(plan, DocumentRegister.PlanType, clerk.FullName));
            await PlanCitations.EnsureCataloguedAsync(db, plan, cancellationToken);
            var issued = $"Số {plan.NumberAndSymbol}, ngày {VietnameseDates.Table(date)}";
            return new StepRecord($"{issued}: {plan.Title}", Note: issued);
        }, cancellationToken);
    }
}
