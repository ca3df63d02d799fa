using CchcPlanner.Data.Demo;
using CchcPlanner.Import;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;
using CchcPlanner.Tests.Data.Demo;

namespace CchcPlanner.Tests.Import;

/// <summary>The kindergarten example (16/KH-MNTH, a PDF's text) against the same plan entered by hand (<see cref="KindergartenPlan2023"/>).</summary>
public sealed class KindergartenImportTests
{
    private static readonly ImportResult Result = Fixtures.Import(Fixtures.Kindergarten);

    private static PlanJson Plan => Result.Plan;

    [Fact]
    public void Import_Header_ReadsNumberSymbolDateAndPlace()
    {
        Assert.Equal("16/KH-MNTH", Plan.Number);
        Assert.Equal("KH-MNTH", Plan.Symbol);
        Assert.Equal(new DateOnly(2023, 2, 1), Plan.IssuedOn);
        Assert.Equal("Quận 1", Plan.Place);
        Assert.Equal(2023, Plan.Year);
        Assert.Equal("annualCchc", Plan.Kind);
        Assert.Equal(KindergartenPlan2023.Title, Plan.Title);
    }

    [Fact]
    public void Import_TextWithoutHeaderTable_TakesTheUnitFromTheLeadInAndSaysSo()
    {
        Assert.Null(Plan.ParentBody);
        Assert.Equal("Trường mầm non Tuổi Hồng", Plan.UnitName);
        Assert.Equal("TRƯỜNG MẦM NON TUỔI HỒNG", Plan.IssuingBody);
        Assert.Contains(Result.Warnings, w => w.Code == ImportWarningCodes.UnitNameInferred);
    }

