using Microsoft.Extensions.Configuration;

namespace CchcPlanner.Deadlines;

/// <summary>
/// E-mail reminders (section <c>Reminders</c>); off unless <c>Reminders:Smtp:Host</c> and <c>Reminders:Smtp:From</c> are set.
/// </summary>
public sealed record ReminderOptions
{
    public const string Section = "Reminders";

    public int DaysBefore { get; init; } = 3;

    /// <summary>How often the service looks for reminders to send; once a day by default.</summary>
    public double CheckEveryHours { get; init; } = 24;

    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 25;

    public bool SmtpEnableSsl { get; init; }

    public string? SmtpUserName { get; init; }

    public string? SmtpPassword { get; init; }

    public string? From { get; init; }

    /// <summary>The app's address, for the link in the message (<c>https://cchc.example.gov.vn/</c>); no link when empty.</summary>
    public string? AppUrl { get; init; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(SmtpHost) && !string.IsNullOrWhiteSpace(From);

    public static ReminderOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var smtp = section.GetSection("Smtp");
        return new ReminderOptions
        {
            DaysBefore = Math.Max(0, section.GetValue(nameof(DaysBefore), 3)),
            CheckEveryHours = Math.Max(0.01, section.GetValue(nameof(CheckEveryHours), 24d)),
            AppUrl = section.GetValue<string?>(nameof(AppUrl)),
            SmtpHost = smtp.GetValue<string?>("Host"),
            SmtpPort = smtp.GetValue("Port", 25),
            SmtpEnableSsl = smtp.GetValue("EnableSsl", false),
            SmtpUserName = smtp.GetValue<string?>("UserName"),
            SmtpPassword = smtp.GetValue<string?>("Password"),
            From = smtp.GetValue<string?>("From"),
        };
    }
}
