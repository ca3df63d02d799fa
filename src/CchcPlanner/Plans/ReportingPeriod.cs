namespace CchcPlanner.Plans;

/// <summary>A period that KPI results and reports refer to.</summary>
public enum ReportingPeriod
{
    Quarter1 = 1,
    Quarter2 = 2,
    Quarter3 = 3,
    Quarter4 = 4,
    FirstHalf = 5,
    NineMonths = 6,
    Year = 7,
}

public static class ReportingPeriodNames
{
    public static string ToVietnamese(this ReportingPeriod period) => period switch
    {
        ReportingPeriod.Quarter1 => "Quý I",
        ReportingPeriod.Quarter2 => "Quý II",
        ReportingPeriod.Quarter3 => "Quý III",
        ReportingPeriod.Quarter4 => "Quý IV",
        ReportingPeriod.FirstHalf => "6 tháng đầu năm",
        ReportingPeriod.NineMonths => "9 tháng",
        _ => "Năm",
    };
}
