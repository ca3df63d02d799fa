using System.Globalization;
using CchcPlanner.Common;

namespace CchcPlanner.Plans;

public enum TimelineKind
{
    /// <summary>Not set yet (a checker finding once submitted).</summary>
    Unspecified = 0,

    /// <summary><c>Thường xuyên</c>.</summary>
    Ongoing = 1,

    /// <summary>By a date: <c>Trước ngày 30/6/2023</c>.</summary>
    ByDate = 2,

    /// <summary>Within a quarter: <c>Quý II/2023</c>.</summary>
    Quarter = 3,
}

/// <summary>When a task is to be done: ongoing, by a date, or within a quarter.</summary>
public sealed record TaskTimeline
{
    private TaskTimeline(TimelineKind kind, DateOnly? dueOn, int? quarter, int? year)
    {
        Kind = kind;
        DueOn = dueOn;
        Quarter = quarter;
        Year = year;
    }

    public static TaskTimeline Unspecified { get; } = new(TimelineKind.Unspecified, null, null, null);

    public static TaskTimeline Ongoing { get; } = new(TimelineKind.Ongoing, null, null, null);

    public TimelineKind Kind { get; private init; }

    public DateOnly? DueOn { get; private init; }

    public int? Quarter { get; private init; }

    public int? Year { get; private init; }

    public static TaskTimeline By(DateOnly date) => new(TimelineKind.ByDate, date, null, null);

    public static TaskTimeline InQuarter(int quarter, int year)
    {
        if (quarter is < 1 or > 4)
        {
            throw new DomainRuleException("Quý phải từ I đến IV.");
        }

        PlanYear.Validate(year);
        return new TaskTimeline(TimelineKind.Quarter, null, quarter, year);
    }

    /// <summary>Rebuilds a stored timeline; used by persistence.</summary>
    internal static TaskTimeline FromStored(TimelineKind kind, DateOnly? dueOn, int? quarter, int? year) =>
        kind switch
        {
            TimelineKind.Ongoing => Ongoing,
            TimelineKind.ByDate when dueOn is { } d => By(d),
            TimelineKind.Quarter when quarter is { } q && year is { } y => InQuarter(q, y),
            _ => Unspecified,
        };

    public override string ToString() => Kind switch
    {
        TimelineKind.Ongoing => "Thường xuyên",
        TimelineKind.ByDate => $"Trước ngày {VietnameseDates.Table(DueOn!.Value)}",
        TimelineKind.Quarter => $"Quý {RomanNumerals.Of(Quarter!.Value)}/{Year!.Value.ToString(CultureInfo.InvariantCulture)}",
        _ => string.Empty,
    };
}
