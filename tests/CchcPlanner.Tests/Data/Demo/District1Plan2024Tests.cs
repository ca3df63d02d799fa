using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Data.Demo;

public sealed class District1Plan2024Tests
{
    [Fact]
    public void Build_Header_IsTheIssuedPlan412OfDistrict1For2024()
    {
        var plan = Build();

        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal("412/KH-UBND", plan.NumberAndSymbol);
        Assert.Equal(new DateOnly(2023, 12, 26), plan.IssuedOn);
        Assert.Equal((PlanKind.AnnualCchc, 2024), (plan.Kind, plan.Year));
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", plan.Signature?.AuthorityLine);
        Assert.Equal("Lưu: VT", plan.Recipients[^1].Name);
    }

    [Fact]
    public void Build_KpisAndTasks_AreAssignedToEachKindOfSchoolAndSomeToEveryUnit()
    {
        var plan = Build();
        var assigned = plan.Kpis.Select(k => k.AssignedTo).Concat(plan.Tasks.Select(t => t.AssignedTo)).ToList();

        Assert.Contains(null, assigned);
        Assert.Contains(UnitCategory.Kindergarten, assigned);
        Assert.Contains(UnitCategory.PrimarySchool, assigned);
        Assert.Contains(UnitCategory.LowerSecondarySchool, assigned);
        Assert.All(plan.Kpis, k => Assert.NotNull(k.Target));
        Assert.All(plan.Tasks, t => Assert.NotNull(t.LeadUnit));
    }

    [Fact]
    public void Build_Text_IsCleanNfc()
    {
        PlanTexts.AssertClean(Build());
    }

    private static Plan Build() => District1Plan2024.Build(DemoUnits.Create().District1, DemoCatalogue.Create());
}
