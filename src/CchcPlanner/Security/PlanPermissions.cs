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
}
