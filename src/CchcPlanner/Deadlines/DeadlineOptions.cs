using Microsoft.Extensions.Configuration;

namespace CchcPlanner.Deadlines;

/// <summary>Settings of the calendar and the notification centre (section <c>Deadlines</c>).</summary>
public sealed record DeadlineOptions(int DueSoonDays = 7, int OverdueLookbackDays = 180)
{
    public const string Section = "Deadlines";

    public static DeadlineOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        return new DeadlineOptions(
            Math.Max(0, section.GetValue(nameof(DueSoonDays), 7)),
            Math.Max(0, section.GetValue(nameof(OverdueLookbackDays), 180)));
    }
}
