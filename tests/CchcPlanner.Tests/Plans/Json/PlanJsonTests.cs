using System.Text.Json;
using CchcPlanner.Common;
using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;
using CchcPlanner.Tests.Data.Demo;

namespace CchcPlanner.Tests.Plans.Json;

public sealed class PlanJsonTests
{
    public static TheoryData<string> Examples => ["kindergarten", "ninh-giang"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void WriteReadWrite_ExamplePlan_GivesTheSameJsonAndTheSameDocument(string example)
    {
        var plan = Example(example);

        var json = PlanJsonWriter.Write(plan);
        var read = PlanJsonReader.Read(json);

        Assert.Equal(json, PlanJsonWriter.Write(read));
        Assert.Equal(HtmlRenderer.Render(PlanDocumentBuilder.Build(plan)), HtmlRenderer.Render(PlanDocumentBuilder.Build(read)));
    }

    [Fact]
    public void Write_Kindergarten_HasTheDocumentedCamelCaseFields()
    {
        using var json = JsonDocument.Parse(PlanJsonWriter.Write(Example("kindergarten")));
        var root = json.RootElement;

        Assert.Equal("16/KH-MNTH", root.GetProperty("number").GetString());
        Assert.Equal("2023-02-01", root.GetProperty("issuedOn").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal("406/KH-UBND", root.GetProperty("citations")[0].GetProperty("symbol").GetString());
        Assert.Equal("MỤC TIÊU", root.GetProperty("sections")[0].GetProperty("heading").GetString());
        Assert.Equal("bullet", root.GetProperty("sections")[0].GetProperty("children")[0].GetProperty("style").GetString());
        Assert.Equal("exactly", root.GetProperty("kpis")[0].GetProperty("comparator").GetString());
        Assert.Equal(100m, root.GetProperty("kpis")[0].GetProperty("target").GetDecimal());
        Assert.Equal("Lưu: VT", root.GetProperty("recipients")[2].GetProperty("name").GetString());
        Assert.Equal("Vũ Thị Ngọc Bắc", root.GetProperty("signature").GetProperty("name").GetString());
        Assert.Contains("\"Trường mầm non Tuổi Hồng", root.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnnumberedPlan_PrintsTheBlankForTheClerk()
    {
        var json = """{ "kind": "annualCchc", "year": 2025, "symbol": "KH-MNTH", "place": "Quận 1", "issuingBody": "Trường mầm non Tuổi Hồng", "title": "Thực hiện công tác cải cách hành chính năm 2025" }""";

        var document = PlanDocumentBuilder.Build(PlanJsonReader.Read(json));

        Assert.Equal("Số:       /KH-MNTH", document.Header.NumberLine);
        Assert.Equal("Quận 1, ngày      tháng      năm 2025", document.Header.PlaceAndDate);
    }

    [Theory]
    [InlineData("{ not json", "không đúng định dạng")]
    [InlineData("""{ "kind": "weekly", "year": 2025, "title": "x", "issuingBody": "A" }""", "kind")]
    [InlineData("""{ "kind": "annualCchc", "year": 1850, "title": "x", "issuingBody": "A" }""", "Năm kế hoạch")]
    [InlineData("""{ "kind": "annualCchc", "year": 2025, "title": "x", "issuingBody": "A", "number": "mười sáu" }""", "Số, ký hiệu")]
    public void Read_BadInput_FailsWithAVietnameseMessage(string json, string expected)
    {
        var error = Assert.Throws<DomainRuleException>(() => PlanJsonReader.Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Plan Example(string name)
    {
        var units = DemoUnits.Create();
        return name == "kindergarten"
            ? KindergartenPlan2023.Build(units.TuoiHong, DemoCatalogue.Create())
            : NinhGiangPlan2022.Build(units.NinhGiang, DemoCatalogue.Create());
    }
}
