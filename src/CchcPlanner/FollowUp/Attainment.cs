using CchcPlanner.Plans;

namespace CchcPlanner.FollowUp;

/// <summary>Where a KPI's result for one reporting period stands against its target.</summary>
public enum Attainment
{
    /// <summary>No value was recorded for the period.</summary>
    NoResult = 0,

    /// <summary>The value satisfies the target.</summary>
    Met = 1,

    /// <summary>A value recorded before the year's end misses the target: the year can still be saved.</summary>
    AtRisk = 2,

    /// <summary>The value of the last quarter or of the year misses the target.</summary>
    NotMet = 3,

    /// <summary>The KPI has no measurable target (comparator <see cref="Comparator.None"/>), so a value cannot be judged.</summary>
    NoTarget = 4,
}

/// <summary>
/// The attainment rule (docs/follow-up.md). Values are compared with the target exactly, as decimals, with no tolerance:
/// <c>trên 86%</c> is not met by 86 and is met by 86.01. <c>đạt X</c> (<see cref="Comparator.Exactly"/>) reads as
/// "reach X": doing more than planned is <c>vượt chỉ tiêu</c>, never a failure, so it is met by any value ≥ X (for the
/// usual <c>đạt 100%</c> only 100 meets it). A value that misses the target is <see cref="Attainment.NotMet"/> when it
/// is final (<see cref="ReportingPeriod.Quarter4"/>, <see cref="ReportingPeriod.Year"/>) and <see cref="Attainment.AtRisk"/>
/// for the periods during the year (quarters I–III, six months, nine months), whose results the unit can still improve.
/// </summary>
public static class AttainmentRule
{
    public static Attainment Assess(Comparator comparator, decimal? target, decimal? value, ReportingPeriod period)
    {
        if (comparator == Comparator.None || target is null)
        {
            return Attainment.NoTarget;
        }

        if (value is not { } actual)
        {
            return Attainment.NoResult;
        }

        if (Satisfies(comparator, target.Value, actual))
        {
            return Attainment.Met;
        }

        return period.IsFinal() ? Attainment.NotMet : Attainment.AtRisk;
    }

    /// <summary>The KPI's recorded result for the period, judged.</summary>
    public static Attainment Assess(Kpi kpi, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        var value = kpi.Results.FirstOrDefault(r => r.Period == period)?.Value;
        return Assess(kpi.Comparator, kpi.Target, value, period);
    }

    /// <summary>The last quarter and the year close the plan's year: a miss there is final.</summary>
    public static bool IsFinal(this ReportingPeriod period) => period is ReportingPeriod.Quarter4 or ReportingPeriod.Year;

    public static string ToVietnamese(this Attainment attainment) => attainment switch
    {
        Attainment.Met => "Đạt",
        Attainment.AtRisk => "Có nguy cơ không đạt",
        Attainment.NotMet => "Chưa đạt",
        Attainment.NoTarget => "Không có mục tiêu định lượng",
        _ => "Chưa có số liệu",
    };

    private static bool Satisfies(Comparator comparator, decimal target, decimal value) => comparator switch
    {
        Comparator.AtLeast or Comparator.Exactly => value >= target,
        Comparator.AtMost => value <= target,
        Comparator.MoreThan => value > target,
        Comparator.LessThan => value < target,
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "Not a comparator with a target."),
    };
}
