using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Plans;

public sealed class KpiTests
{
    private static readonly DateTimeOffset RecordedAt = new(2023, 4, 5, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void AddKpi_PercentageOutsideZeroToHundred_Refused(double target)
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(
            () => plan.AddKpi("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn", Comparator.AtLeast, (decimal)target, "%"));
        Assert.Empty(plan.Kpis);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(99.5)]
    public void AddKpi_PercentageWithinZeroToHundred_Accepted(double target)
    {
        var plan = TestPlans.Draft();

        var kpi = plan.AddKpi("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn", Comparator.Exactly, (decimal)target, "%");

        Assert.Equal((decimal)target, kpi.Target);
        Assert.True(kpi.IsPercentage);
    }

    [Fact]
    public void AddKpi_TargetWithoutComparator_Refused() =>
        Assert.Throws<DomainRuleException>(() => TestPlans.Draft().AddKpi("Tỷ lệ hài lòng", Comparator.None, 99, "%"));

    [Fact]
    public void AddKpi_ComparatorWithoutTarget_Refused() =>
        Assert.Throws<DomainRuleException>(() => TestPlans.Draft().AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, null, "%"));

    [Fact]
    public void AddKpi_NeitherTargetNorComparator_AcceptedAsNotYetMeasurable()
    {
        var kpi = TestPlans.Draft().AddKpi("Nâng cao chất lượng phục vụ", Comparator.None, null, null);

        Assert.Null(kpi.Target);
        Assert.False(kpi.IsPercentage);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.01)]
    public void AddKpi_NegativeTarget_Refused(double target) =>
        Assert.Throws<DomainRuleException>(
            () => TestPlans.Draft().AddKpi("Số tin, bài tuyên truyền", Comparator.AtLeast, (decimal)target, "tin, bài"));

    [Fact]
    public void AddKpi_CountAboveHundred_Accepted()
    {
        var kpi = TestPlans.Draft().AddKpi("Số tin, bài tuyên truyền", Comparator.AtLeast, 120, "tin, bài");

        Assert.Equal(120, kpi.Target);
    }

    [Fact]
    public void AddKpi_DecomposedText_StoredNfcTrimmed()
    {
        const string Text = "Mức độ hài lòng của người dân đạt từ 99% trở lên";

        var kpi = TestPlans.Draft().AddKpi(
            " " + Text.Normalize(NormalizationForm.FormD) + " ",
            Comparator.AtLeast,
            99,
            " % ",
            "Về sự hài lòng".Normalize(NormalizationForm.FormD));

        Assert.Equal(Text, kpi.Text);
        Assert.Equal("%", kpi.Unit);
        Assert.Equal("Về sự hài lòng", kpi.Group);
    }

    [Fact]
    public void AddKpi_BlankText_Refused() =>
        Assert.Throws<DomainRuleException>(() => TestPlans.Draft().AddKpi(" ", Comparator.Exactly, 100, "%"));

    [Fact]
    public void ChangeKpi_PercentageAboveHundred_RefusedAndKeepsTheKpi()
    {
        var plan = TestPlans.Draft();
        var kpi = plan.AddKpi("Tỷ lệ văn bản xử lý trên môi trường mạng", Comparator.Exactly, 80, "%");

        Assert.Throws<DomainRuleException>(
            () => plan.ChangeKpi(kpi, "Tỷ lệ văn bản điện tử", Comparator.AtLeast, 180, "%", null));

        Assert.Equal("Tỷ lệ văn bản xử lý trên môi trường mạng", kpi.Text);
        Assert.Equal(Comparator.Exactly, kpi.Comparator);
        Assert.Equal(80, kpi.Target);
    }

    [Fact]
    public void AssignKpi_Category_Recorded()
    {
        var plan = TestPlans.Draft();
        var kpi = plan.AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, 99, "%");

        plan.AssignKpi(kpi, UnitCategory.Kindergarten);

        Assert.Equal(UnitCategory.Kindergarten, kpi.AssignedTo);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    public void RecordKpiResult_PercentageOutsideZeroToHundred_Refused(double value)
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");

        Assert.Throws<DomainRuleException>(
            () => plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, (decimal)value, null, "Nguyễn Thị Lan", RecordedAt));
        Assert.Empty(rate.Results);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void RecordKpiResult_PercentageAtTheBounds_Accepted(double value)
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");

        var result = plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, (decimal)value, null, "Nguyễn Thị Lan", RecordedAt);

        Assert.Equal((decimal)value, result.Value);
    }

    [Fact]
    public void RecordKpiResult_SignedPlan_Accepted()
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");
        plan.Submit();
        plan.Approve();
        plan.Issue(16, new DateOnly(2023, 2, 1));
        plan.MarkSigned();

        plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 98.5m, null, "Nguyễn Thị Lan", RecordedAt);

        Assert.Equal(98.5m, Assert.Single(rate.Results).Value);
    }

    [Fact]
    public void RecordKpiResult_SamePeriodTwice_UpdatesTheResult()
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");
        var first = plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 95, "Chưa đạt", "Nguyễn Thị Lan", RecordedAt);

        var second = plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 100, " Đã đạt ", "Trần Văn Bình", RecordedAt.AddDays(3));

        var result = Assert.Single(rate.Results);
        Assert.Same(first, second);
        Assert.Equal(100, result.Value);
        Assert.Equal("Đã đạt", result.Note);
        Assert.Equal("Trần Văn Bình", result.RecordedBy);
        Assert.Equal(RecordedAt.AddDays(3), result.RecordedAt);
    }

    [Fact]
    public void RecordKpiResult_TwoPeriods_KeepsOneResultEach()
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");

        plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 95, null, "Nguyễn Thị Lan", RecordedAt);
        plan.RecordKpiResult(rate, ReportingPeriod.FirstHalf, 98, null, "Nguyễn Thị Lan", RecordedAt);

        Assert.Equal([ReportingPeriod.Quarter1, ReportingPeriod.FirstHalf], rate.Results.Select(r => r.Period));
    }

    [Fact]
    public void RecordKpiResult_BlankRecorder_RefusedAndKeepsTheEarlierResult()
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");
        plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 95, "Chưa đạt", "Nguyễn Thị Lan", RecordedAt);

        Assert.Throws<DomainRuleException>(
            () => plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 100, "Đã đạt", " ", RecordedAt.AddDays(1)));

        var result = Assert.Single(rate.Results);
        Assert.Equal(95, result.Value);
        Assert.Equal("Chưa đạt", result.Note);
        Assert.Equal("Nguyễn Thị Lan", result.RecordedBy);
    }

    [Fact]
    public void RecordKpiResult_KpiOfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        var other = TestPlans.Draft();
        var foreign = other.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");

        Assert.Throws<DomainRuleException>(
            () => plan.RecordKpiResult(foreign, ReportingPeriod.Quarter1, 100, null, "Nguyễn Thị Lan", RecordedAt));
        Assert.Empty(foreign.Results);
    }

    [Fact]
    public void AttachEvidence_Path_Recorded()
    {
        var plan = TestPlans.Draft();
        var rate = plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");
        var result = plan.RecordKpiResult(rate, ReportingPeriod.Quarter1, 100, null, "Nguyễn Thị Lan", RecordedAt);

        result.AttachEvidence("minh-chung/2023/q1.pdf");

        Assert.Equal("minh-chung/2023/q1.pdf", result.EvidencePath);
    }
}
