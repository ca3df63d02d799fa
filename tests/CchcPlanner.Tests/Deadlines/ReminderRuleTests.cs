using System.Globalization;
using CchcPlanner.Deadlines;

namespace CchcPlanner.Tests.Deadlines;

/// <summary>Which reminder a deadline due on 01/03/2043 calls for on each day, 3 days' notice.</summary>
public sealed class ReminderRuleTests
{
    private static readonly DateOnly DueOn = new(2043, 3, 1);

    [Theory]
    [InlineData("2043-02-01", null)]
    [InlineData("2043-02-25", null)]
    [InlineData("2043-02-26", ReminderKind.BeforeDue)]
    [InlineData("2043-02-27", ReminderKind.BeforeDue)]
    [InlineData("2043-03-01", ReminderKind.BeforeDue)]
    [InlineData("2043-03-02", ReminderKind.Overdue)]
    [InlineData("2043-03-08", ReminderKind.Overdue)]
    [InlineData("2043-03-09", null)]
    [InlineData("2043-12-31", null)]
    public void KindOn_ThreeDaysNotice_BeforeFromThreeDaysAheadOverdueFromTheDayAfter(string today, ReminderKind? expected) =>
        Assert.Equal(expected, ReminderRule.KindOn(DueOn, DateOnly.Parse(today, CultureInfo.InvariantCulture), 3));

    [Fact]
    public void KindOn_NoNotice_RemindsOnTheDueDayOnly()
    {
        Assert.Null(ReminderRule.KindOn(DueOn, DueOn.AddDays(-1), 0));
        Assert.Equal(ReminderKind.BeforeDue, ReminderRule.KindOn(DueOn, DueOn, 0));
        Assert.Equal(ReminderKind.Overdue, ReminderRule.KindOn(DueOn, DueOn.AddDays(1), 0));
    }

    [Fact]
    public void KindOn_LeapYear_CountsCalendarDays() =>
        Assert.Equal(ReminderKind.BeforeDue, ReminderRule.KindOn(new DateOnly(2044, 3, 1), new DateOnly(2044, 2, 27), 3));
}
