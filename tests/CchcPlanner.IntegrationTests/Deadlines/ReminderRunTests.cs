using CchcPlanner.Data;
using CchcPlanner.Deadlines;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcPlanner.IntegrationTests.Deadlines;

/// <summary>
/// The e-mail reminders over SMTP to a listener the test starts, on a test clock: three days before a deadline and the
/// day after it, to the active users of the unit that owes it, each once.
/// </summary>
public sealed class ReminderRunTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RunAsync_DayByDay_RemindsOnTheRightDaysAndNeverTwice(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        await using var smtp = new SmtpListener();
        var world = await WorkflowWorld.CreateAsync(database);
        var reviewer = WorkflowWorld.As(world.Units.District1, Roles.Reviewer, "Lê Văn Minh");
        await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        await world.PlanAsync(world.Units.NinhGiang, PlanStatus.Issued);
        Assert.True((await new PlanOverview(database, database.Clock).SetDeadlineAsync(reviewer, 2025, PlanKind.AnnualCchc, new DateOnly(2024, 3, 1), Token)).Succeeded);
        await AddUserAsync(database, world.Units.TuoiHong, "soanthao@tuoihong.edu.vn", "Nguyễn Thị Thu Hà");
        await AddUserAsync(database, world.Units.TuoiHong, "hieutruong@tuoihong.edu.vn", "Vũ Thị Ngọc Bắc");
        await AddUserAsync(database, world.Units.TuoiHong, "nghiviec@tuoihong.edu.vn", "Người đã nghỉ", active: false);
        var (run, _) = Run(database, smtp.Port);

        async Task<List<SmtpMessage>> OnAsync(int month, int day)
        {
            database.Clock.Now = new DateTimeOffset(2024, month, day, 7, 0, 0, TimeSpan.FromHours(7));
            var sent = await run.RunAsync(Token);
            var messages = smtp.Take();
            Assert.Equal(sent, messages.Count);
            return messages;
        }

        // 2024 is a leap year: three days before 01/03 is 27/02.
        Assert.Empty(await OnAsync(2, 26));
        var before = await OnAsync(2, 27);
        Assert.Empty(await OnAsync(2, 27));
        Assert.Empty(await OnAsync(2, 29));
        await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Submitted, 2025);
        var after = await OnAsync(3, 2);
        Assert.Empty(await OnAsync(3, 3));
        Assert.Empty(await OnAsync(3, 20));

        Assert.Equal(
            [
                "hieutruong@tuoihong.edu.vn Nhắc hạn: Báo cáo quý I (hạn 01/03/2024)",
                "hieutruong@tuoihong.edu.vn Nhắc hạn: Gửi Kế hoạch CCHC hằng năm 2025 (hạn 01/03/2024)",
                "soanthao@tuoihong.edu.vn Nhắc hạn: Báo cáo quý I (hạn 01/03/2024)",
                "soanthao@tuoihong.edu.vn Nhắc hạn: Gửi Kế hoạch CCHC hằng năm 2025 (hạn 01/03/2024)",
            ],
            before.Select(m => $"{Assert.Single(m.To)} {m.Subject}").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["hieutruong@tuoihong.edu.vn Quá hạn: Báo cáo quý I (hạn 01/03/2024)", "soanthao@tuoihong.edu.vn Quá hạn: Báo cáo quý I (hạn 01/03/2024)"],
            after.Select(m => $"{Assert.Single(m.To)} {m.Subject}").Order(StringComparer.Ordinal));
        Assert.All(before.Concat(after), m => Assert.Equal("nhac-han@cchc.test", m.From));
        await using var db = database.CreateDbContext();
        Assert.Equal(6, await db.Set<SentReminder>().CountAsync(Token));
        Assert.Equal(2, await db.Set<SentReminder>().CountAsync(r => r.Kind == ReminderKind.Overdue && r.DueOn == new DateOnly(2024, 3, 1), Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RunAsync_SmtpServerDown_LogsRecordsNothingAndSendsOnTheNextPass(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        await world.PlanAsync(world.Units.TuoiHong, PlanStatus.Issued);
        await AddUserAsync(database, world.Units.TuoiHong, "soanthao@tuoihong.edu.vn", "Nguyễn Thị Thu Hà");
        database.Clock.Now = new DateTimeOffset(2024, 2, 27, 7, 0, 0, TimeSpan.FromHours(7));
        int closedPort;
        await using (var gone = new SmtpListener())
        {
            closedPort = gone.Port;
        }

        var (down, logs) = Run(database, closedPort);
        Assert.Equal(0, await down.RunAsync(Token));
        Assert.Contains(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("soanthao@tuoihong.edu.vn", StringComparison.Ordinal));
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(0, await db.Set<SentReminder>().CountAsync(Token));
        }

        await using var smtp = new SmtpListener();
        var (up, _) = Run(database, smtp.Port);
        Assert.Equal(1, await up.RunAsync(Token));
        Assert.Equal("Nhắc hạn: Báo cáo quý I (hạn 01/03/2024)", Assert.Single(smtp.Take()).Subject);
    }

    private static (ReminderRun Run, CapturedLogs Logs) Run(TestDatabase database, int port)
    {
        var logs = new CapturedLogs();
#pragma warning disable CA2000 // The factory only hands out loggers writing to the captured lines.
        var factory = new LoggerFactory([logs]);
#pragma warning restore CA2000
        var options = new ReminderOptions { SmtpHost = "127.0.0.1", SmtpPort = port, From = "nhac-han@cchc.test", DaysBefore = 3 };
        return (new ReminderRun(database, database.Clock, options, new SmtpReminderMailer(options), factory.CreateLogger<ReminderRun>()), logs);
    }

    private static async Task AddUserAsync(TestDatabase database, Unit unit, string email, string fullName, bool active = true)
    {
        await using var db = database.CreateDbContext();
        db.Users.Add(new AppUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            FullName = fullName,
            UnitId = unit.Id,
            IsActive = active,
            SecurityStamp = Guid.NewGuid().ToString(),
        });
        await db.SaveChangesAsync(Token);
    }
}
