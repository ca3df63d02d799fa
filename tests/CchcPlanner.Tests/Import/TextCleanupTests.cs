using System.Text;
using CchcPlanner.Import;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Import;

/// <summary>What converters leave in a plan's text, and that the plan is read the same despite it.</summary>
public sealed class TextCleanupTests
{
    [Fact]
    public void Import_MarkdownExport_DropsBoldItalicAndBookmarkMarkers()
    {
        var result = Fixtures.Import(Fixtures.DepartmentDraft);

        Assert.DoesNotContain("*", result.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("bookmark", result.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", result.SourceText, StringComparison.Ordinal);
        Assert.Equal("Kiểm soát thủ tục hành chính năm 2023", result.Plan.Title);
        Assert.Equal(("UBND TỈNH HẢI DƯƠNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"), (result.Plan.ParentBody, result.Plan.IssuingBody));
        Assert.Equal("Sở Giáo dục và Đào tạo", result.Plan.UnitName);
        Assert.Equal(new SignatureJson("KT.", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình"), result.Plan.Signature);
    }

    [Fact]
    public void Import_BlankNumberAndDay_KeepsTheSymbolAndTheYear()
    {
        var result = Fixtures.Import(Fixtures.DepartmentDraft);

        Assert.Null(result.Plan.Number);
        Assert.Equal("KH-SGDĐT", result.Plan.Symbol);
        Assert.Null(result.Plan.IssuedOn);
        Assert.Equal(2023, result.Plan.Year);
        Assert.Equal("Hải Dương", result.Plan.Place);
        Assert.Equal("draft", result.Plan.Status);
        Assert.Contains(result.Warnings, w => w.Code == ImportWarningCodes.NoNumber && w.Message.Contains("/KH-SGDĐT", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Code == ImportWarningCodes.NoDate);
    }

    [Fact]
    public void Import_TextExport_CleansTabsOddSpacesAndPageBreaks()
    {
        var result = Fixtures.Import(Fixtures.OfficeWithoutLabel);
        var objectives = result.Plan.Sections[0];

        Assert.Equal("MỤC TIÊU", objectives.Heading);
        Assert.Equal(
            ["Nâng cao chất lượng giải quyết thủ tục hành chính cho tổ chức, cá nhân trên địa bàn huyện.", "Bảo đảm 100% hồ sơ được giải quyết đúng hạn."],
            objectives.Children.Select(c => c.Text));
        Assert.DoesNotContain(result.Paragraphs, p => p.Contains('\t', StringComparison.Ordinal) || p.Contains('\u00A0', StringComparison.Ordinal)
            || p.Contains('\u200B', StringComparison.Ordinal) || p.Contains("  ", StringComparison.Ordinal) || p == "2");
    }

    [Fact]
    public void Import_HeaderOnTwoColumnsOfText_SeparatesBodiesNumberAndDate()
    {
        var plan = Fixtures.Import(Fixtures.OfficeWithoutLabel).Plan;

        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN NINH GIANG", plan.ParentBody);
        Assert.Equal("PHÒNG NỘI VỤ", plan.IssuingBody);
        Assert.Equal("Phòng Nội vụ", plan.UnitName);
        Assert.Equal("05/KH-PNV", plan.Number);
        Assert.Equal(new DateOnly(2023, 1, 10), plan.IssuedOn);
        Assert.Equal("Ninh Giang", plan.Place);
        Assert.Equal("Cải cách hành chính năm 2023", plan.Title);
    }

    [Fact]
    public void Import_RecipientsWithoutLabel_AreFoundByTheirListEndingInLuu()
    {
        var result = Fixtures.Import(Fixtures.OfficeWithoutLabel);

        Assert.Equal([("Chủ tịch UBND huyện", "để b/c"), ("Các cơ quan, đơn vị", null), ("Lưu: VT", null)], result.Plan.Recipients.Select(r => (r.Name, r.Purpose)));
        Assert.Contains(result.Warnings, w => w.Code == ImportWarningCodes.RecipientsLabelMissing);
        Assert.Equal(new SignatureJson(null, null, "TRƯỞNG PHÒNG", "Trần Thị Lan"), result.Plan.Signature);
    }

    [Fact]
    public void Import_TaskAssignments_InABracketOrOnDetailLines()
    {
        var tasks = Fixtures.Import(Fixtures.OfficeWithoutLabel).Plan.Tasks;

        Assert.Equal(
            new TaskJson("institutions", "Cải cách thể chế", "Rà soát văn bản quy phạm pháp luật", null, "Phòng Tư pháp", "Phòng Nội vụ", "quarter", null, 1, "Báo cáo rà soát", "notStarted"),
            tasks[0]);
        Assert.Equal(("digitalGovernment", "Văn phòng HĐND&UBND huyện", "ongoing", (string?)null), (tasks[1].Area, tasks[1].LeadUnit, tasks[1].Timeline, tasks[1].Details));
    }

    [Fact]
    public void Import_DecomposedUnicode_ReadsAsComposed()
    {
        var composed = Fixtures.Text(Fixtures.Kindergarten);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var fromNfd = Fixtures.ImportText(decomposed);

        Assert.Equal(Json(Fixtures.Import(Fixtures.Kindergarten).Plan), Json(fromNfd.Plan));
        Assert.True(fromNfd.SourceText.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-16")]
    [InlineData("utf-16 without BOM")]
    [InlineData("crlf")]
    public void Import_EncodingsAndLineEnds_ReadTheSamePlan(string variant)
    {
        var text = Fixtures.Text(Fixtures.NinhGiang);
        var bytes = variant switch
        {
            "utf-8 with BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16 without BOM" => Encoding.Unicode.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
        };

        Assert.Equal(Json(Fixtures.Import(Fixtures.NinhGiang).Plan), Json(Fixtures.Import(bytes, "plan.txt").Plan));
    }

    [Fact]
    public void Import_LineSplitMidSentence_IsOneParagraph_ButAListLetterIsNot()
    {
        var text = Plan(
            "I. MỤC TIÊU",
            "- Bảo đảm 100% hồ sơ được giải quyết đúng hạn cho tổ chức,",
            "",
            "cá nhân theo quy định.",
            "a) Mục tiêu cụ thể",
            "- Giảm thời gian chờ.");

        var items = Fixtures.ImportText(text).Plan.Sections[0].Children;

        Assert.Equal(
            [("bullet", "Bảo đảm 100% hồ sơ được giải quyết đúng hạn cho tổ chức, cá nhân theo quy định."), ("heading", "Mục tiêu cụ thể"), ("bullet", "Giảm thời gian chờ.")],
            items.Select(i => (i.Style, i.Text)));
    }

    [Fact]
    public void ImportText_GivesTheSamePlanAsTheFile()
    {
        Assert.Equal(Json(Fixtures.Import(Fixtures.NinhGiang).Plan), Json(PlanImporter.ImportText(Fixtures.Text(Fixtures.NinhGiang)).Plan));
    }

    /// <summary>A minimal plan around the given body lines.</summary>
    public static string Plan(params string[] body) => string.Join('\n', [
        "Số: 05/KH-MNTH",
        "Quận 1, ngày 05 tháng 01 năm 2024",
        "KẾ HOẠCH",
        "Thực hiện công tác cải cách hành chính năm 2024",
        "Căn cứ Kế hoạch số 412/KH-UBND ngày 26/12/2023 của Ủy ban nhân dân Quận 1 về thực hiện công tác cải cách hành chính năm 2024.",
        .. body,
        "Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm 2024./.",
        "Nơi nhận:",
        "- Phòng Nội vụ Q1;",
        "- Lưu: VT.",
        "HIỆU TRƯỞNG",
        "Nguyễn Thị Mai",
    ]);

    private static string Json(PlanJson plan) => System.Text.Json.JsonSerializer.Serialize(plan, PlanJson.Options);
}
