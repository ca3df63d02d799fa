using System.Text;
using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.LegalDocuments;

public sealed class LegalDocumentTests
{
    [Theory]
    [InlineData("76/NQ-CP", "76")]
    [InlineData("45/2016/QĐ-TTg", "45")]
    [InlineData("17-CT/TU", "17")]
    [InlineData("124-KH/TU", "124")]
    [InlineData("2139/UBND-NV", "2139")]
    public void Constructor_NumberSlashSymbol_Accepted(string symbol, string number)
    {
        var document = new LegalDocument(LegalDocumentType.Other, symbol, new DateOnly(2021, 7, 15), "Chính phủ", "về cải cách hành chính");

        Assert.Equal(symbol, document.Symbol);
        Assert.Equal(number, document.Number);
        Assert.True(document.InForce);
    }

    [Theory]
    [InlineData("NQ-CP")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/NQ-CP")]
    [InlineData("NQ-CP/76")]
    public void Constructor_NotNumberSlashSymbol_Refused(string symbol) =>
        Assert.Throws<DomainRuleException>(
            () => new LegalDocument(LegalDocumentType.Resolution, symbol, new DateOnly(2021, 7, 15), "Chính phủ", "ban hành Chương trình"));

    [Fact]
    public void Constructor_SymbolWithSpaces_StoredWithoutSpaces()
    {
        var document = new LegalDocument(LegalDocumentType.Resolution, " 76 / NQ - CP ", new DateOnly(2021, 7, 15), "Chính phủ", "ban hành");

        Assert.Equal("76/NQ-CP", document.Symbol);
    }

    [Fact]
    public void Constructor_DecomposedText_StoredNfc()
    {
        var document = new LegalDocument(
            LegalDocumentType.Decision,
            "45/2016/QĐ-TTg",
            new DateOnly(2016, 10, 19),
            " Thủ tướng Chính phủ ".Normalize(NormalizationForm.FormD),
            "về việc tiếp nhận hồ sơ".Normalize(NormalizationForm.FormD));

        Assert.Equal("Thủ tướng Chính phủ", document.Issuer);
        Assert.Equal("về việc tiếp nhận hồ sơ", document.Summary);
    }

    [Theory]
    [InlineData("", "ban hành")]
    [InlineData("Chính phủ", " ")]
    public void Constructor_IssuerOrSummaryMissing_Refused(string issuer, string summary) =>
        Assert.Throws<DomainRuleException>(
            () => new LegalDocument(LegalDocumentType.Resolution, "76/NQ-CP", new DateOnly(2021, 7, 15), issuer, summary));

    [Fact]
    public void CitationText_Resolution_ReadsAsInTheOfficialForm() =>
        Assert.Equal(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
            TestDocuments.Resolution76().CitationText);

    [Fact]
    public void CitationText_JanuaryDate_TakesLeadingZeros()
    {
        var document = new LegalDocument(
            LegalDocumentType.Plan, "06/KH-UBND", new DateOnly(2023, 1, 5), "Ủy ban nhân dân Quận 1", "về cải cách hành chính năm 2023");

        Assert.Equal(
            "Kế hoạch số 06/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân Quận 1 về cải cách hành chính năm 2023",
            document.CitationText);
    }

    [Fact]
    public void Correct_InvalidSymbol_RefusedAndKeepsTheEntry()
    {
        var document = TestDocuments.Resolution76();

        Assert.Throws<DomainRuleException>(
            () => document.Correct(LegalDocumentType.Decree, "NĐ-CP", new DateOnly(2020, 9, 15), "Chính phủ", "về vị trí việc làm"));

        Assert.Equal("76/NQ-CP", document.Symbol);
        Assert.Equal(LegalDocumentType.Resolution, document.Type);
    }

    [Fact]
    public void Correct_ValidFields_ReplacesThem()
    {
        var document = TestDocuments.Resolution76();

        document.Correct(LegalDocumentType.Decree, "106/2020/NĐ-CP", new DateOnly(2020, 9, 10), "Chính phủ", "về vị trí việc làm");

        Assert.Equal("Nghị định số 106/2020/NĐ-CP ngày 10/9/2020 của Chính phủ về vị trí việc làm", document.CitationText);
    }

    [Fact]
    public void MarkReplacedBy_Itself_Refused()
    {
        var document = Persisted.WithId(TestDocuments.Resolution76(), 3);

        Assert.Throws<DomainRuleException>(() => document.MarkReplacedBy(document));
        Assert.True(document.InForce);
    }

    [Fact]
    public void MarkReplacedBy_AnotherInstanceOfTheSameEntry_Refused()
    {
        var document = Persisted.WithId(TestDocuments.Resolution76(), 3);
        var sameEntryLoadedAgain = Persisted.WithId(TestDocuments.Resolution76(), 3);

        Assert.Throws<DomainRuleException>(() => document.MarkReplacedBy(sameEntryLoadedAgain));
        Assert.True(document.InForce);
    }

    [Fact]
    public void MarkReplacedBy_Unsaved_Refused()
    {
        var document = Persisted.WithId(TestDocuments.Resolution76(), 3);

        Assert.Throws<DomainRuleException>(() => document.MarkReplacedBy(TestDocuments.Decision45()));
        Assert.True(document.InForce);
        Assert.Null(document.ReplacedById);
    }

    [Fact]
    public void MarkReplacedBy_AnotherDocument_NoLongerInForce()
    {
        var document = Persisted.WithId(TestDocuments.Resolution76(), 3);
        var replacement = Persisted.WithId(TestDocuments.Decision45(), 8);

        document.MarkReplacedBy(replacement);

        Assert.False(document.InForce);
        Assert.Equal(8, document.ReplacedById);

        document.MarkInForce();

        Assert.True(document.InForce);
        Assert.Null(document.ReplacedById);
    }

    [Fact]
    public void LinkToPlan_PlanAndUnit_Recorded()
    {
        var document = TestDocuments.Resolution76();

        document.LinkToPlan(planId: 12, issuingUnitId: 4);

        Assert.Equal(12, document.SourcePlanId);
        Assert.Equal(4, document.IssuingUnitId);
    }
}
