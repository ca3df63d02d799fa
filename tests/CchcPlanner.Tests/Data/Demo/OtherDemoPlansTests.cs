using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Data.Demo;

public sealed class OtherDemoPlansTests
{
    [Fact]
    public void Build_FourSchools_EachInAnotherStateOfTheWorkflow()
    {
        var units = DemoUnits.Create();
        var plans = OtherDemoPlans.Build(units, DemoCatalogue.Create());

        Assert.Equal([units.TuoiHong, units.LeNgocHan, units.VanLang, units.BenNghe], plans.Select(p => p.Unit));
        Assert.Equal([PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Returned, PlanStatus.Approved], plans.Select(p => p.Status));
        Assert.All(plans, p =>
        {
            Assert.Equal(2024, p.Year);
            Assert.Null(p.Number);
            Assert.Null(p.IssuedOn);
        });
    }

    [Fact]
    public void Build_TuoiHongDraft_CarriesLastYearsPlanForwardTo2024()
    {
        var plan = Build()[0];

        Assert.Equal("Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2024", plan.Title);
        Assert.Equal("      /KH-MNTH", plan.NumberAndSymbol);
        Assert.True(plan.IsEditable);
        Assert.Equal([SectionKind.Objectives, SectionKind.Kpis, SectionKind.Tasks], plan.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Build_EveryPlan_HasTheStructureOfAnAnnualPlan()
    {
        Assert.All(Build(), plan =>
        {
            Assert.Equal(PlanKind.AnnualCchc, plan.Kind);
            Assert.Equal("76/NQ-CP", plan.LegalBases[0].LegalDocument?.Symbol);
            Assert.All(plan.LegalBases, b => Assert.NotNull(b.LegalDocument));
            Assert.NotEmpty(plan.LeadIn);
            Assert.NotEmpty(plan.SectionOf(SectionKind.Objectives)!.Items);
            Assert.NotNull(plan.SectionOf(SectionKind.Kpis));
            Assert.NotNull(plan.SectionOf(SectionKind.Tasks));
            Assert.InRange(plan.Kpis.Count, 3, 6);
            Assert.EndsWith("./.", plan.Closing, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Build_EveryPlan_HasAssignedTasksInAtLeastFourResolution76Areas()
    {
        Assert.All(Build(), plan =>
        {
            Assert.True(plan.Tasks.Select(t => t.Area).Where(a => a.IsResolution76Area()).Distinct().Count() >= 4);
            Assert.All(plan.Tasks, t =>
            {
                Assert.NotNull(t.LeadUnit);
                Assert.NotEqual(TimelineKind.Unspecified, t.Timeline.Kind);
                Assert.NotNull(t.Product);
            });
        });
    }

    [Fact]
    public void Build_EveryPlan_ReportsQuarterlyToPhongNoiVuIn2024()
    {
        Assert.All(Build(), plan =>
        {
            Assert.Equal(
                [new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 1), new DateOnly(2024, 9, 1), new DateOnly(2024, 12, 1)],
                plan.ReportingDeadlines.Select(d => d.DueOn));
            Assert.All(plan.ReportingDeadlines, d => Assert.Equal("Phòng Nội vụ Quận 1", d.ReceivingUnit));
        });
    }

    [Fact]
    public void Build_EveryPlan_EndsWithFileCopyAndThePrincipalsSignature()
    {
        Assert.All(Build(), plan =>
        {
            Assert.Equal("Lưu: VT", plan.Recipients[^1].Name);
            Assert.Equal(SignaturePrefix.None, plan.Signature?.Prefix);
            Assert.Equal("HIỆU TRƯỞNG", plan.Signature?.Title);
            Assert.False(string.IsNullOrEmpty(plan.Signature?.SignerName));
        });
    }

    [Fact]
    public void Build_VanLangReturned_CanBeEditedAgain()
    {
        var plan = Build()[2];

        Assert.True(plan.IsEditable);
        plan.Submit();
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Fact]
    public void Build_BenNgheApproved_WaitsForTheClerksNumber()
    {
        var plan = Build()[3];

        Assert.Equal("      /KH-MNBN", plan.NumberAndSymbol);
        plan.Issue(3, new DateOnly(2024, 1, 15));
        Assert.Equal("03/KH-MNBN", plan.NumberAndSymbol);
    }

    [Fact]
    public void Build_EveryPlan_TextIsNfcAndPositionsContiguous()
    {
        Assert.All(Build(), plan =>
        {
            PlanTexts.AssertClean(plan);
            Assert.True(plan.PositionsAreContiguous);
        });
    }

    [Fact]
    public void AllDemoPlans_Positions_AreContiguous()
    {
        var units = DemoUnits.Create();
        var document = DemoCatalogue.Create();
        Plan[] plans =
        [
            KindergartenPlan2023.Build(units.TuoiHong, document),
            NinhGiangPlan2022.Build(units.NinhGiang, document),
            .. OtherDemoPlans.Build(units, document),
        ];

        Assert.All(plans, p => Assert.True(p.PositionsAreContiguous));
    }

    private static IReadOnlyList<Plan> Build() => OtherDemoPlans.Build(DemoUnits.Create(), DemoCatalogue.Create());
}
