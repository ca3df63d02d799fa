using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The kindergarten's drafter sees a report three days overdue in the bell, the notification centre, the calendar and
/// the plan page, each flagged "Quá hạn". The plan is the test's own: the demo kindergarten plan copied to 2043 with its
/// first report due three days ago, issued directly in the database.
/// </summary>
public sealed class DeadlinesTests : BrowserTest
{
    private const string Overdue = "Báo cáo kiểm thử quá hạn 2043";
    private const string OverdueBelow = "Báo cáo kiểm thử quá hạn 2044";

    public DeadlinesTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Drafter_OverdueReport_IsFlaggedInTheBellNoticesCalendarAndPlan()
    {
        var dueOn = VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow).AddDays(-3);
        var id = await IssuedPlanWithOverdueReportAsync(dueOn);
        await SignInAsync("soanthao@demo.vn");

        var bell = Page.Locator("a.notification-bell");
        await Expect(bell).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(@"Thông báo: [1-9]\d* việc quá hạn"));
        await bell.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo", Exact = true })).ToBeVisibleAsync();
        var notice = Page.Locator("section[aria-labelledby=overdue-heading] tr", new() { HasText = Overdue });
        await Expect(notice).ToContainTextAsync("Quá hạn");
        await Expect(notice).ToContainTextAsync(VietnameseDates.Table(dueOn));
        await Expect(notice).ToContainTextAsync("Trường mầm non Tuổi Hồng");
        await ScreenshotAsync("deadlines-notices");

        await Page.GetByRole(AriaRole.Menuitem, new() { Name = "Lịch báo cáo" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lịch báo cáo" })).ToBeVisibleAsync();
        var month = dueOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await OpenAsync($"lich?thang={month}");
        await Expect(Page.Locator(".calendar-month")).ToHaveTextAsync($"Tháng {dueOn:MM}/{dueOn.Year}");
        var chip = Page.Locator($".month-grid [aria-label='{VietnameseDates.Table(dueOn)}'] .deadline-chip", new() { HasText = Overdue });
        await Expect(chip).ToHaveTextAsync($"Quá hạn: {Overdue}");
        await Expect(Page.Locator(".deadline-table tr", new() { HasText = Overdue }).Locator(".deadline-badge")).ToHaveTextAsync("Quá hạn");
        await ScreenshotAsync("deadlines-calendar");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Tháng sau" }).ClickAsync();
        var next = dueOn.AddMonths(1);
        await Expect(Page.Locator(".calendar-month")).ToHaveTextAsync($"Tháng {next:MM}/{next.Year}");
        await Expect(Page.Locator(".deadline-chip", new() { HasText = Overdue })).ToHaveCountAsync(0);

        await OpenAsync($"ke-hoach/{id}");
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Báo cáo, kinh phí" }).ClickAsync();
        var row = Page.Locator(".plan-deadlines tr", new() { HasText = Overdue });
        await Expect(row.Locator(".deadline-badge")).ToHaveTextAsync("Quá hạn");
        await ScreenshotAsync("deadlines-plan");
    }

    [Fact]
    public async Task Reviewer_SeesTheSchoolsOverdueReport_AnotherDistrictDoesNot()
    {
        var dueOn = VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow).AddDays(-2);
        await IssuedPlanWithOverdueReportAsync(dueOn, 2044, OverdueBelow);
        await SignInAsync("thamdinh@demo.vn");
        await OpenAsync("thong-bao");
        var notice = Page.Locator("section[aria-labelledby=overdue-heading] tr", new() { HasText = OverdueBelow });
        await Expect(notice).ToContainTextAsync("Trường mầm non Tuổi Hồng");
        await Expect(notice.Locator(".deadline-badge")).ToHaveTextAsync("Quá hạn");
        await ScreenshotAsync("deadlines-reviewer-notices");

        var stranger = await OpenSecondBrowserAsync();
        await SignInAsync(stranger, "ninhgiang@demo.vn");
        await OpenAsync(stranger, $"lich?thang={dueOn.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Các hạn trong tháng" })).ToBeVisibleAsync();
        await Expect(stranger.GetByText(OverdueBelow)).ToHaveCountAsync(0);
        await OpenAsync(stranger, "thong-bao");
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Thông báo", Exact = true })).ToBeVisibleAsync();
        await Expect(stranger.GetByText(OverdueBelow)).ToHaveCountAsync(0);
    }

    /// <summary>The demo kindergarten plan of 2023 carried to <paramref name="year"/>, its first report due on <paramref name="dueOn"/>, then issued.</summary>
    private Task<int> IssuedPlanWithOverdueReportAsync(DateOnly dueOn, int year = 2043, string name = Overdue) =>
        App.IssuedKindergartenCopyAsync(year, number: 43, plan =>
        {
            var first = plan.ReportingDeadlines[0];
            plan.ChangeReportingDeadline(first, name, first.Period, dueOn, first.ReceivingUnit);
        });
}
