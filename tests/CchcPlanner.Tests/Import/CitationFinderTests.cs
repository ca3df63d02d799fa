using CchcPlanner.Import;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Import;

public sealed class CitationFinderTests
{
    [Theory]
    [InlineData("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể", "Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ", "ban hành Chương trình tổng thể")]
    [InlineData("theo Quyết định 45/2016/QĐ-TTg ngày 19 tháng 10 năm 2016 của Thủ tướng Chính phủ về việc tiếp nhận hồ sơ.", "Quyết định", "45/2016/QĐ-TTg", "2016-10-19", "Thủ tướng Chính phủ", "về việc tiếp nhận hồ sơ")]
    [InlineData("Chỉ thị số 17-CT/TU ngày 10/01/2023 của Ban Thường vụ Tỉnh ủy;", "Chỉ thị", "17-CT/TU", "2023-01-10", "Ban Thường vụ Tỉnh ủy", null)]
    [InlineData("Kế hoạch số 124-KH/TU ngày 31 tháng 5 năm 2022 của Thành ủy", "Kế hoạch", "124-KH/TU", "2022-05-31", "Thành ủy", null)]
    [InlineData("Nghị quyết số 131/2020/QH14 ngày 16 tháng 11 năm 2020 của Quốc hội về tổ chức chính quyền đô thị", "Nghị quyết", "131/2020/QH14", "2020-11-16", "Quốc hội", "về tổ chức chính quyền đô thị")]
    [InlineData("Công văn số 2139/UBND-NV ngày 09/8/2022 về việc triển khai", "Công văn", "2139/UBND-NV", "2022-08-09", null, "về việc triển khai")]
    [InlineData("Kế hoạch số 4347/KH-UBND ngày 25/11/2021 của UBND tỉnh Hải Dương về thực hiện CCHC", "Kế hoạch", "4347/KH-UBND", "2021-11-25", "UBND tỉnh Hải Dương", "về thực hiện CCHC")]
    [InlineData("Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015", "Luật", "77/2015/QH13", "2015-06-19", null, null)]
    [InlineData("Thông tư số 01/2018/TT-VPCP ngày 23-11-2018 của Văn phòng Chính phủ hướng dẫn thi hành", "Thông tư", "01/2018/TT-VPCP", "2018-11-23", "Văn phòng Chính phủ", "hướng dẫn thi hành")]
    public void Find_CitationForms_ReadEveryPart(string text, string type, string symbol, string? date, string? issuer, string? summary)
    {
        var found = Assert.Single(CitationFinder.Find(text));

        Assert.Equal(new CitationJson(type, symbol, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), issuer, summary), found.Citation);
    }

    [Fact]
    public void Find_PartyActionProgramme_NormalisesTheSymbolAndKeepsThePrintedText()
    {
        var found = Assert.Single(CitationFinder.Find("Chương trình hành động số 33-CTrHD/TU ngày 16 tháng 4 năm 2019 của Ban Thường vụ Thành ủy"));

        Assert.Equal(("Chương trình hành động", "33-CTrHĐ/TU"), (found.Citation.Type, found.Citation.Symbol));
        Assert.Equal(SymbolRules.Normalise("33-CTrHD/TU"), found.Citation.Symbol);
        Assert.StartsWith("Chương trình hành động số 33-CTrHD/TU ngày 16 tháng 4 năm 2019", found.Text, StringComparison.Ordinal);
        Assert.Equal(0, found.Start);
    }

    [Fact]
    public void Find_TypeAsPrinted_EvenWhenTheSymbolSaysOtherwise()
    {
        var found = Assert.Single(CitationFinder.Find("Kế hoạch số 4707/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Hải Dương"));

        Assert.Equal("Kế hoạch", found.Citation.Type);
        Assert.NotNull(SymbolRules.TypeProblem(LegalDocumentType.Plan, found.Citation.Symbol));
    }

    [Fact]
    public void Find_CitationsListedAndNested_EachEndsItsSummaryAtTheRightPlace()
    {
        var text = "Kế hoạch số 224/KH-UBND ngày 15 tháng 7 năm 2022 về triển khai thực hiện Chỉ thị số 08/CT-UBND ngày 12 tháng 5 năm 2022 (gọi tắt là Chỉ thị số 08/CT-UBND) của Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh trên địa bàn Quận 1 và Công văn số 2139/UBND-NV ngày 09 tháng 8 năm 2022 về việc triển khai.";

        var found = CitationFinder.Find(text);

        Assert.Equal(["224/KH-UBND", "08/CT-UBND", "08/CT-UBND", "2139/UBND-NV"], found.Select(f => f.Citation.Symbol));
        Assert.EndsWith("trên địa bàn Quận 1", found[0].Citation.Summary, StringComparison.Ordinal);
        Assert.Equal("Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", found[1].Citation.Issuer);
        Assert.Null(found[2].Citation.IssuedOn);
        Assert.Equal("về việc triển khai", found[3].Citation.Summary);
    }

    [Fact]
    public void Find_DateBelongsToTheSymbolItFollows()
    {
        var found = CitationFinder.Find("Quyết định số 4712/QĐ-UBND và Quyết định số 4131/QĐ-UBND ngày 30 tháng 11 năm 2022 về việc kéo dài");

        Assert.Equal([("4712/QĐ-UBND", (DateOnly?)null), ("4131/QĐ-UBND", new DateOnly(2022, 11, 30))], found.Select(f => (f.Citation.Symbol, f.Citation.IssuedOn)));
    }

    [Theory]
    [InlineData("Giai đoạn 2021 - 2025, đạt 100% vào ngày 15/7/2021.")]
    [InlineData("Số 12/KH chưa có cơ quan ban hành; 24/7 trực tuyến.")]
    [InlineData("Khung giờ 8h/ngày, phòng 2A/3 tầng 4.")]
    public void Find_TextWithoutCitations_FindsNone(string text)
    {
        Assert.Empty(CitationFinder.Find(text));
    }

    [Fact]
    public void Distinct_SameSymbolTwoDates_KeepsBoth_AndAnUndatedMentionAddsNone()
    {
        var found = CitationFinder.FindAll([
            "Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020 của Chính phủ về vị trí việc làm",
            "Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ.",
            "theo Nghị định số 106/2020/NĐ-CP.",
        ]);

        var distinct = CitationFinder.Distinct(found);

        Assert.Equal([new DateOnly(2020, 9, 15), new DateOnly(2020, 9, 10)], distinct.Select(c => c.IssuedOn!.Value));
        Assert.Equal("về vị trí việc làm", distinct[0].Summary);
        Assert.Equal([0, 2], CitationFinder.Match(found, []).First().Places.Select(p => p.Paragraph));
    }

    [Fact]
    public void Match_Catalogue_MatchedDateDiffersOrProposedFromTheText()
    {
        var catalogue = new[] { new LegalDocument(LegalDocumentType.Decree, "106/2020/NĐ-CP", new DateOnly(2020, 9, 10), "Chính phủ", "về vị trí việc làm") };
        var found = CitationFinder.FindAll([
            "Nghị định số 106/2020/NĐ-CP ngày 10/9/2020; Nghị định số 106/2020/NĐ-CP ngày 15/9/2020.",
            "Quyết định số 2563/QĐ-UBND ngày 27/7/2022 của Ủy ban nhân dân Thành phố ban hành Quy chế phối hợp.",
        ]);

        var matches = CitationFinder.Match(found, catalogue, p => $"đoạn {p}");

        Assert.Equal([CitationMatchKind.Matched, CitationMatchKind.DateDiffers, CitationMatchKind.Unknown], matches.Select(m => m.Kind));
        Assert.Same(catalogue[0], matches[1].Document);
        var proposed = matches[2].Proposed!;
        Assert.Equal((LegalDocumentType.Decision, "2563/QĐ-UBND", new DateOnly(2022, 7, 27), "Ủy ban nhân dân Thành phố", "ban hành Quy chế phối hợp"),
            (proposed.Type!.Value, proposed.Symbol, proposed.IssuedOn!.Value, proposed.Issuer, proposed.Summary));
        Assert.Equal("đoạn 1", matches[2].Places[0].Part);
    }
}
