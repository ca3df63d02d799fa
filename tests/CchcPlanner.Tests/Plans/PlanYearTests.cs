using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Plans;

public sealed class PlanYearTests
{
    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    [InlineData(0)]
    [InlineData(23)]
    public void Validate_OutsideTwoThousandToTwentyOneHundred_Refused(int year) =>
        Assert.Throws<DomainRuleException>(() => PlanYear.Validate(year));

    [Theory]
    [InlineData(2000)]
    [InlineData(2023)]
    [InlineData(2100)]
    public void Validate_WithinRange_ReturnsTheYear(int year) => Assert.Equal(year, PlanYear.Validate(year));
}
