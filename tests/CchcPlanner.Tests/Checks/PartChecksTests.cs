using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

public sealed class PartChecksTests
{
    [Fact]
    public void KpiWithoutTarget_NoComparatorNorTarget_IsAWarningOnTheKpi()
    {
        var plan = CheckPlans.Clean() with
        {
            Kpis = [CheckPlans.Clean().Kpis[0], new KpiJson("Nhà trường sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc", "none", null, null, null)],
        };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.KpiWithoutTarget));

        Assert.Equal((FindingSeverity.Warning, "kpis[1]"), (finding.Severity, finding.Subject));
        Assert.Equal("Nhà trường sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc", finding.Quote);
    }

    [Fact]
    public void TaskWithoutLead_BlankLead_IsAWarningOnTheTask()
    {
        var plan = CheckPlans.WithTask(CheckPlans.Clean(), 1, t => t with { LeadUnit = "  " });

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.TaskWithoutLead));

        Assert.Equal((FindingSeverity.Warning, "tasks[1]"), (finding.Severity, finding.Subject));
        Assert.Equal("Nhiệm vụ chưa có đơn vị, cá nhân chủ trì.", finding.Message);
    }

    [Theory]
    [InlineData("unspecified", null, null)]
    [InlineData("", null, null)]
    [InlineData("byDate", null, null)]
    [InlineData("quarter", null, null)]
    public void TaskWithoutTimeline_NoUsableTime_IsAWarningOnTheTask(string timeline, string? due, int? quarter)
    {
        var plan = CheckPlans.WithTask(CheckPlans.Clean(), 0, t => t with { Timeline = timeline, Due = due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Quarter = quarter });

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.TaskWithoutTimeline));

        Assert.Equal("tasks[0]", finding.Subject);
    }

    [Fact]
    public void TaskChecks_TimedAndLedTasks_FindNothing()
    {
        var plan = CheckPlans.WithTask(CheckPlans.Clean(), 1, t => t with { Timeline = "byDate", Due = new DateOnly(2023, 6, 30) });

        Assert.DoesNotContain(CheckPlans.Check(plan), f => f.Code.StartsWith("task-", StringComparison.Ordinal));
    }

    [Fact]
    public void DeadlineBeforePlan_DueBeforeTheIssueDate_IsAnError()
    {
        var plan = CheckPlans.Clean() with { ReportingDeadlines = [new("Báo cáo năm", "year", new DateOnly(2023, 1, 15), "Phòng Nội vụ Quận 1")] };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.DeadlineBeforePlan));

        Assert.Equal((FindingSeverity.Error, "reportingDeadlines[0]"), (finding.Severity, finding.Subject));
        Assert.Equal("Hạn gửi “Báo cáo năm” (15/01/2023) trước ngày ban hành kế hoạch (01/02/2023).", finding.Message);
    }

    [Fact]
    public void DeadlineBeforePlan_UndatedPlanWithLastYearsDeadline_IsAnError()
    {
        var plan = CheckPlans.Clean() with
        {
            Number = null,
            IssuedOn = null,
            Status = "draft",
            ReportingDeadlines = [new("Báo cáo quý I", "quarter1", new DateOnly(2022, 3, 1), "Phòng Nội vụ Quận 1")],
        };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.DeadlineBeforePlan));

        Assert.Equal("Hạn gửi “Báo cáo quý I” (01/3/2022) thuộc năm trước năm kế hoạch 2023.", finding.Message);
    }

    [Fact]
    public void DeadlineBeforePlan_DueAfterThePlan_FindsNothing()
    {
        Assert.Empty(CheckPlans.Check(CheckPlans.Clean(), CheckCodes.DeadlineBeforePlan));
    }
}
