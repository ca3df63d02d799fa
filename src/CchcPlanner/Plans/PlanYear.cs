using CchcPlanner.Common;

namespace CchcPlanner.Plans;

/// <summary>The plausible years of a plan: the programme era of CCHC plans up to a few years ahead.</summary>
public static class PlanYear
{
    public const int Earliest = 2000;
    public const int Latest = 2100;

    public static int Validate(int year) =>
        year is < Earliest or > Latest
            ? throw new DomainRuleException($"Năm kế hoạch phải nằm trong khoảng {Earliest}–{Latest}.")
            : year;
}
