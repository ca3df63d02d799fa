using CchcPlanner.Plans;
using CchcPlanner.Tests.Units;

namespace CchcPlanner.Tests.Plans;

/// <summary>Plans as tests need them; every call builds a new plan of Trường mầm non Tuổi Hồng.</summary>
internal static class TestPlans
{
    public const string Title = "Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2023";

    public static Plan Draft(int year = 2023) => new(TestUnits.TuoiHong(), PlanKind.AnnualCchc, year, Title);

    /// <summary>A 2023 plan brought to <paramref name="status"/> through the workflow.</summary>
    public static Plan In(PlanStatus status)
    {
        var plan = Draft();
        if (status == PlanStatus.Draft)
        {
            return plan;
        }

        plan.Submit();
        if (status == PlanStatus.Returned)
        {
            plan.Return();
        }

        if (status is PlanStatus.Approved or PlanStatus.Issued or PlanStatus.Signed)
        {
            plan.Approve();
        }

        if (status is PlanStatus.Issued or PlanStatus.Signed)
        {
            plan.Issue(16, new DateOnly(2023, 2, 1));
        }

        if (status == PlanStatus.Signed)
        {
            plan.MarkSigned();
        }

        return plan;
    }
}
