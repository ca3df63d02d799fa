using CchcPlanner.Deadlines;

namespace CchcPlanner.Web.Deadlines;

internal static class DeadlineSetup
{
    /// <summary>The calendar and notification centre, and the e-mail reminders (which run only when SMTP is configured).</summary>
    public static void AddCchcDeadlines(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(DeadlineOptions.Read(builder.Configuration));
        builder.Services.AddScoped<DeadlineCalendar>();
        builder.Services.AddSingleton(ReminderOptions.Read(builder.Configuration));
        builder.Services.AddSingleton<IReminderMailer, SmtpReminderMailer>();
        builder.Services.AddSingleton<ReminderRun>();
        builder.Services.AddHostedService<ReminderWorker>();
    }
}
