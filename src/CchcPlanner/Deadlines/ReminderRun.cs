using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcPlanner.Deadlines;

/// <summary>
/// One pass of the e-mail reminders: every deadline that calls for a reminder today (<see cref="ReminderRule"/>) and is not
/// met goes to each active user of the unit that owes it, unless the log shows it already went to them. Each message is
/// logged as it is sent; a failure is logged and tried again on the next pass, and never stops the others.
/// </summary>
public sealed partial class ReminderRun(
    IDbContextFactory<CchcDbContext> contexts, TimeProvider time, ReminderOptions options, IReminderMailer mailer, ILogger<ReminderRun> logger)
{
    private sealed record Due(string Key, int UnitId, DateOnly DueOn, string Title, string Detail, ReminderKind Kind);

    /// <summary>Sends what is due today; returns how many messages went out.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = VietnameseDates.DateInVietnam(time.GetUtcNow());
        var (from, to) = (today.AddDays(-1 - ReminderRule.CatchUpDays), today.AddDays(options.DaysBefore));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = new List<(string Key, int UnitId, DateOnly DueOn, string Title, string Detail)>();
        foreach (var report in await DeadlineFacts.ReportsAsync(db, db.Plans, from, to, cancellationToken))
        {
            if (!report.Done)
            {
                due.Add((DeadlineFacts.ReportKey(report.Id, report.DueOn), report.UnitId, report.DueOn, report.Name,
                    $"{report.Period.ToVietnamese()}, gửi {report.ReceivingUnit} ({report.PlanTitle})"));
            }
        }

        foreach (var deadline in await DeadlineFacts.SubmissionsAsync(db, db.SubmissionDeadlines, from, to, cancellationToken))
        {
            foreach (var unit in (await DeadlineFacts.SubjectsAsync(db, deadline, cancellationToken)).Where(u => !u.Done))
            {
                due.Add((DeadlineFacts.SubmissionKey(deadline.Id, deadline.DueOn, unit.Id), unit.Id, deadline.DueOn,
                    $"Gửi {deadline.Title}", $"gửi {deadline.ReviewingUnitName}"));
            }
        }

        var reminders = due
            .Select(d => ReminderRule.KindOn(d.DueOn, today, options.DaysBefore) is { } kind ? new Due(d.Key, d.UnitId, d.DueOn, d.Title, d.Detail, kind) : null)
            .OfType<Due>()
            .ToList();
        if (reminders.Count == 0)
        {
            return 0;
        }

        var unitIds = reminders.Select(r => r.UnitId).Distinct().ToList();
        var keys = reminders.Select(r => r.Key).Distinct().ToList();
        var users = (await db.Users.AsNoTracking()
            .Where(u => unitIds.Contains(u.UnitId) && u.IsActive && u.Email != null)
            .Select(u => new { u.UnitId, Email = u.Email!, u.FullName })
            .ToListAsync(cancellationToken))
            .ToLookup(u => u.UnitId);
        var sent = (await db.Set<SentReminder>().AsNoTracking().Where(s => keys.Contains(s.DeadlineKey))
            .Select(s => new { s.DeadlineKey, s.Kind, s.Recipient })
            .ToListAsync(cancellationToken))
            .Select(s => (s.DeadlineKey, s.Kind, s.Recipient.ToUpperInvariant()))
            .ToHashSet();

        var count = 0;
        foreach (var reminder in reminders)
        {
            foreach (var user in users[reminder.UnitId].Where(u => !sent.Contains((reminder.Key, reminder.Kind, u.Email.ToUpperInvariant()))))
            {
                try
                {
                    var (subject, body) = Message(reminder, user.FullName, today);
                    await mailer.SendAsync(user.Email, subject, body, cancellationToken);
                    db.Add(new SentReminder(reminder.Key, reminder.Kind, reminder.UnitId, user.Email, reminder.DueOn, time.GetUtcNow()));
                    await db.SaveChangesAsync(cancellationToken);
                    count++;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // One failed message (a refused address, an unreachable server) must not stop the others.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogFailed(logger, ex, reminder.Key, reminder.Kind, user.Email);
                    db.ChangeTracker.Clear();
                }
            }
        }

        return count;
    }

    private (string Subject, string Body) Message(Due reminder, string fullName, DateOnly today)
    {
        var dueText = VietnameseDates.Table(reminder.DueOn);
        var subject = reminder.Kind == ReminderKind.Overdue
            ? $"Quá hạn: {reminder.Title} (hạn {dueText})"
            : $"Nhắc hạn: {reminder.Title} (hạn {dueText})";
        var body = new StringBuilder()
            .Append("Kính gửi ").Append(fullName).AppendLine(",").AppendLine()
            .Append(reminder.Title).Append(" – ").Append(reminder.Detail).Append(" – có hạn ngày ").Append(dueText).AppendLine(".")
            .AppendLine(reminder.Kind == ReminderKind.Overdue
                ? $"Đến ngày {VietnameseDates.Table(today)} việc này vẫn chưa hoàn thành; đề nghị khẩn trương thực hiện."
                : $"Còn {reminder.DueOn.DayNumber - today.DayNumber} ngày đến hạn.");
        if (!string.IsNullOrWhiteSpace(options.AppUrl))
        {
            body.AppendLine().Append("Xem lịch báo cáo: ").Append(options.AppUrl.TrimEnd('/')).AppendLine("/lich");
        }

        body.AppendLine().AppendLine("Thư này do CchcPlanner gửi tự động; vui lòng không trả lời.");
        return (subject, body.ToString());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {Key} ({Kind}) to {Recipient} was not sent")]
    private static partial void LogFailed(ILogger logger, Exception exception, string key, ReminderKind kind, string recipient);
}
