using CchcPlanner.Deadlines;

namespace CchcPlanner.Web.Deadlines;

/// <summary>
/// Runs <see cref="ReminderRun"/> at start and then every <see cref="ReminderOptions.CheckEveryHours"/> (once a day by
/// default) on the injected clock. Does nothing unless SMTP is configured; a failed pass is logged and the next one tries again.
/// </summary>
internal sealed partial class ReminderWorker(ReminderRun run, ReminderOptions options, TimeProvider time, ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.IsEnabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.CheckEveryHours), time);
        do
        {
            try
            {
                var sent = await run.RunAsync(stoppingToken);
                LogPass(logger, sent);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The service must outlive a database outage; the next pass tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail reminders are off: Reminders:Smtp:Host and Reminders:Smtp:From are not set")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder pass sent {Sent} e-mails")]
    private static partial void LogPass(ILogger logger, int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
