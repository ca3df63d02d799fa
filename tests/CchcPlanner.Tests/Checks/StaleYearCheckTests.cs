using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

public sealed class StaleYearCheckTests
{
    [Fact]
    public void StaleYear_LastYearsThemeCopiedForward_IsAWarningQuotingTheYear()
    {
        var plan = CheckPlans.WithText("Triển khai thực hiện hiệu quả chủ đề công tác năm 2022 của Thành phố.");

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.StaleYear));

        Assert.Equal((FindingSeverity.Warning, "sections[0].children[0]"), (finding.Severity, finding.Subject));
        Assert.Equal("“năm 2022” trong kế hoạch năm 2023: nếu đây là năm của kế hoạch thì phải là năm 2023 (có thể chép từ kế hoạch năm 2022).", finding.Message);
        Assert.Contains("chủ đề công tác năm 2022", finding.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleYear_InTheTitle_PointsAtTheTitle()
    {
        var plan = CheckPlans.Clean() with { Title = "Kế hoạch CCHC năm 2022 của Trường mầm non Tuổi Hồng" };

        Assert.Equal("title", Assert.Single(CheckPlans.Check(plan, CheckCodes.StaleYear)).Subject);
    }

    [Theory]
    [InlineData("Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030, giai đoạn 2021 - 2025.")]
    [InlineData("Thực hiện Nghị định số 62/2020/NĐ-CP về vị trí việc làm.")]
    [InlineData("Kế hoạch số 224/KH-UBND ngày 15 tháng 7 năm 2022 về triển khai thực hiện Chỉ thị số 08/CT-UBND.")]
    [InlineData("Kế hoạch số 162/KH-UBND ngày 27/12/2022 của UBND huyện về thực hiện CCHC nhà nước huyện Ninh Giang năm 2022.")]
    [InlineData("Tỷ lệ hồ sơ đúng hạn tăng 5% so với năm 2022.")]
    [InlineData("Phát huy kết quả đạt được trong năm 2022.")]
    [InlineData("Tiếp tục các mô hình đã triển khai từ năm 2021.")]
    [InlineData("Kế hoạch CCHC giai đoạn năm 2021-2025 của huyện.")]
    [InlineData("Hoàn thành trước tháng 3 năm 2022 theo lộ trình cũ.")]
    [InlineData("Ban hành từ năm 2011, nay tiếp tục thực hiện.")]
    [InlineData("Năm học 2022 - 2023 và năm 2023.")]
    public void StaleYear_YearsThatAreNotThePlans_AreNotFlagged(string text)
    {
        Assert.Empty(CheckPlans.Check(CheckPlans.WithText(text), CheckCodes.StaleYear));
    }

    [Fact]
    public void StaleYear_ParentPlanOfTheYearBeforeAsLegalBasis_IsNotFlagged()
    {
        var plan = CheckPlans.Clean() with
        {
            LegalBases = [new("Căn cứ", "Kế hoạch CCHC năm 2022 của Ủy ban nhân dân Quận 1", null)],
        };

        Assert.Empty(CheckPlans.Check(plan, CheckCodes.StaleYear));
    }

    [Fact]
    public void StaleYear_PlansOwnYearAndLaterYears_AreNotFlagged()
    {
        var plan = CheckPlans.WithText("Kế hoạch CCHC năm 2023, định hướng năm 2024.");

        Assert.Empty(CheckPlans.Check(plan, CheckCodes.StaleYear));
    }
}
