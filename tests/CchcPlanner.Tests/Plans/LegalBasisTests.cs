using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Tests.LegalDocuments;

namespace CchcPlanner.Tests.Plans;

public sealed class LegalBasisTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" ; ")]
    public void AddLegalBasis_NeitherDocumentNorText_Refused(string? customText)
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, customText));
        Assert.Empty(plan.LegalBases);
    }

    [Fact]
    public void AddLegalBasis_Document_CitesTheCatalogueEntry()
    {
        var plan = TestPlans.Draft();

        var basis = plan.AddLegalBasis(LegalBasisVerb.BasedOn, TestDocuments.Resolution76());

        Assert.Equal("Căn cứ", basis.VerbText);
        Assert.StartsWith("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ", basis.CitationText, StringComparison.Ordinal);
        Assert.Null(basis.CustomText);
    }

    [Fact]
    public void AddLegalBasis_Text_StoredNfcWithoutFinalPunctuation()
    {
        var plan = TestPlans.Draft();
        const string Citation = "Kế hoạch số 406/KH-UBND ngày 20/01/2023 của Ủy ban nhân dân Quận 1 về cải cách hành chính năm 2023";

        var basis = plan.AddLegalBasis(LegalBasisVerb.Implementing, null, " " + Citation.Normalize(NormalizationForm.FormD) + ";");

        Assert.Equal("Thực hiện", basis.VerbText);
        Assert.Equal(Citation, basis.CitationText);
    }

    [Fact]
    public void AddLegalBasis_DocumentAndText_KeepsTheDocumentOnly()
    {
        var plan = TestPlans.Draft();

        var basis = plan.AddLegalBasis(LegalBasisVerb.BasedOn, TestDocuments.Resolution76(), "văn bản gõ tay");

        Assert.Null(basis.CustomText);
        Assert.StartsWith("Nghị quyết số 76/NQ-CP", basis.CitationText, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLegalBasis_SameDocumentTwice_Refused()
    {
        var plan = TestPlans.Draft();
        var resolution = TestDocuments.Resolution76();
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, resolution);

        Assert.Throws<DomainRuleException>(() => plan.AddLegalBasis(LegalBasisVerb.Implementing, resolution));
        Assert.Single(plan.LegalBases);
    }

    [Fact]
    public void ChangeLegalBasis_ToDocumentCitedElsewhere_Refused()
    {
        var plan = TestPlans.Draft();
        var resolution = TestDocuments.Resolution76();
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, resolution);
        var typed = plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, "Quyết định số 1/QĐ-UBND");

        Assert.Throws<DomainRuleException>(() => plan.ChangeLegalBasis(typed, LegalBasisVerb.BasedOn, resolution, null));
        Assert.Equal("Quyết định số 1/QĐ-UBND", typed.CitationText);
    }

    [Fact]
    public void ChangeLegalBasis_SameDocumentOnItself_Accepted()
    {
        var plan = TestPlans.Draft();
        var resolution = TestDocuments.Resolution76();
        var basis = plan.AddLegalBasis(LegalBasisVerb.BasedOn, resolution);

        plan.ChangeLegalBasis(basis, LegalBasisVerb.Implementing, resolution, null);

        Assert.Equal(LegalBasisVerb.Implementing, basis.Verb);
    }

    [Fact]
    public void ChangeLegalBasis_BlankText_RefusedAndKeepsTheCitation()
    {
        var plan = TestPlans.Draft();
        var basis = plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, "Công văn số 2139/UBND-NV");

        Assert.Throws<DomainRuleException>(() => plan.ChangeLegalBasis(basis, LegalBasisVerb.Implementing, null, " "));

        Assert.Equal(LegalBasisVerb.BasedOn, basis.Verb);
        Assert.Equal("Công văn số 2139/UBND-NV", basis.CitationText);
    }
}
