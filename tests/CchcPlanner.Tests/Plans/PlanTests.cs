using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Tests.Units;

namespace CchcPlanner.Tests.Plans;

public sealed class PlanTests
{
    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Constructor_YearOutsideRange_Refused(int year) =>
        Assert.Throws<DomainRuleException>(() => new Plan(TestUnits.TuoiHong(), PlanKind.AnnualCchc, year, TestPlans.Title));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Constructor_TitleMissing_Refused(string? title)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Plan(TestUnits.TuoiHong(), PlanKind.AnnualCchc, 2023, title!));

        Assert.Equal("Trích yếu không được để trống.", error.Message);
    }

    [Fact]
    public void Constructor_DecomposedTitle_StoredNfcTrimmed()
    {
        var decomposed = "  " + TestPlans.Title.Normalize(NormalizationForm.FormD) + "\n";
        Assert.NotEqual(TestPlans.Title, decomposed.Trim());

        var plan = new Plan(TestUnits.TuoiHong(), PlanKind.AnnualCchc, 2023, decomposed);

        Assert.Equal(TestPlans.Title, plan.Title);
        Assert.True(plan.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Constructor_Unit_GivesSymbolPlaceAndDraftStatus()
    {
        var plan = TestPlans.Draft();

        Assert.Equal("KH-MNTH", plan.Symbol);
        Assert.Equal("Quận 1", plan.Place);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.True(plan.IsEditable);
        Assert.Null(plan.Number);
        Assert.NotEqual(Guid.Empty, plan.Version);
    }

    [Fact]
    public void ChangeHeader_DecomposedText_StoredNfcTrimmed()
    {
        var plan = TestPlans.Draft();
        const string Title = "Tuyên truyền cải cách hành chính năm 2024";

        plan.ChangeHeader(PlanKind.CchcCommunication, 2024, Title.Normalize(NormalizationForm.FormD) + " ", " Thành phố Thủ Đức".Normalize(NormalizationForm.FormD), new DateOnly(2024, 1, 5));

        Assert.Equal(PlanKind.CchcCommunication, plan.Kind);
        Assert.Equal(2024, plan.Year);
        Assert.Equal(Title, plan.Title);
        Assert.Equal("Thành phố Thủ Đức", plan.Place);
        Assert.Equal(new DateOnly(2024, 1, 5), plan.IssuedOn);
    }

    [Theory]
    [InlineData(1999, "Kế hoạch", "Quận 1")]
    [InlineData(2101, "Kế hoạch", "Quận 1")]
    [InlineData(2024, " ", "Quận 1")]
    [InlineData(2024, "Kế hoạch", "")]
    public void ChangeHeader_InvalidField_RefusedAndKeepsTheHeader(int year, string title, string place)
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.ChangeHeader(PlanKind.Other, year, title, place, new DateOnly(2024, 1, 5)));

        Assert.Equal(PlanKind.AnnualCchc, plan.Kind);
        Assert.Equal(2023, plan.Year);
        Assert.Equal(TestPlans.Title, plan.Title);
        Assert.Equal("Quận 1", plan.Place);
        Assert.Null(plan.IssuedOn);
    }

    [Fact]
    public void ChangeSymbol_WithSpaces_StoredWithoutSpaces()
    {
        var plan = TestPlans.Draft();

        plan.ChangeSymbol(" KH - MNTH ");

        Assert.Equal("KH-MNTH", plan.Symbol);
    }

    [Theory]
    [InlineData("16/KH-MNTH")]
    [InlineData("")]
    public void ChangeSymbol_WithNumberOrBlank_Refused(string symbol)
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.ChangeSymbol(symbol));
        Assert.Equal("KH-MNTH", plan.Symbol);
    }

    [Fact]
    public void ChangeLeadInAndClosing_DecomposedText_StoredNfcTrimmed()
    {
        var plan = TestPlans.Draft();
        const string LeadIn = "Trường mầm non Tuổi Hồng xây dựng Kế hoạch cải cách hành chính năm 2023 như sau:";
        const string Closing = "Trên đây là Kế hoạch cải cách hành chính năm 2023 của Trường mầm non Tuổi Hồng./.";

        plan.ChangeLeadIn(" " + LeadIn.Normalize(NormalizationForm.FormD));
        plan.ChangeClosing(Closing.Normalize(NormalizationForm.FormD) + " ");

        Assert.Equal(LeadIn, plan.LeadIn);
        Assert.Equal(Closing, plan.Closing);
    }

    [Fact]
    public void ChangeLeadIn_Null_StoredEmpty()
    {
        var plan = TestPlans.Draft();
        plan.ChangeLeadIn("Nội dung");

        plan.ChangeLeadIn(null);

        Assert.Equal(string.Empty, plan.LeadIn);
    }

    [Fact]
    public void Implement_Itself_Refused()
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.Implement(plan));
        Assert.Null(plan.ParentPlan);
    }

    [Fact]
    public void Implement_PlanAbove_Recorded()
    {
        var districtPlan = new Plan(TestUnits.District1(), PlanKind.AnnualCchc, 2023, "Cải cách hành chính năm 2023");
        var plan = TestPlans.Draft();

        plan.Implement(districtPlan);

        Assert.Same(districtPlan, plan.ParentPlan);
    }

    [Fact]
    public void Sign_SignatureBlock_Stored()
    {
        var plan = TestPlans.Draft();
        var signature = new SignatureBlock(SignaturePrefix.None, null, "hiệu trưởng", "Nguyễn Thị Lan");

        plan.Sign(signature);

        Assert.Equal("HIỆU TRƯỞNG", plan.Signature?.Title);
    }

    [Fact]
    public void NoteEditor_Blank_Refused() => Assert.Throws<DomainRuleException>(() => TestPlans.Draft().NoteEditor(" "));
}
