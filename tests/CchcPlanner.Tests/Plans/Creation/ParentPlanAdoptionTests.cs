using CchcPlanner.Common;
using CchcPlanner.Data.Demo;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Tests.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Plans.Creation;

public sealed class ParentPlanAdoptionTests
{
    [Fact]
    public void OffersFor_Kindergarten_OffersWhatIsAssignedToKindergartensAndToEveryUnit()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);

        var offers = ParentPlanAdoption.OffersFor(parent, units.TuoiHong);

        Assert.All(offers.Kpis, k => Assert.Contains(k.AssignedTo, new UnitCategory?[] { null, UnitCategory.Kindergarten }));
        Assert.All(offers.Tasks, t => Assert.Contains(t.AssignedTo, new UnitCategory?[] { null, UnitCategory.Kindergarten }));
        Assert.Equal(parent.Kpis.Where(k => k.AssignedTo is null or UnitCategory.Kindergarten).Select(k => k.Id), offers.Kpis.Select(k => k.Id));
        Assert.Equal(parent.Tasks.Where(t => t.AssignedTo is null or UnitCategory.Kindergarten).Select(t => t.Id), offers.Tasks.Select(t => t.Id));
        Assert.Contains(offers.Kpis, k => k.AssignedTo == UnitCategory.Kindergarten && k.AssignedToText == "Trường mầm non");
        Assert.Contains(offers.Kpis, k => k.AssignedTo is null && k.AssignedToText == "Tất cả đơn vị");
        Assert.Equal("100%", offers.Kpis[0].Target);
        Assert.StartsWith("Kế hoạch số 412/KH-UBND ngày 26/12/2023 của Ủy ban nhân dân Quận 1 về thực hiện", offers.ParentCitation, StringComparison.Ordinal);
    }

    [Fact]
    public void OffersFor_SchoolsOfDifferentKinds_AreOfferedDifferentParts()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);

        var kindergarten = ParentPlanAdoption.OffersFor(parent, units.TuoiHong);
        var primary = ParentPlanAdoption.OffersFor(parent, units.LeNgocHan);
        var lowerSecondary = ParentPlanAdoption.OffersFor(parent, units.VanLang);

        Assert.Contains(primary.Kpis, k => k.AssignedTo == UnitCategory.PrimarySchool);
        Assert.DoesNotContain(primary.Kpis, k => k.AssignedTo == UnitCategory.Kindergarten);
        Assert.Contains(lowerSecondary.Tasks, t => t.AssignedTo == UnitCategory.LowerSecondarySchool);
        Assert.DoesNotContain(kindergarten.Tasks, t => t.AssignedTo is UnitCategory.LowerSecondarySchool or UnitCategory.Office);
        Assert.NotEqual(kindergarten.Kpis.Select(k => k.Id), primary.Kpis.Select(k => k.Id));
    }

    [Fact]
    public void CreatePlan_WithAcceptedOffers_CitesTheParentFirstAndCarriesItOut()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);

        var plan = Adopt(parent, units.TuoiHong, 2024, [], []);

        Assert.Same(parent, plan.ParentPlan);
        Assert.Equal(LegalBasisVerb.Implementing, plan.LegalBases[0].Verb);
        Assert.Equal("412/KH-UBND", plan.LegalBases[0].LegalDocument?.Symbol);
        Assert.Equal(["412/KH-UBND", "76/NQ-CP", "23/CT-TTg", "61/2018/NĐ-CP", "107/2021/NĐ-CP"], plan.LegalBases.Select(b => b.LegalDocument!.Symbol));
        Assert.Equal(PlanTemplates.Create(PlanKind.AnnualCchc, units.TuoiHong, 2024, CreationTestData.Catalogue()).Kpis.Count, plan.Kpis.Count);
    }

    [Fact]
    public void CreatePlan_AcceptedKpisAndTasks_BecomeTheUnitsOwnLedByItsHead()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);
        var offers = ParentPlanAdoption.OffersFor(parent, units.TuoiHong);
        var kpi = offers.Kpis.Single(k => k.AssignedTo == UnitCategory.Kindergarten);
        var task = offers.Tasks.First(t => t.AssignedTo == UnitCategory.Kindergarten);

        var plan = Adopt(parent, units.TuoiHong, 2024, [kpi.Id], [task.Id]);

        Assert.Equal(kpi.Text, plan.Kpis[0].Text);
        Assert.Null(plan.Kpis[0].AssignedTo);
        var adopted = Assert.Single(plan.Tasks, t => t.Content == task.Content);
        Assert.Null(adopted.AssignedTo);
        Assert.Equal("Hiệu trưởng", adopted.LeadUnit);
        Assert.Equal("Phòng Giáo dục và Đào tạo", adopted.CoordinatingUnits);
        Assert.Equal(TaskTimeline.InQuarter(2, 2024), adopted.Timeline);
        var sameArea = plan.Tasks.Where(t => t.Area == ReformArea.AdministrativeProcedures).ToList();
        Assert.Equal(adopted, sameArea[^1]);
        Assert.Equal(sameArea[0].Group, adopted.Group);
        Assert.Equal(sameArea.Select(t => t.Position), Enumerable.Range(sameArea[0].Position, sameArea.Count));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void CreatePlan_ForALaterYear_MovesTheParentsYearAndDates()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);
        var task = parent.Tasks.Single(t => t.Content.StartsWith("Xây dựng, ban hành kế hoạch", StringComparison.Ordinal));

        var plan = Adopt(parent, units.TuoiHong, 2025, [], [task.Id]);

        var adopted = Assert.Single(plan.Tasks, t => t.Content.StartsWith("Xây dựng, ban hành kế hoạch", StringComparison.Ordinal));
        Assert.Equal("Xây dựng, ban hành kế hoạch cải cách hành chính năm 2025 của cơ quan, đơn vị, trường học.", adopted.Content);
        Assert.Equal(TaskTimeline.By(new DateOnly(2025, 1, 31)), adopted.Timeline);
        Assert.Equal(parent, plan.ParentPlan);
    }

    [Fact]
    public void CreatePlan_PartNotOfferedToTheUnit_IsRefused()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);
        var primaryOnly = parent.Kpis.First(k => k.AssignedTo == UnitCategory.PrimarySchool);

        var error = Assert.Throws<DomainRuleException>(() => Adopt(parent, units.TuoiHong, 2024, [primaryOnly.Id], []));

        Assert.Contains("không nằm trong số kế hoạch cấp trên giao cho đơn vị", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNotAdoptable_PlanOfTheUnitItselfOrASiblingOrAnotherBranch_IsRefused()
    {
        var units = CreationTestData.Units();
        var parent = CreationTestData.District1Plan(units);

        Assert.Null(ParentPlanAdoption.WhyNotAdoptable(parent, units.TuoiHong));
        Assert.NotNull(ParentPlanAdoption.WhyNotAdoptable(parent, units.District1));
        Assert.NotNull(ParentPlanAdoption.WhyNotAdoptable(parent, units.NinhGiang));
        var sibling = KindergartenPlan2023.Build(units.TuoiHong, CreationTestData.BySymbol(CreationTestData.Catalogue()));
        Assert.Equal("Kế hoạch này không phải của cơ quan cấp trên của đơn vị bạn.", ParentPlanAdoption.WhyNotAdoptable(sibling, units.BenNghe));
    }

    [Fact]
    public void WhyNotAdoptable_ParentPlanNotYetIssued_IsRefused()
    {
        var units = CreationTestData.Units();
        var draft = new Plan(units.District1, PlanKind.AnnualCchc, 2025, "Thực hiện công tác cải cách hành chính năm 2025");

        Assert.Equal("Chỉ tạo được kế hoạch từ kế hoạch của cấp trên đã ban hành.", ParentPlanAdoption.WhyNotAdoptable(draft, units.TuoiHong));
        Assert.Throws<DomainRuleException>(() => ParentPlanAdoption.OffersFor(draft, units.TuoiHong));
    }

    private static Plan Adopt(Plan parent, Unit unit, int year, int[] kpiIds, int[] taskIds)
    {
        var entry = Persisted.WithId(PlanCitations.CatalogueEntryFor(parent), 900);
        return ParentPlanAdoption.CreatePlan(parent, entry, unit, PlanKind.AnnualCchc, year, CreationTestData.Catalogue(), kpiIds, taskIds);
    }
}
