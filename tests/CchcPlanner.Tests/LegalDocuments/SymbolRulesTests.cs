using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Tests.LegalDocuments;

public sealed class SymbolRulesTests
{
    [Theory]
    [InlineData("76/NQ-CP", "76/NQ-CP")]
    [InlineData(" 76 / nq - cp ", "76/NQ-CP")]
    [InlineData("45/2016/qđ-ttg", "45/2016/QĐ-TTg")]
    [InlineData("45/2020/ND-CP", "45/2020/NĐ-CP")]
    [InlineData("17-ct/tu", "17-CT/TU")]
    [InlineData("05-ctrhd/tu", "05-CTrHĐ/TU")]
    [InlineData("2139/ubnd-nv", "2139/UBND-NV")]
    [InlineData("52/2019/qh14", "52/2019/QH14")]
    [InlineData("12/KH–UBND", "12/KH-UBND")]
    [InlineData("01/2018/TT-VPCP", "01/2018/TT-VPCP")]
    public void Normalise_TypedSymbol_OfficialForm(string typed, string expected) =>
        Assert.Equal(expected, SymbolRules.Normalise(typed));

    [Fact]
    public void Normalise_BodyInMixedCase_KeptAsTyped() =>
        Assert.Equal("123/KH-SGDĐT-GDTrH", SymbolRules.Normalise("123/kh-SGDĐT-GDTrH"));

    [Theory]
    [InlineData("76/NQ-CP", "76", null, "NQ", false, false)]
    [InlineData("45/2016/QĐ-TTg", "45", 2016, "QĐ", false, false)]
    [InlineData("124-KH/TU", "124", null, "KH", true, false)]
    [InlineData("2139/UBND-NV", "2139", null, null, false, false)]
    [InlineData("52/2019/QH14", "52", 2019, null, false, true)]
    [InlineData("1211/2016/UBTVQH13", "1211", 2016, null, false, true)]
    public void Parse_OfficialForms_Parts(string symbol, string number, int? year, string? abbreviation, bool party, bool assembly) =>
        Assert.Equal(new SymbolParts(number, year, abbreviation, party, assembly), SymbolRules.Parse(symbol));

    [Theory]
    [InlineData("NQ-CP")]
    [InlineData("76")]
    [InlineData("76/")]
    [InlineData("76/NQ")]
    [InlineData("/NQ-CP")]
    [InlineData("76/NQ-CP/")]
    [InlineData("76//NQ-CP")]
    [InlineData("45/2016")]
    [InlineData("17-CT")]
    [InlineData("số 76/NQ-CP")]
    public void FormProblem_NotASymbol_ExplainsTheForm(string symbol) =>
        Assert.Equal(SymbolRules.FormMessage, SymbolRules.FormProblem(symbol));

    [Fact]
    public void FormProblem_Empty_Required() =>
        Assert.Equal("Số, ký hiệu không được để trống.", SymbolRules.FormProblem("  "));

    [Theory]
    [InlineData(LegalDocumentType.Resolution, "76/NQ-CP")]
    [InlineData(LegalDocumentType.Resolution, "19-NQ/TW")]
    [InlineData(LegalDocumentType.Resolution, "131/2020/QH14")]
    [InlineData(LegalDocumentType.Law, "52/2019/QH14")]
    [InlineData(LegalDocumentType.Decree, "30/2020/NĐ-CP")]
    [InlineData(LegalDocumentType.Decree, "30/2020/nd-cp")]
    [InlineData(LegalDocumentType.Decision, "45/2016/QĐ-TTg")]
    [InlineData(LegalDocumentType.Directive, "17-CT/TU")]
    [InlineData(LegalDocumentType.Circular, "01/2018/TT-VPCP")]
    [InlineData(LegalDocumentType.Plan, "124-KH/TU")]
    [InlineData(LegalDocumentType.Plan, "406/KH-UBND")]
    [InlineData(LegalDocumentType.ActionProgramme, "05-CTrHĐ/TU")]
    [InlineData(LegalDocumentType.ActionProgramme, "15-CTr/TU")]
    [InlineData(LegalDocumentType.Programme, "03/CTr-UBND")]
    [InlineData(LegalDocumentType.Conclusion, "14-KL/TW")]
    [InlineData(LegalDocumentType.OfficialLetter, "2139/UBND-NV")]
    [InlineData(LegalDocumentType.OfficialLetter, "125-CV/TU")]
    [InlineData(LegalDocumentType.Other, "12/TTr-UBND")]
    [InlineData(LegalDocumentType.Other, "4707/QĐ-UBND")]
    public void TypeProblem_TypeMatchesSymbol_None(LegalDocumentType type, string symbol) =>
        Assert.Null(SymbolRules.TypeProblem(type, symbol));

