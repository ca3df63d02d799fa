using System.Globalization;

namespace CchcPlanner.Common;

/// <summary>Dates in the forms Nghị định 30/2020/NĐ-CP and Vietnamese readers expect.</summary>
public static class VietnameseDates
{
    /// <summary>Day below 10 and months 1 and 2 take a leading zero (Phụ lục I, NĐ 30/2020).</summary>
    public static string Day(int day) => day.ToString("00", CultureInfo.InvariantCulture);

    public static string Month(int month) =>
        month < 3 ? month.ToString("00", CultureInfo.InvariantCulture) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>ngày 05 tháng 01 năm 2023</c>.</summary>
    public static string Official(DateOnly date) =>
        $"ngày {Day(date.Day)} tháng {Month(date.Month)} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>Quận 1, ngày 05 tháng 01 năm 2023</c>; a missing date leaves blanks for the clerk.</summary>
    public static string PlaceAndDate(string place, DateOnly? date, int year) =>
        date is { } d
            ? $"{place}, {Official(d)}"
            : $"{place}, ngày      tháng      năm {year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The short form used inside citations: <c>15/7/2021</c>, <c>05/01/2023</c>.</summary>
    public static string Citation(DateOnly date) =>
        $"{Day(date.Day)}/{Month(date.Month)}/{date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>dd/MM/yyyy, for tables and lists.</summary>
    public static string Table(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Viet Nam's time zone (UTC+7, no daylight saving): users read times there, whatever the server's zone.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>dd/MM/yyyy HH:mm in Viet Nam time.</summary>
    public static string Table(DateTimeOffset moment) =>
        InVietnam(moment).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The day a moment falls on in Viet Nam.</summary>
    public static DateOnly DateInVietnam(DateTimeOffset moment) => DateOnly.FromDateTime(InVietnam(moment).DateTime);

    public static DateTimeOffset InVietnam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time-zone data: Viet Nam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
