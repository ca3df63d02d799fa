using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Plans;

public sealed class TaskTimelineTests
{
    [Fact]
    public void ToString_Ongoing_ReadsThuongXuyen() => Assert.Equal("Thường xuyên", TaskTimeline.Ongoing.ToString());

    [Fact]
    public void ToString_ByDate_ReadsTruocNgay() =>
        Assert.Equal("Trước ngày 30/06/2023", TaskTimeline.By(new DateOnly(2023, 6, 30)).ToString());

    [Theory]
    [InlineData(1, "Quý I/2023")]
    [InlineData(2, "Quý II/2023")]
    [InlineData(3, "Quý III/2023")]
    [InlineData(4, "Quý IV/2023")]
    public void ToString_Quarter_ReadsQuyInRomanNumerals(int quarter, string expected) =>
        Assert.Equal(expected, TaskTimeline.InQuarter(quarter, 2023).ToString());

    [Fact]
    public void ToString_Unspecified_IsEmpty() => Assert.Equal(string.Empty, TaskTimeline.Unspecified.ToString());

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void InQuarter_OutsideOneToFour_Refused(int quarter) =>
        Assert.Throws<DomainRuleException>(() => TaskTimeline.InQuarter(quarter, 2023));

    [Fact]
    public void InQuarter_YearOutsideRange_Refused() => Assert.Throws<DomainRuleException>(() => TaskTimeline.InQuarter(2, 1999));

    [Fact]
    public void Equals_SameQuarter_AreEqual() => Assert.Equal(TaskTimeline.InQuarter(2, 2023), TaskTimeline.InQuarter(2, 2023));
}
