using System.Globalization;

namespace CchcPlanner.Plans;

public static class PlanNumbers
{
    /// <summary>
    /// <c>16/KH-MNTH</c>; a number below 10 takes a leading zero (<c>05/KH-MNTH</c>);
    /// an unnumbered plan leaves the blank the clerk fills by hand (<c>      /KH-MNTH</c>).
    /// </summary>
    public static string Format(int? number, string symbol) =>
        number is { } n ? $"{n.ToString("00", CultureInfo.InvariantCulture)}/{symbol}" : $"      /{symbol}";
}
