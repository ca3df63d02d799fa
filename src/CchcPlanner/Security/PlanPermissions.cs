using CchcPlanner.Identity;
using CchcPlanner.Plans;

namespace CchcPlanner.Security;

/// <summary>Who may write what. Reading is <see cref="AccessScope"/>'s business.</summary>
public static class PlanPermissions
{
    /// <summary>Drafters and heads write their own unit's plans.</summary>
    public static bool CanDraftFor(CurrentUser user, int unitId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.UnitId == unitId && (user.IsIn(Roles.Drafter) || user.IsIn(Roles.Head));
    }

    /// <summary>Why the user may not edit this plan, or null when they may.</summary>
    public static string? WhyNotEditable(CurrentUser user, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!CanDraftFor(user, plan.UnitId))
        {
            return "Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được sửa kế hoạch này.";
        }

        return plan.IsEditable
            ? null
            : $"Kế hoạch đang ở trạng thái \"{plan.Status.ToVietnamese()}\" nên không sửa được.";
    }

    /// <summary>
    /// Why the user may not record results (KPI values, task progress) of this plan, or null when they may: the plan's own
    /// drafters and head record them once the plan is in force (issued, or signed and scanned); reviewers above only read.
    /// </summary>
    public static string? WhyNotRecordResults(CurrentUser user, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!CanDraftFor(user, plan.UnitId))
        {
            return "Chỉ cán bộ soạn thảo hoặc thủ trưởng của đơn vị ban hành mới được nhập kết quả thực hiện kế hoạch này.";
        }

        return plan.Status is PlanStatus.Issued or PlanStatus.Signed
            ? null
            : $"Kế hoạch đang ở trạng thái \"{plan.Status.ToVietnamese()}\"; chỉ nhập kết quả khi kế hoạch đã được ban hành.";
    }
}
