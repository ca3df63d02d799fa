using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

public sealed class CitationChecksTests
{
    [Fact]
    public void IncompleteCitationDate_BlankDay_IsAWarningQuotingTheBlanks()
    {
        var plan = CheckPlans.WithText("Thực hiện Kế hoạch số 35/KH-SGDĐT ngày   tháng 3 năm 2023 của Sở Giáo dục và Đào tạo.");

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.IncompleteCitationDate));

        Assert.Equal((FindingSeverity.Warning, "sections[0].children[0]"), (finding.Severity, finding.Subject));
        Assert.Equal("Ngày ban hành của Kế hoạch số 35/KH-SGDĐT chưa ghi đủ: “ngày   tháng 3 năm 2023”.", finding.Message);
        Assert.Equal("Kế hoạch số 35/KH-SGDĐT ngày   tháng 3 năm 2023", finding.Quote);
    }

    [Fact]
    public void IncompleteCitationDate_LegalBasisWithoutDate_IsAWarningWithTheCatalogueDate()
    {
        var plan = CheckPlans.Clean() with { LegalBases = [new("Căn cứ", "Nghị quyết số 76/NQ-CP của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", null)] };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.IncompleteCitationDate, new CheckContext { Catalogue = CheckPlans.Catalogue() }));

        Assert.Equal((FindingSeverity.Warning, "legalBases[0]"), (finding.Severity, finding.Subject));
        Assert.Equal("Nghị quyết số 76/NQ-CP được viện dẫn mà không ghi ngày ban hành. Theo danh mục văn bản: ngày 15/7/2021.", finding.Message);
    }

    [Fact]
    public void IncompleteCitationDate_RunningTextWithoutDate_IsANoteOnceForTheDocument()
    {
        var plan = CheckPlans.WithText("Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị và Nghị quyết số 39-NQ/TW về tinh giản biên chế.");

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.IncompleteCitationDate));

        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("Nghị quyết số 39-NQ/TW", finding.Quote);
    }

    [Fact]
    public void IncompleteCitationDate_DatedWhereFirstCited_IsFineWhenCitedAgainWithoutIt()
    {
        var plan = CheckPlans.WithText("Nghị định số 108/2014/NĐ-CP ngày 20 tháng 11 năm 2014 của Chính phủ; Nghị định số 143/2020/NĐ-CP ngày 10 tháng 12 năm 2020 sửa đổi Nghị định số 108/2014/NĐ-CP.");

        Assert.Empty(CheckPlans.Check(plan, CheckCodes.IncompleteCitationDate));
    }

    [Fact]
    public void CitationDateConflict_TwoDatesWithoutCatalogue_FlagsTheSecondCitingTheFirst()
    {
        var plan = CheckPlans.WithText("Thực hiện Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020 của Chính phủ về vị trí việc làm.");

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.CitationDateConflict));

        Assert.Equal((FindingSeverity.Error, "tasks[0]"), (finding.Severity, finding.Subject));
        Assert.Equal(
            "Nghị định số 106/2020/NĐ-CP được trích dẫn với hai ngày khác nhau: 15/9/2020 (mục I, đoạn 1) và 10/9/2020 (ở đây). Chỉ một ngày là đúng; hãy đối chiếu với văn bản gốc.",
            finding.Message);
    }

    [Fact]
    public void CitationDateConflict_CatalogueKnowsTheDate_FlagsTheWrongOneAndSaysWhichIsRight()
    {
        var plan = CheckPlans.WithText("Thực hiện Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020 của Chính phủ về vị trí việc làm.");

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.CitationDateConflict, new CheckContext { Catalogue = CheckPlans.Catalogue() }));

        Assert.Equal("sections[0].children[0]", finding.Subject);
        Assert.Equal(
            "Nghị định số 106/2020/NĐ-CP ghi ngày 15/9/2020, nhưng theo danh mục văn bản ngày ban hành là 10/9/2020; nhiệm vụ thứ 1 ghi đúng ngày này.",
            finding.Message);
        Assert.Equal("Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", finding.Quote);
    }

    [Fact]
    public void CitationDateConflict_SameSymbolOfTwoIssuers_IsNotAConflict()
    {
        var plan = CheckPlans.WithText(
            "Kế hoạch số 12/KH-UBND ngày 05/01/2023 của UBND tỉnh Hải Dương; Kế hoạch số 12/KH-UBND ngày 10/01/2023 của UBND huyện Ninh Giang.");

        Assert.Empty(CheckPlans.Check(plan, CheckCodes.CitationDateConflict));
    }

    [Fact]
    public void CitationDateConflict_YearOfSymbolIsNotYearOfDate_IsAnError()
    {
        var plan = CheckPlans.WithText("Theo Nghị định số 62/2020/NĐ-CP ngày 01/6/2021 của Chính phủ.");

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.CitationDateConflict));

        Assert.Equal("Nghị định số 62/2020/NĐ-CP ghi ngày 01/6/2021: năm trong ký hiệu (2020) khác năm ban hành (2021).", finding.Message);
    }

    [Fact]
    public void CitationTypeMismatch_PlanWithDecisionSymbol_IsAnErrorNamingTheRightType()
    {
        var plan = CheckPlans.Clean() with
        {
            LegalBases = [new("Thực hiện", "Kế hoạch số 4707/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Hải Dương về thực hiện CCHC nhà nước tỉnh Hải Dương năm 2022", null)],
        };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.CitationTypeMismatch));

        Assert.Equal((FindingSeverity.Error, "legalBases[0]"), (finding.Severity, finding.Subject));
        Assert.Equal("Loại văn bản không khớp với ký hiệu: 4707/QĐ-UBND là ký hiệu của Quyết định (QĐ), không phải Kế hoạch.", finding.Message);
        Assert.Equal("Kế hoạch số 4707/QĐ-UBND ngày 24/12/2021", finding.Quote);
    }

    [Fact]
    public void CitationTypeMismatch_StructuredCitationWithoutReadableText_UsesItsParts()
    {
        var plan = CheckPlans.Clean() with
        {
            LegalBases = [new("Căn cứ", "Kế hoạch CCHC của tỉnh", new CitationJson("Kế hoạch", "4707/QĐ-UBND", new DateOnly(2021, 12, 24), "UBND tỉnh Hải Dương", null))],
        };

        Assert.Single(CheckPlans.Check(plan, CheckCodes.CitationTypeMismatch));
    }

    [Theory]
    [InlineData("Chương trình hành động số 33-CTrHD/TU ngày 16 tháng 4 năm 2019 của Ban Thường vụ Thành ủy")]
    [InlineData("Kế hoạch số 124-KH/TU ngày 31 tháng 5 năm 2022 của Thành ủy")]
    [InlineData("Công văn số 2139/UBND-NV ngày 09 tháng 8 năm 2022")]
    [InlineData("Nghị Quyết số 54/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội")]
    [InlineData("Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ")]
    [InlineData("Quyết định 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ")]
    [InlineData("Thông báo kết luận số 12-TB/TW ngày 05 tháng 01 năm 2023")]
    public void CitationChecks_WellFormedCitations_FindNothing(string citation)
    {
        var plan = CheckPlans.WithText($"Triển khai thực hiện {citation}.");

        Assert.DoesNotContain(CheckPlans.Check(plan), f => f.Code.StartsWith("citation-", StringComparison.Ordinal) || f.Code == CheckCodes.IncompleteCitationDate);
    }

    [Fact]
    public void CitationChecks_ImportedCitationOutsideTheParts_PointsAtTheSourceText()
    {
        var plan = CheckPlans.Clean() with { Citations = [new CitationJson("Kế hoạch", "4707/QĐ-UBND", new DateOnly(2021, 12, 24), null, null)] };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.CitationTypeMismatch));

        Assert.Equal(("text", "Kế hoạch số 4707/QĐ-UBND"), (finding.Subject, finding.Quote));
    }
}
