using System.Text;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Tests.LegalDocuments;

public sealed class LegalDocumentRulesTests
{
    private static readonly DateOnly Today = new(2023, 2, 1);

    [Fact]
    public void Validate_CompleteEntry_NoProblems() =>
        Assert.Empty(LegalDocumentRules.Validate(Decree45(), Today));

    [Fact]
    public void Validate_EmptyForm_EveryFieldExplained()
    {
        var problems = LegalDocumentRules.Validate(new LegalDocumentInput(), Today);

        Assert.Equal(
            [
                ("Type", "Chọn loại văn bản."),
                ("Symbol", "Số, ký hiệu không được để trống."),
                ("IssuedOn", "Chưa nhập ngày ban hành."),
                ("Issuer", "Cơ quan ban hành không được để trống."),
                ("Summary", "Trích yếu không được để trống."),
            ],
            problems.Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public void Validate_PlanWithDecisionSymbol_ProblemBesideType()
    {
        var input = Decree45();
        input.Type = LegalDocumentType.Plan;
        input.Symbol = "4707/QĐ-UBND";
        input.IssuedOn = new DateOnly(2021, 12, 24);

        var problem = Assert.Single(LegalDocumentRules.Validate(input, Today));

        Assert.Equal("Type", problem.Field);
        Assert.Contains("4707/QĐ-UBND là ký hiệu của Quyết định (QĐ), không phải Kế hoạch", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SymbolWithSpaces_Accepted()
    {
        var input = Decree45();
        input.Symbol = "45 / 2020 / nđ - cp";

        Assert.Empty(LegalDocumentRules.Validate(input, Today));
        Assert.Equal("45/2020/NĐ-CP", LegalDocumentRules.Create(input).Symbol);
    }

    [Fact]
    public void Validate_DateAfterToday_Refused()
    {
        var input = Decree45();
        input.Symbol = "12/2023/NĐ-CP";
        input.IssuedOn = Today.AddDays(1);

        var problem = Assert.Single(LegalDocumentRules.Validate(input, Today));

        Assert.Equal(("IssuedOn", "Ngày ban hành (02/02/2023) không được sau ngày hôm nay (01/02/2023)."), (problem.Field, problem.Message));
    }

    [Fact]
    public void Validate_DateToday_Accepted()
    {
        var input = Decree45();
        input.Symbol = "12/2023/NĐ-CP";
        input.IssuedOn = Today;

        Assert.Empty(LegalDocumentRules.Validate(input, Today));
    }

    [Fact]
    public void Validate_YearInSymbolNotYearOfIssue_ProblemBesideDate()
    {
        var input = Decree45();
        input.IssuedOn = new DateOnly(2021, 4, 8);

        var problem = Assert.Single(LegalDocumentRules.Validate(input, Today));

        Assert.Equal(("IssuedOn", "Năm trong ký hiệu (2020) khác năm ban hành (2021)."), (problem.Field, problem.Message));
    }

    [Fact]
    public void Create_DecomposedText_StoredNfc()
    {
        var input = Decree45();
        input.Issuer = "Chính  phủ ".Normalize(NormalizationForm.FormD);
        input.Summary = "quy định về thực hiện thủ tục hành chính trên môi trường điện tử.".Normalize(NormalizationForm.FormD);

        var document = LegalDocumentRules.Create(input);

        Assert.Equal("Chính phủ", document.Issuer);
        Assert.Equal("quy định về thực hiện thủ tục hành chính trên môi trường điện tử", document.Summary);
        Assert.True(document.CitationText.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Về thực hiện công tác cải cách hành chính năm 2023.", "về thực hiện công tác cải cách hành chính năm 2023")]
    [InlineData("Ban hành Chương trình tổng thể;", "ban hành Chương trình tổng thể")]
    [InlineData("Chương trình tổng thể cải cách hành chính", "Chương trình tổng thể cải cách hành chính")]
    [InlineData("CCHC nhà nước tỉnh Hải Dương", "CCHC nhà nước tỉnh Hải Dương")]
    [InlineData("  về   đẩy mạnh   phân cấp ", "về đẩy mạnh phân cấp")]
    public void CleanSummary_Typed_ContinuesTheCitation(string typed, string expected) =>
        Assert.Equal(expected, LegalDocumentRules.CleanSummary(typed));

    [Fact]
    public void CitationPreview_Partial_ShowsGaps()
    {
        var input = new LegalDocumentInput { Type = LegalDocumentType.Plan, Symbol = "406/kh-ubnd" };

        Assert.Equal("Kế hoạch số 406/KH-UBND ngày … của … …", input.CitationPreview);
    }

    [Fact]
    public void CitationPreview_Complete_IsTheSavedCitation()
    {
        var input = Decree45();

        Assert.Equal(LegalDocumentRules.Create(input).CitationText, input.CitationPreview);
        Assert.Equal(
            "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử",
            input.CitationPreview);
    }

    [Fact]
    public void Citation_Resolution76_ReadsExactlyAsTheOfficialCitation()
    {
        var input = new LegalDocumentInput
        {
            Type = LegalDocumentType.Resolution,
            Symbol = "76/NQ-CP",
            IssuedOn = new DateOnly(2021, 7, 15),
            Issuer = "Chính phủ",
            Summary = "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
        };

        Assert.Equal(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
            LegalDocumentRules.Create(input).CitationText);
    }

    [Fact]
    public void Today_LateEveningUtc_IsAlreadyTomorrowInVietNam()
    {
        var clock = new FixedClock(new DateTimeOffset(2023, 1, 31, 18, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2023, 2, 1), LegalDocumentRules.Today(clock));
    }

    private static LegalDocumentInput Decree45() => new()
    {
        Type = LegalDocumentType.Decree,
        Symbol = "45/2020/NĐ-CP",
        IssuedOn = new DateOnly(2020, 4, 8),
        Issuer = "Chính phủ",
        Summary = "về thực hiện thủ tục hành chính trên môi trường điện tử",
    };

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
