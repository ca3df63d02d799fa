using CchcPlanner.Common;

namespace CchcPlanner.Tests.Common;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData(2023, 1, 5, "ngày 05 tháng 01 năm 2023")]
    [InlineData(2023, 2, 1, "ngày 01 tháng 02 năm 2023")]
    [InlineData(2023, 6, 29, "ngày 29 tháng 6 năm 2023")]
    [InlineData(2022, 12, 16, "ngày 16 tháng 12 năm 2022")]
    public void Official_AppliesLeadingZeroRule(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.Official(new DateOnly(year, month, day)));

    [Fact]
    public void Citation_UsesShortFormWithLeadingZeroRule()
    {
        Assert.Equal("15/7/2021", VietnameseDates.Citation(new DateOnly(2021, 7, 15)));
        Assert.Equal("02/9/2021", VietnameseDates.Citation(new DateOnly(2021, 9, 2)));
        Assert.Equal("10/01/2022", VietnameseDates.Citation(new DateOnly(2022, 1, 10)));
    }

    [Fact]
    public void PlaceAndDate_WithoutDate_LeavesBlanksForTheClerk() =>
        Assert.Equal("Quận 1, ngày      tháng      năm 2024", VietnameseDates.PlaceAndDate("Quận 1", null, 2024));
}