    [Fact]
    public void Import_LegalBasis_IsPlan406WithItsParts()
    {
        var basis = Assert.Single(Plan.LegalBases);

        Assert.Equal("Căn cứ", basis.Verb);
        Assert.Equal(new CitationJson("Kế hoạch", "406/KH-UBND", new DateOnly(2022, 12, 29), "Ủy ban nhân dân Quận 1", "về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2023"), basis.Citation);
        Assert.StartsWith("Dựa vào tình hình thực tế tại đơn vị, Trường mầm non Tuổi Hồng", Plan.LeadIn, StringComparison.Ordinal);
        Assert.EndsWith("cụ thể như sau:", Plan.LeadIn, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Sections_AreTheFiveOfTheHandEnteredPlan()
    {
        var expected = Demo().Sections;

        Assert.Equal(expected.Select(s => s.Heading), Plan.Sections.Select(s => s.Heading));
        Assert.Equal(expected.Select(s => PlanJsonWriter.Name(s.Kind)), Plan.Sections.Select(s => s.Kind));
        Assert.Equal(expected.Select(s => s.Items.Count), Plan.Sections.Select(s => s.Children.Count));
        Assert.Equal(expected[0].Items.Select(i => i.Text), Plan.Sections[0].Children.Select(c => c.Text));
    }

    [Fact]
    public void Import_Kpis_MatchTheHandEnteredPlan()
    {
        var expected = Demo().Kpis;

        Assert.Equal(10, Plan.Kpis.Count);
        Assert.Equal(expected.Select(k => PlanJsonWriter.Name(k.Comparator)), Plan.Kpis.Select(k => k.Comparator));
        Assert.Equal(expected.Select(k => k.Target), Plan.Kpis.Select(k => k.Target));
        Assert.Equal(expected.Select(k => k.Unit), Plan.Kpis.Select(k => k.Unit));
        Assert.Equal(expected.Select(k => k.Group), Plan.Kpis.Select(k => k.Group));
        Assert.Equal(expected.Select(k => k.Text), Plan.Kpis.Select(k => k.Text));
    }

    [Fact]
    public void Import_Tasks_AreGroupedByReformAreaAsInTheHandEnteredPlan()
    {
        var expected = Demo().Tasks;

        Assert.Equal(expected.Count, Plan.Tasks.Count);
        Assert.Equal(expected.Select(t => PlanJsonWriter.Name(t.Area)), Plan.Tasks.Select(t => t.Area));
        Assert.Equal(expected.Select(t => t.Group), Plan.Tasks.Select(t => t.Group));
        Assert.All(Plan.Tasks, t => Assert.Equal("unspecified", t.Timeline));

        // The communication task of the direction group, its "- +" and "+" lines as details; the split line rejoined.
        var communication = Assert.Single(Plan.Tasks, t => t.Area == "communication");
        Assert.Equal("Tuyên truyền, truyền thông về công tác CCHC", communication.Content);
        Assert.Equal(4, communication.Details!.Split('\n').Length);
        Assert.Contains("Đổi mới, đa dạng hóa các hình thức tuyên truyền", communication.Details, StringComparison.Ordinal);
        Assert.Contains(Plan.Tasks, t => t.Content.Contains("không báo trước; đặc biệt kiểm tra trách nhiệm", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_BudgetAndResponsibilities_AreTheUnitsOwnBullets()
    {
        Assert.Empty(Plan.Budget);
        Assert.Equal(2, Plan.Sections[3].Children.Count);
        var duties = Assert.Single(Plan.Responsibilities);
        Assert.Null(duties.Party);
        Assert.Equal(Demo().Responsibilities[0].DutyLines, duties.Duties);
        Assert.Empty(Plan.ReportingDeadlines);
    }

    [Fact]
    public void Import_Closing_ReadsRecipientsAndSignature()
    {
        Assert.Equal(Demo().Closing, Plan.Closing);
        Assert.Equal(["Phòng Nội vụ Q1", "CB, GV, NV nhà trường", "Lưu: VT"], Plan.Recipients.Select(r => r.Name));
        Assert.Equal(new SignatureJson(null, null, "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"), Plan.Signature);
    }

    [Fact]
    public void Import_Citations_FindsEveryDocumentWithItsDate()
    {
        (string Symbol, string? Date)[] expected =
        [
            ("406/KH-UBND", "2022-12-29"), ("41/2011/QĐ-UBND", "2011-06-17"), ("175/KH-UBND", "2021-05-28"), ("288/KH-UBND", "2021-10-29"),
            ("224/KH-UBND", "2022-07-15"), ("08/CT-UBND", "2022-05-12"), ("2139/UBND-NV", "2022-08-09"), ("2563/QĐ-UBND", "2022-07-27"),
            ("54/2017/QH14", "2017-11-24"), ("99/NQ-CP", "2020-06-24"), ("04/NQ-CP", "2022-01-10"), ("131/NQ-CP", "2022-10-06"),
            ("1085/QĐ-TTg", "2022-09-15"), ("20/2008/NĐ-CP", null), ("31/2021/QĐ-TTg", null), ("24/2022/QĐ-UBND", "2022-07-07"),
            (SymbolRules.Normalise("33-CTrHD/TU"), "2019-04-16"), ("19-NQ/TW", "2017-10-25"), ("131/2020/QH14", "2020-11-16"),
            ("62/2020/NĐ-CP", "2020-06-01"), ("106/2020/NĐ-CP", "2020-09-15"), ("106/2020/NĐ-CP", "2020-09-10"),
            ("108/2014/NĐ-CP", "2014-11-20"), ("113/2018/NĐ-CP", "2018-08-31"), ("143/2020/NĐ-CP", "2020-12-10"),
            ("25/2017/NQ-HĐND", "2017-12-07"), ("39-NQ/TW", null), ("4712/QĐ-UBND", null), ("4131/QĐ-UBND", "2022-11-30"),
            ("4713/QĐ-UBND", "2018-10-20"), ("2474/UBND-NV", "2022-09-13"), ("2679/QĐ-UBND", "2022-08-08"), ("303/KH-UBND", "2022-09-28"),
            ("2709/QĐ-UBND", "2022-08-10"), ("124-KH/TU", "2022-05-31"), ("3815/KH-UBND", "2022-10-18"), ("387/KH-UBND", "2022-12-12"),
            ("28/2018/QĐ-TTg", "2018-07-12"), ("01/2018/TT-VPCP", "2018-11-23"), ("61/2018/NĐ-CP", "2018-04-23"),
        ];

        var found = Plan.Citations.Select(c => (c.Symbol, c.IssuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.Equal(expected.OrderBy(e => e.Symbol, StringComparer.Ordinal).ThenBy(e => e.Date), found.OrderBy(e => e.Symbol, StringComparer.Ordinal).ThenBy(e => e.Item2));
        Assert.Equal("33-CTrHĐ/TU", expected[16].Symbol);
    }

    [Fact]
    public void Import_Citations_KnowTheirTypeIssuerAndSummary()
    {
        CitationJson Of(string symbol) => Plan.Citations.First(c => c.Symbol == symbol);

        Assert.Equal("Công văn", Of("2139/UBND-NV").Type);
        Assert.Equal("Chương trình hành động", Of("33-CTrHĐ/TU").Type);
        Assert.Equal("Ban Thường vụ Thành ủy", Of("33-CTrHĐ/TU").Issuer);
        Assert.Equal("Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII", Of("19-NQ/TW").Issuer);
        Assert.Equal("Thủ tướng Chính phủ", Of("1085/QĐ-TTg").Issuer);
        Assert.Equal("Quốc hội", Of("131/2020/QH14").Issuer);
        Assert.Equal("về tổ chức chính quyền đô thị tại Thành phố Hồ Chí Minh", Of("131/2020/QH14").Summary);
        Assert.Equal("Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh", Of("08/CT-UBND").Issuer);
        Assert.Equal("Ủy ban nhân dân Thành phố", Of("3815/KH-UBND").Issuer);
        Assert.Equal("về đẩy mạnh phân cấp quản lý nhà nước theo ngành, lĩnh vực", Of("99/NQ-CP").Summary);
        Assert.DoesNotContain(Plan.Citations, c => c.Symbol == "16/KH-MNTH");
    }

    [Fact]
    public void Import_AgainstTheCatalogue_MatchesKnownDocumentsAndProposesTheRest()
    {
        var catalogue = NationalCatalogue.Create().Concat(DemoDocuments.Create()).ToList();
        using var stream = new MemoryStream(Fixtures.Bytes(Fixtures.Kindergarten));

        var matches = PlanImporter.Import(stream, Fixtures.Kindergarten, catalogue).Citations;

        Assert.Equal(CitationMatchKind.Matched, matches.Single(m => m.Citation.Symbol == "406/KH-UBND").Kind);
        var decree106 = matches.Where(m => m.Citation.Symbol == "106/2020/NĐ-CP").ToList();
        Assert.Equal([CitationMatchKind.DateDiffers, CitationMatchKind.Matched], decree106.Select(m => m.Kind));
        Assert.All(decree106, m => Assert.Equal("III. NHIỆM VỤ TRỌNG TÂM", Assert.Single(m.Places).Part));
        var unknown = matches.Single(m => m.Citation.Symbol == "2139/UBND-NV");
        Assert.Equal(CitationMatchKind.Unknown, unknown.Kind);
        Assert.Equal(LegalDocumentType.OfficialLetter, unknown.Proposed!.Type);
        Assert.Equal(new DateOnly(2022, 8, 9), unknown.Proposed.IssuedOn);
        Assert.Equal("Căn cứ", matches[0].Places[0].Part);
    }

    private static Plan Demo() => KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, DemoCatalogue.Create());
}
