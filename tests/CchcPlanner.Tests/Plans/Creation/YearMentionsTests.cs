using CchcPlanner.Plans.Creation;

namespace CchcPlanner.Tests.Plans.Creation;

public sealed class YearMentionsTests
{
    [Theory]
    [InlineData("Kế hoạch cải cách hành chính năm 2023 của nhà trường", "Kế hoạch cải cách hành chính năm 2024 của nhà trường")]
    [InlineData("Chỉ tiêu 2023: đạt 100%", "Chỉ tiêu 2024: đạt 100%")]
    [InlineData("năm 2023 và cả năm 2023.", "năm 2024 và cả năm 2024.")]
    [InlineData("Năm học 2022 - 2023 và năm học 2023 - 2024", "Năm học 2023 - 2024 và năm học 2024 - 2025")]
    [InlineData("năm học 2023–2024", "năm học 2024–2025")]
    public void Move_ThePlansOwnYear_Moves(string text, string expected)
    {
        Assert.Equal(expected, YearMentions.Move(text, 2023, 2024));
    }

    [Theory]
    [InlineData("theo Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020 của Chính phủ", 2020)]
    [InlineData("Quyết định số 41/2023/QĐ-UBND của Ủy ban nhân dân Thành phố", 2023)]
    [InlineData("Công văn số 12/PGDĐT ngày 05/01/2023 của Phòng Giáo dục và Đào tạo", 2023)]
    [InlineData("Kế hoạch số 387/KH-UBND ngày 12 tháng 12 năm 2023 của Ủy ban nhân dân Quận 1", 2023)]
    [InlineData("Chương trình tổng thể giai đoạn 2021 - 2025; giai đoạn 2023-2030", 2023)]
    [InlineData("Chương trình tổng thể giai đoạn 2021 - 2025", 2025)]
    [InlineData("năm học 2021 - 2023", 2023)]
    [InlineData("kinh phí 12.2023 đồng, mã số 20231", 2023)]
    [InlineData("năm 2022 và năm 2025", 2023)]
    public void Move_YearsOfDocumentsDatesAndPeriods_AreLeftAsTheyAre(string text, int year)
    {
        Assert.Equal(text, YearMentions.Move(text, year, year + 1));
    }

    [Fact]
    public void Move_SameYear_ReturnsTheTextUnchanged()
    {
        Assert.Equal("năm 2023", YearMentions.Move("năm 2023", 2023, 2023));
    }

    [Fact]
    public void Move_Backwards_MovesTheOwnYearOnly()
    {
        Assert.Equal(
            "năm 2022 theo Nghị định số 30/2023/NĐ-CP",
            YearMentions.Move("năm 2023 theo Nghị định số 30/2023/NĐ-CP", 2023, 2022));
    }

    [Theory]
    [InlineData("chủ đề năm 2023 của Thành phố")]
    [InlineData("Công văn ngày 05/01/2023")]
    [InlineData("giai đoạn 2021 - 2023")]
    [InlineData("Quyết định số 41/2023/QĐ-UBND ngày 17 tháng 6 năm 2023")]
    public void FirstMention_YearOnItsOwnOrInADateOrPeriod_IsFound(string text)
    {
        Assert.Equal(text.LastIndexOf("2023", StringComparison.Ordinal), YearMentions.FirstMention(text, 2023));
    }

    [Theory]
    [InlineData("Nghị định số 62/2023/NĐ-CP", 2023)]
    [InlineData("năm 2022", 2023)]
    [InlineData("mã số 120231", 2023)]
    public void FirstMention_YearOnlyInASymbolOrNotAtAll_IsNotFound(string text, int year)
    {
        Assert.Null(YearMentions.FirstMention(text, year));
    }

    [Fact]
    public void Snippet_LongText_ShowsTheWordsAroundTheYearBetweenEllipses()
    {
        const string text = "Tập trung xây dựng, triển khai đồng bộ, có hiệu quả các nhiệm vụ; thực hiện hiệu quả chủ đề năm 2023 của Thành phố: “Nâng cao hiệu quả hoạt động công vụ, đẩy mạnh cải cách hành chính”";

        var snippet = YearMentions.Snippet(text, text.IndexOf("2023", StringComparison.Ordinal));

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("chủ đề năm 2023 của Thành phố", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < text.Length);
        Assert.Contains(" " + snippet[1..].Split(' ')[0] + " ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_ShortText_IsTheWholeText()
    {
        Assert.Equal("năm 2023", YearMentions.Snippet("năm 2023", 4));
    }
}
