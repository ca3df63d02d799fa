using System.Text;
using CchcPlanner.Common;

namespace CchcPlanner.Tests.Plans;

public sealed class ResponsibilityTests
{
    [Fact]
    public void DutyLines_DutiesOnSeveralLines_OneEntryPerNonBlankLine()
    {
        var responsibility = TestPlans.Draft().AddResponsibility(
            "Tổ văn phòng", "Tổng hợp báo cáo quý\r\n\r\n  Theo dõi tiến độ  \nLưu trữ hồ sơ\n");

        Assert.Equal(["Tổng hợp báo cáo quý", "Theo dõi tiến độ", "Lưu trữ hồ sơ"], responsibility.DutyLines);
        Assert.DoesNotContain('\r', responsibility.Duties);
    }

    [Fact]
    public void AddResponsibility_NoParty_DutiesAreTheUnitsOwn()
    {
        var responsibility = TestPlans.Draft().AddResponsibility("  ", "Chỉ đạo chung".Normalize(NormalizationForm.FormD));

        Assert.Null(responsibility.Party);
        Assert.Equal("Chỉ đạo chung", responsibility.Duties);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData(null)]
    public void AddResponsibility_NoDuties_Refused(string? duties) =>
        Assert.Throws<DomainRuleException>(() => TestPlans.Draft().AddResponsibility("Tổ văn phòng", duties!));
}
