using CchcPlanner.Checks;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Tests.Checks;

public sealed class CitationScannerTests
{
    [Fact]
    public void Find_CitationWithDateInWordsAndIssuer_ReadsEveryPart()
    {
        const string text = "theo Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020 của Chính phủ về vị trí việc làm";

        var citation = Assert.Single(CitationScanner.Instance.Find(text));

        Assert.Equal(("Nghị định", "106/2020/NĐ-CP", new DateOnly(2020, 9, 15), "Chính phủ"), (citation.TypeWord, citation.Symbol, citation.IssuedOn, citation.Issuer));
        Assert.Equal(LegalDocumentType.Decree, citation.Type);
        Assert.Equal("Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", text.Substring(citation.Index, citation.Length));
    }

    [Fact]
    public void Find_SeveralCitationsInOneSentence_FindsEachInOrder()
    {
        const string text = "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ; "
            + "thực hiện Kế hoạch số 4707/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Hải Dương và Nghị quyết số 19-NQ/TW.";

        var found = CitationScanner.Instance.Find(text);

        Assert.Equal(["76/NQ-CP", "23/CT-TTg", "4707/QĐ-UBND", "19-NQ/TW"], found.Select(c => c.Symbol));
        Assert.Equal([new DateOnly(2021, 7, 15), new DateOnly(2021, 9, 2), new DateOnly(2021, 12, 24), null], found.Select(c => c.IssuedOn));
        Assert.Equal(["Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh Hải Dương", null], found.Select(c => c.Issuer));
    }

    [Theory]
    [InlineData("Kế hoạch số 35/KH-SGDĐT ngày   tháng 3 năm 2023", "ngày   tháng 3 năm 2023")]
    [InlineData("Kế hoạch số 35/KH-SGDĐT ngày ..... tháng ..... năm 2023", "ngày ..... tháng ..... năm 2023")]
    [InlineData("Kế hoạch số 35/KH-SGDĐT ngày   /3/2023", "ngày   /3/2023")]
    [InlineData("Kế hoạch số 35/KH-SGDĐT ngày 31 tháng 2 năm 2023", "ngày 31 tháng 2 năm 2023")]
    public void Find_DateWithBlanksOrImpossible_KeepsTheTextWithoutADate(string text, string dateText)
    {
        var citation = Assert.Single(CitationScanner.Instance.Find(text));

        Assert.True(citation.HasBlankDate);
        Assert.Equal(dateText, citation.DateText);
    }

    [Theory]
    [InlineData("Quyết định 1085/QĐ-TTg ngày 15 tháng 9 năm 2022", "Quyết định", "1085/QĐ-TTg")]
    [InlineData("Chương trình hành động số 33-CTrHD/TU ngày 16 tháng 4 năm 2019", "Chương trình hành động", "33-CTrHĐ/TU")]
    [InlineData("Nghị Quyết số 54/2017/QH14 ngày 24 tháng 11 năm 2017", "Nghị Quyết", "54/2017/QH14")]
    [InlineData("Công văn số 2139/UBND-NV ngày 09 tháng 8 năm 2022", "Công văn", "2139/UBND-NV")]
    [InlineData("kế hoạch số 12/KH-UBND", "kế hoạch", "12/KH-UBND")]
    public void Find_UsualForms_ReadTypeAndSymbol(string text, string type, string symbol)
    {
        var citation = Assert.Single(CitationScanner.Instance.Find(text));

        Assert.Equal((type, symbol), (citation.TypeWord, citation.Symbol));
    }

    [Theory]
    [InlineData("Kế hoạch CCHC năm 2023 của nhà trường")]
    [InlineData("Đề án “Xây dựng Đô thị thông minh” tại Quận 1")]
    [InlineData("tỷ lệ 100/100 hồ sơ")]
    public void Find_TextWithoutCitation_FindsNothing(string text)
    {
        Assert.Empty(CitationScanner.Instance.Find(text));
    }
}

public sealed class ImportCitationFinderTests
{
    [Fact]
    public void Find_BlankDate_IsKeptAsWrittenBesideTheFindersParts()
    {
        var citation = Assert.Single(ImportCitationFinder.Instance.Find("Thực hiện Kế hoạch số 35/KH-SGDĐT ngày   tháng 3 năm 2023 của Sở Giáo dục và Đào tạo."));

        Assert.Equal(("Kế hoạch", "35/KH-SGDĐT", "ngày   tháng 3 năm 2023"), (citation.TypeWord, citation.Symbol, citation.DateText));
        Assert.True(citation.HasBlankDate);
    }

    [Fact]
    public void Find_BareSymbol_HasNoTypeWordSoNoTypeToContradict()
    {
        var citation = Assert.Single(ImportCitationFinder.Instance.Find("theo tinh thần 08/CT-UBND ngày 12/5/2022"));

        Assert.Null(citation.TypeWord);
        Assert.Equal(("08/CT-UBND", new DateOnly(2022, 5, 12)), (citation.Symbol, citation.IssuedOn));
    }

    [Fact]
    public void Check_ExamplesWithEitherFinder_FindTheSameCitationDefects()
    {
        var json = CchcPlanner.Plans.Json.PlanJsonWriter.From(CheckPlans.Kindergarten());
        string[] Citations(ICitationFinder finder) => PlanChecker.Check(json, new CheckContext { CitationFinder = finder, Catalogue = CheckPlans.Catalogue() })
            .Where(f => f.Code.StartsWith("citation-", StringComparison.Ordinal)).Select(f => $"{f.Code} {f.Subject} {f.Quote}").ToArray();

        Assert.Equal(Citations(CitationScanner.Instance), Citations(ImportCitationFinder.Instance));
    }
}
