using CchcPlanner.Data.Demo;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Tests.Data.Demo;

public sealed class DemoDocumentsTests
{
    [Fact]
    public void Create_ReturnsTheFiveLocalDocumentsTheExamplesCite()
    {
        var documents = DemoDocuments.Create();

        Assert.Equal(["406/KH-UBND", "4347/KH-UBND", "4707/QĐ-UBND", "159/KH-UBND", "162/KH-UBND"], documents.Select(d => d.Symbol));
        Assert.All(documents, d => Assert.Equal(LegalDocumentType.Plan, d.Type));
    }

    [Theory]
    [InlineData("406/KH-UBND", "Kế hoạch số 406/KH-UBND ngày 29/12/2022 của Ủy ban nhân dân Quận 1 về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2023")]
    [InlineData("4347/KH-UBND", "Kế hoạch số 4347/KH-UBND ngày 25/11/2021 của Ủy ban nhân dân tỉnh Hải Dương về thực hiện CCHC nhà nước tỉnh Hải Dương giai đoạn 2021-2025")]
    [InlineData("4707/QĐ-UBND", "Kế hoạch số 4707/QĐ-UBND ngày 24/12/2021 của Ủy ban nhân dân tỉnh Hải Dương về thực hiện CCHC nhà nước tỉnh Hải Dương năm 2022")]
    [InlineData("159/KH-UBND", "Kế hoạch số 159/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân huyện Ninh Giang về thực hiện CCHC nhà nước huyện Ninh Giang giai đoạn 2021-2025")]
    [InlineData("162/KH-UBND", "Kế hoạch số 162/KH-UBND ngày 27/12/2021 của Ủy ban nhân dân huyện Ninh Giang về thực hiện CCHC nhà nước huyện Ninh Giang năm 2022")]
    public void CitationText_EachEntry_ReadsAsTheExampleCitesIt(string symbol, string expected) =>
        Assert.Equal(expected, DemoDocuments.Create().Single(d => d.Symbol == symbol).CitationText);

    [Fact]
    public void Create_Plan4707_KeepsTheDecisionSymbolTheSourcePrints()
    {
        var document = DemoDocuments.Create().Single(d => d.Number == "4707");

        Assert.Equal(LegalDocumentType.Plan, document.Type);
        Assert.Equal("QĐ", document.Symbol.Split('/', '-')[1]);
    }
}
