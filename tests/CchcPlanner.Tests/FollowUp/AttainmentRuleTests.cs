using System.Globalization;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;
using CchcPlanner.Tests.Plans;

namespace CchcPlanner.Tests.FollowUp;

/// <summary>The attainment rule on the edges issue 7 names; decimals are written as text so that they stay exact.</summary>
public sealed class AttainmentRuleTests
{
    private static readonly DateTimeOffset RecordedAt = new(2023, 4, 5, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(Comparator.AtLeast, "99", "99", Attainment.Met)]
    [InlineData(Comparator.AtLeast, "99", "100", Attainment.Met)]
    [InlineData(Comparator.AtLeast, "99", "98.9999", Attainment.NotMet)]
    [InlineData(Comparator.AtLeast, "30", "30.0000", Attainment.Met)]
    [InlineData(Comparator.AtLeast, "0", "0", Attainment.Met)]
    [InlineData(Comparator.Exactly, "100", "100", Attainment.Met)]
    [InlineData(Comparator.Exactly, "100", "99.99", Attainment.NotMet)]
    [InlineData(Comparator.Exactly, "80", "85", Attainment.Met)]
    [InlineData(Comparator.Exactly, "2", "1", Attainment.NotMet)]
    [InlineData(Comparator.AtMost, "5", "5", Attainment.Met)]
    [InlineData(Comparator.AtMost, "5", "0", Attainment.Met)]
    [InlineData(Comparator.AtMost, "5", "5.0001", Attainment.NotMet)]
    [InlineData(Comparator.MoreThan, "86", "86", Attainment.NotMet)]
    [InlineData(Comparator.MoreThan, "86", "86.0001", Attainment.Met)]
    [InlineData(Comparator.MoreThan, "86", "85.5", Attainment.NotMet)]
    [InlineData(Comparator.LessThan, "5", "5", Attainment.NotMet)]
    [InlineData(Comparator.LessThan, "5", "4.9999", Attainment.Met)]
    [InlineData(Comparator.LessThan, "5", "0", Attainment.Met)]
    public void Assess_FinalYearValue_ComparesExactly(Comparator comparator, string target, string value, Attainment expected) =>
        Assert.Equal(expected, AttainmentRule.Assess(comparator, Number(target), Number(value), ReportingPeriod.Year));

    [Theory]
    [InlineData(ReportingPeriod.Quarter1, Attainment.AtRisk)]
    [InlineData(ReportingPeriod.Quarter2, Attainment.AtRisk)]
    [InlineData(ReportingPeriod.Quarter3, Attainment.AtRisk)]
    [InlineData(ReportingPeriod.FirstHalf, Attainment.AtRisk)]
    [InlineData(ReportingPeriod.NineMonths, Attainment.AtRisk)]
    [InlineData(ReportingPeriod.Quarter4, Attainment.NotMet)]
    [InlineData(ReportingPeriod.Year, Attainment.NotMet)]
    public void Assess_MissBeforeTheYearsEnd_IsAtRiskAndFinalMissIsNotMet(ReportingPeriod period, Attainment expected) =>
        Assert.Equal(expected, AttainmentRule.Assess(Comparator.AtLeast, 99, 97.5m, period));

    [Theory]
    [InlineData(ReportingPeriod.Quarter1)]
    [InlineData(ReportingPeriod.Year)]
    public void Assess_MetDuringTheYear_IsMet(ReportingPeriod period) =>
        Assert.Equal(Attainment.Met, AttainmentRule.Assess(Comparator.AtMost, 5, 3, period));

    [Theory]
    [InlineData(Comparator.AtLeast)]
    [InlineData(Comparator.Exactly)]
    [InlineData(Comparator.AtMost)]
    [InlineData(Comparator.MoreThan)]
    [InlineData(Comparator.LessThan)]
    public void Assess_MissingValue_IsNoResult(Comparator comparator) =>
        Assert.Equal(Attainment.NoResult, AttainmentRule.Assess(comparator, 50, null, ReportingPeriod.Quarter4));

    [Theory]
    [InlineData(Comparator.None, null, "100")]
    [InlineData(Comparator.None, null, null)]
    [InlineData(Comparator.AtLeast, null, "100")]
    [InlineData(Comparator.None, "100", "100")]
    public void Assess_MissingTarget_IsNoTarget(Comparator comparator, string? target, string? value) =>
        Assert.Equal(Attainment.NoTarget, AttainmentRule.Assess(comparator, Number(target), Number(value), ReportingPeriod.Year));

    [Fact]
    public void Assess_Kpi_JudgesTheResultOfThatPeriodOnly()
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Mức độ hài lòng của phụ huynh đạt từ 99% trở lên", Comparator.AtLeast, 99, "%");
        plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 98.5m, null, "Nguyễn Thị Lan", RecordedAt);
        plan.RecordKpiResult(rate, ReportingPeriod.Quarter2, 99m, null, "Nguyễn Thị Lan", RecordedAt);
        plan.RecordKpiResult(rate, ReportingPeriod.Quarter3, null, "Chưa khảo sát", "Nguyễn Thị Lan", RecordedAt);

        Assert.Equal(
            [Attainment.AtRisk, Attainment.Met, Attainment.NoResult, Attainment.NoResult],
            new[] { ReportingPeriod.Quarter1, ReportingPeriod.Quarter2, ReportingPeriod.Quarter3, ReportingPeriod.Quarter4 }
                .Select(p => AttainmentRule.Assess(rate, p)));
    }

    [Theory]
    [InlineData(Attainment.Met, "Đạt")]
    [InlineData(Attainment.NotMet, "Chưa đạt")]
    [InlineData(Attainment.AtRisk, "Có nguy cơ không đạt")]
    [InlineData(Attainment.NoResult, "Chưa có số liệu")]
    [InlineData(Attainment.NoTarget, "Không có mục tiêu định lượng")]
    public void ToVietnamese_EachState_HasItsLabel(Attainment attainment, string label) =>
        Assert.Equal(label, attainment.ToVietnamese());

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
