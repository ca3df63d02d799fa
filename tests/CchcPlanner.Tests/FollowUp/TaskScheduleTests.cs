using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.FollowUp;

/// <summary>The overdue rule: past the last day of the timeline and not completed; ongoing and unset timelines never.</summary>
public sealed class TaskScheduleTests
{
    private static readonly TaskTimeline ByJune30 = TaskTimeline.By(new DateOnly(2041, 6, 30));

    [Theory]
    [InlineData("2041-06-29", false)]
    [InlineData("2041-06-30", false)]
    [InlineData("2041-07-01", true)]
    [InlineData("2042-01-01", true)]
    public void IsOverdue_ByADate_FromTheDayAfter(string today, bool overdue) =>
        Assert.Equal(overdue, TaskSchedule.IsOverdue(ByJune30, PlanTaskStatus.InProgress, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1, "2041-03-31", false)]
    [InlineData(1, "2041-04-01", true)]
    [InlineData(2, "2041-06-30", false)]
    [InlineData(2, "2041-07-01", true)]
    [InlineData(3, "2041-09-30", false)]
    [InlineData(3, "2041-10-01", true)]
    [InlineData(4, "2041-12-31", false)]
    [InlineData(4, "2042-01-01", true)]
    public void IsOverdue_InAQuarter_AfterItsLastDay(int quarter, string today, bool overdue) =>
        Assert.Equal(overdue, TaskSchedule.IsOverdue(TaskTimeline.InQuarter(quarter, 2041), PlanTaskStatus.NotStarted, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(PlanTaskStatus.NotStarted, true)]
    [InlineData(PlanTaskStatus.InProgress, true)]
    [InlineData(PlanTaskStatus.Suspended, true)]
    [InlineData(PlanTaskStatus.Done, false)]
    public void IsOverdue_PastTheTimeline_UnlessCompleted(PlanTaskStatus status, bool overdue) =>
        Assert.Equal(overdue, TaskSchedule.IsOverdue(TaskTimeline.InQuarter(1, 2041), status, new DateOnly(2041, 12, 1)));

    [Fact]
    public void IsOverdue_OngoingOrUnset_Never()
    {
        var farAway = new DateOnly(2099, 1, 1);
        Assert.False(TaskSchedule.IsOverdue(TaskTimeline.Ongoing, PlanTaskStatus.NotStarted, farAway));
        Assert.False(TaskSchedule.IsOverdue(TaskTimeline.Unspecified, PlanTaskStatus.NotStarted, farAway));
        Assert.Null(TaskSchedule.LastDay(TaskTimeline.Ongoing));
    }

    [Fact]
    public void LastDay_OfEachQuarter()
    {
        Assert.Equal(
            [new DateOnly(2040, 3, 31), new DateOnly(2040, 6, 30), new DateOnly(2040, 9, 30), new DateOnly(2040, 12, 31)],
            Enumerable.Range(1, 4).Select(q => TaskSchedule.LastDay(TaskTimeline.InQuarter(q, 2040))!.Value));
    }
}
