using CchcPlanner.LegalDocuments;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.LegalDocuments;

public sealed class CatalogueSearchTests
{
    private static readonly IReadOnlyList<LegalDocument> Catalogue = NationalCatalogue.Create();

    [Theory]
    [InlineData("76/NQ-CP")]
    [InlineData("76/nq-cp")]
    [InlineData(" 76 / NQ - CP ")]
    public void Rank_Symbol_ThatEntryFirst(string query)
    {
        var found = CatalogueSearch.Rank(Catalogue, query);

        Assert.Equal("76/NQ-CP", found[0].Symbol);
        Assert.Equal(CatalogueMatch.Symbol, CatalogueSearch.MatchOf(found[0], query));
    }

    [Fact]
    public void Rank_SymbolTypedWithoutDiacritics_Found() =>
        Assert.Equal("30/2020/NĐ-CP", CatalogueSearch.Rank(Catalogue, "30/2020/ND-CP")[0].Symbol);

    [Fact]
    public void Rank_NumberAlone_ThatNumberFirstThenSymbolsStartingWithIt()
    {
        var documents = new[]
        {
            Entry("760/QĐ-UBND", 2023),
            Entry("76/NQ-CP", 2021),
            Entry("76/2015/QH13", 2015, LegalDocumentType.Law),
            Entry("1076/QĐ-TTg", 2022),
        };

        var found = CatalogueSearch.Rank(documents, "76").Select(d => d.Symbol);

        // The two numbered 76 (newest first), then 760 whose symbol starts so; 1076 only contains it.
        Assert.Equal(["76/NQ-CP", "76/2015/QH13", "760/QĐ-UBND", "1076/QĐ-TTg"], found);
    }

    [Fact]
    public void Rank_NumberWithoutLeadingZero_FindsIt() =>
        Assert.Equal("04/NQ-CP", CatalogueSearch.Rank(Catalogue, "4")[0].Symbol);

    [Fact]
    public void Rank_WordsWithoutDiacritics_FindTypeAndSummary()
    {
        var found = CatalogueSearch.Rank(Catalogue, "nghi dinh mot cua").Select(d => d.Symbol).ToList();

        // "mot cua" also finds "một số điều của" without diacritics; "một cửa" written together ranks first.
        Assert.Equal(["118/2025/NĐ-CP", "107/2021/NĐ-CP", "01/2018/TT-VPCP", "61/2018/NĐ-CP"], found.Take(4));
        Assert.Contains("143/2020/NĐ-CP", found);
    }

    [Fact]
    public void Rank_WordsWithDiacritics_MatchOnlyThoseDiacritics()
    {
        var found = CatalogueSearch.Rank(Catalogue, "nghị định một cửa").Select(d => d.Symbol).ToList();

        Assert.Equal(["118/2025/NĐ-CP", "107/2021/NĐ-CP", "01/2018/TT-VPCP", "61/2018/NĐ-CP"], found);
    }

    [Fact]
    public void Rank_SymbolMatchBeforeWordMatch_EvenWhenOlder()
    {
        var documents = new[]
        {
            Entry("12/KH-UBND", 2024, summary: "về triển khai Nghị quyết 76/NQ-CP"),
            Entry("76/NQ-CP", 2021, LegalDocumentType.Resolution),
        };

        Assert.Equal(["76/NQ-CP", "12/KH-UBND"], CatalogueSearch.Rank(documents, "76/NQ-CP").Select(d => d.Symbol));
    }

    [Fact]
    public void Rank_EmptyQuery_EveryEntryNewestFirst()
    {
        var found = CatalogueSearch.Rank(Catalogue, "  ");

        Assert.Equal(Catalogue.Count, found.Count);
        Assert.Equal(Catalogue.Max(d => d.IssuedOn), found[0].IssuedOn);
        Assert.True(found.Zip(found.Skip(1)).All(pair => pair.First.IssuedOn >= pair.Second.IssuedOn));
    }

    [Fact]
    public void Rank_NothingMatches_Empty() =>
        Assert.Empty(CatalogueSearch.Rank(Catalogue, "không có văn bản nào như thế"));

    [Fact]
    public void CitingUnitIds_Path_TheUnitAndThoseAbove() =>
        Assert.Equal([1, 4, 9], CatalogueSearch.CitingUnitIds("/1/4/9/"));

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(9, true)]
    [InlineData(5, false)]
    [InlineData(12, false)]
    public void IsCitableFrom_UnitAt149_NationalOwnAndAboveOnly(int? issuingUnit, bool expected)
    {
        var document = Entry("15/KH-UBND", 2023);
        if (issuingUnit is { } unit)
        {
            document.LinkToPlan(planId: 1, issuingUnitId: unit);
        }

        Assert.Equal(expected, CatalogueSearch.IsCitableFrom(document, "/1/4/9/"));
    }

    private static LegalDocument Entry(string symbol, int year, LegalDocumentType type = LegalDocumentType.Decision, string summary = "về cải cách hành chính") =>
        Persisted.WithId(new LegalDocument(type, symbol, new DateOnly(year, 6, 1), "Ủy ban nhân dân Quận 1", summary), year);
}
