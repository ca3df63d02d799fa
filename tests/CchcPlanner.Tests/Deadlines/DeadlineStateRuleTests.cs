using CchcPlanner.Deadlines;

namespace CchcPlanner.Tests.Deadlines;

/// <summary>Where a deadline due on 01/03/2043 stands on each day around it, with "due soon" meaning 7 days.</summary>
public sealed class DeadlineStateRuleTests
{
    private static readonly DateOnly DueOn = new(2043, 3, 1);

    [Theory]
    [InlineData("2043-02-21", DeadlineState.Upcoming)]
    [InlineData("2043-02-22", DeadlineState.DueSoon)]
    [InlineData("2043-02-28", DeadlineState.DueSoon)]
    [InlineData("2043-03-01", DeadlineState.DueSoon)]
    [InlineData("2043-03-02", DeadlineState.Overdue)]
    [InlineData("2044-03-02", DeadlineState.Overdue)]
    public void Of_NotDone_DependsOnTheDaysLeft(string today, DeadlineState expected) =>
        Assert.Equal(expected, DeadlineStates.Of(DueOn, done: false, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 7));

    [Theory]
    [InlineData("2043-01-01")]
    [InlineData("2043-03-01")]
    [InlineData("2043-06-30")]
    public void Of_Done_IsDoneWhateverTheDay(string today) =>
        Assert.Equal(DeadlineState.Done, DeadlineStates.Of(DueOn, done: true, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), 7));

    [Fact]
    public void Of_NoDueSoonWindow_OnlyTheDueDayIsDueSoon()
    {
        Assert.Equal(DeadlineState.Upcoming, DeadlineStates.Of(DueOn, false, DueOn.AddDays(-1), 0));
        Assert.Equal(DeadlineState.DueSoon, DeadlineStates.Of(DueOn, false, DueOn, 0));
        Assert.Equal(DeadlineState.DueSoon, DeadlineStates.Of(DueOn, false, DueOn, -3));
    }

    [Fact]
    public void ToVietnamese_NamesEveryState() =>
        Assert.Equal(
            ["Chưa đến hạn", "Sắp đến hạn", "Quá hạn", "Đã hoàn thành"],
            Enum.GetValues<DeadlineState>().Select(s => s.ToVietnamese()));
}