    [Fact]
    public void TypeProblem_PlanWithDecisionSymbol_SaysWhichTypeTheSymbolIs() =>
        Assert.Equal(
            "Loại văn bản không khớp với ký hiệu: 4707/QĐ-UBND là ký hiệu của Quyết định (QĐ), không phải Kế hoạch.",
            SymbolRules.TypeProblem(LegalDocumentType.Plan, "4707/QĐ-UBND"));

    [Theory]
    [InlineData(LegalDocumentType.Decree, "76/NQ-CP", "là ký hiệu của Nghị quyết (NQ), không phải Nghị định")]
    [InlineData(LegalDocumentType.Resolution, "17-CT/TU", "là ký hiệu của Chỉ thị (CT), không phải Nghị quyết")]
    [InlineData(LegalDocumentType.Programme, "05-CTrHĐ/TU", "là ký hiệu của Chương trình hành động (CTrHĐ), không phải Chương trình")]
    [InlineData(LegalDocumentType.Plan, "12/TTr-UBND", "là ký hiệu của Tờ trình (TTr), không phải Kế hoạch")]
    [InlineData(LegalDocumentType.Plan, "2139/UBND-NV", "không có chữ viết tắt KH của Kế hoạch; nếu đây là công văn, hãy chọn loại Công văn")]
    [InlineData(LegalDocumentType.OfficialLetter, "12/KH-UBND", "công văn không có chữ viết tắt tên loại")]
    [InlineData(LegalDocumentType.Decision, "52/2019/QH14", "là ký hiệu của Luật hoặc Nghị quyết của Quốc hội, không phải Quyết định")]
    [InlineData(LegalDocumentType.Law, "45/2020/NĐ-CP", "Luật có ký hiệu dạng số/năm/QH")]
    public void TypeProblem_Mismatch_Explained(LegalDocumentType type, string symbol, string expected)
    {
        var problem = SymbolRules.TypeProblem(type, symbol);

        Assert.NotNull(problem);
        Assert.StartsWith("Loại văn bản không khớp với ký hiệu: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeProblem_SymbolNotInOfficialForm_LeftToFormProblem() =>
        Assert.Null(SymbolRules.TypeProblem(LegalDocumentType.Plan, "KH-UBND"));

    [Theory]
    [InlineData("45/2020/NĐ-CP", 2020, 4, 8)]
    [InlineData("45/2020/NĐ-CP", 2020, 12, 31)]
    [InlineData("76/NQ-CP", 2021, 7, 15)]
    [InlineData("17-CT/TU", 2012, 1, 1)]
    public void YearProblem_YearOfIssueOrNoYear_None(string symbol, int year, int month, int day) =>
        Assert.Null(SymbolRules.YearProblem(symbol, new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2021, 1, 4)]
    [InlineData(2019, 12, 30)]
    public void YearProblem_OtherYear_Flagged(int year, int month, int day) =>
        Assert.Equal(
            $"Năm trong ký hiệu (2020) khác năm ban hành ({year}).",
            SymbolRules.YearProblem("45/2020/NĐ-CP", new DateOnly(year, month, day)));

    [Theory]
    [InlineData("76/NQ-CP", LegalDocumentType.Resolution)]
    [InlineData("45/2020/nd-cp", LegalDocumentType.Decree)]
    [InlineData("124-KH/TU", LegalDocumentType.Plan)]
    [InlineData("2139/UBND-NV", LegalDocumentType.OfficialLetter)]
    [InlineData("05-CTrHĐ/TU", LegalDocumentType.ActionProgramme)]
    [InlineData("52/2019/QH14", null)]
    [InlineData("15-CTr/TU", null)]
    [InlineData("76", null)]
    public void TypeOf_Symbol_TheOneTypeItPointsTo(string symbol, LegalDocumentType? expected) =>
        Assert.Equal(expected, SymbolRules.TypeOf(symbol));

    [Fact]
    public void TypeProblem_NationalCatalogue_EveryEntryAgrees()
    {
        var mismatches = NationalCatalogue.Create()
            .Select(d => (d.Symbol, Problem: SymbolRules.FormProblem(d.Symbol) ?? SymbolRules.TypeProblem(d.Type, d.Symbol) ?? SymbolRules.YearProblem(d.Symbol, d.IssuedOn)))
            .Where(x => x.Problem is not null);

        Assert.Empty(mismatches);
    }
}
