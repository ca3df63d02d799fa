using CchcPlanner.Overview;

namespace CchcPlanner.Tests.Overview;

public sealed class LatenessTests
{
    private static readonly DateOnly Due = new(2024, 1, 12);
    private static readonly DateOnly Today = new(2024, 1, 20);

    [Theory]
    [InlineData(10, 0)]
    [InlineData(12, 0)]
    [InlineData(15, 3)]
    public void DaysLate_Submitted_CountsFromTheDeadlineToTheFirstSubmission(int day, int expected)
    {
        Assert.Equal(expected, Lateness.DaysLate(Due, new DateOnly(2024, 1, day), stillOwed: false, Today));
    }

    [Fact]
    public void DaysLate_StillOwedAfterTheDeadline_CountsToToday()
    {
        Assert.Equal(8, Lateness.DaysLate(Due, null, stillOwed: true, Today));
    }

    [Fact]
    public void DaysLate_StillOwedBeforeTheDeadline_IsZero()
    {
        Assert.Equal(0, Lateness.DaysLate(Due, null, stillOwed: true, new DateOnly(2024, 1, 5)));
    }

    [Fact]
    public void DaysLate_NoDeadline_IsZero()
    {
        Assert.Equal(0, Lateness.DaysLate(null, new DateOnly(2024, 3, 1), stillOwed: false, Today));
    }

    [Fact]
    public void DaysLate_ApprovedWithoutARecordedSubmission_IsZero()
    {
        Assert.Equal(0, Lateness.DaysLate(Due, null, stillOwed: false, Today));
    }
}
