using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.Plans.Creation;

public sealed class PlanCitationsTests
{
    [Fact]
    public void CatalogueEntryFor_IssuedPlan_IsAPlanCitedByNumberDateIssuerAndSummary()
    {
        var units = CreationTestData.Units();
        var plan = CreationTestData.District1Plan(units);

        var entry = PlanCitations.CatalogueEntryFor(plan);

        Assert.Equal(LegalDocumentType.Plan, entry.Type);
        Assert.Equal("412/KH-UBND", entry.Symbol);
        Assert.Equal(new DateOnly(2023, 12, 26), entry.IssuedOn);
        Assert.Equal("Ủy ban nhân dân Quận 1", entry.Issuer);
        Assert.Equal("về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024", entry.Summary);
        Assert.Equal((100, units.District1.Id), (entry.SourcePlanId, entry.IssuingUnitId));
        Assert.Equal(
            "Kế hoạch số 412/KH-UBND ngày 26/12/2023 của Ủy ban nhân dân Quận 1 về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024",
            entry.CitationText);
    }

    [Fact]
    public void CatalogueEntryFor_NumberBelowTenAndTitleOpeningWithAnAcronym_KeepsTheLeadingZeroAndTheAcronym()
    {
        var plan = Persisted.WithId(new Plan(CreationTestData.Units().TuoiHong, PlanKind.TthcControl, 2024, "TTHC năm 2024 của nhà trường"), 7);
        plan.Submit();
        plan.Approve();
        plan.Issue(5, new DateOnly(2024, 1, 5));

        var entry = PlanCitations.CatalogueEntryFor(plan);

        Assert.Equal("05/KH-MNTH", entry.Symbol);
        Assert.Equal("về TTHC năm 2024 của nhà trường", entry.Summary);
        Assert.Equal("Trường mầm non Tuổi Hồng", entry.Issuer);
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    public void CatalogueEntryFor_PlanNotYetIssued_IsRefused(PlanStatus status)
    {
        var plan = TestPlans.In(status);

        Assert.Throws<DomainRuleException>(() => PlanCitations.CatalogueEntryFor(plan));
    }
}
