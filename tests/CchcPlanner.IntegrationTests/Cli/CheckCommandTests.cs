extern alias cli;

using System.Text;
using System.Text.Json;
using cli::CchcPlanner.Cli;
using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;
using CchcPlanner.LegalDocuments;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.IntegrationTests.Cli;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task Check_FolderWithBothExamplesAndGarbage_ReportsEachFileAndExitsOne()
    {
        using var folder = new CliFolder();
        folder.CopyExample(CliFolder.Kindergarten);
        folder.CopyExample(CliFolder.NinhGiang);
        folder.Write("rac.docx", "đây không phải tệp Word");
        folder.Write("ghi-chu.pdf", "bỏ qua: không phải .docx, .txt, .md");

        var (exitCode, output, error) = await CliFolder.RunAsync("check", folder.Path);

        Assert.Equal((CliApp.Failed, string.Empty), (exitCode, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("mn-tuoi-hong-2023-cchc.txt: 1 lỗi, 97 cảnh báo, 4 lưu ý", lines);
        Assert.Contains(lines, l => l.StartsWith("[citation-date-conflict] lỗi – Nghị định số 106/2020/NĐ-CP ghi ngày 15/9/2020, nhưng theo danh mục văn bản ngày ban hành là 10/9/2020", StringComparison.Ordinal));
        Assert.Contains("[kpi-without-target] cảnh báo – Chỉ tiêu chưa có mục tiêu đo được (giá trị và phép so sánh, ví dụ “đạt 100%”, “từ 99% trở lên”). (kpis[9])", lines);
        Assert.Contains("[task-without-lead] cảnh báo – Nhiệm vụ chưa có đơn vị, cá nhân chủ trì. (48 chỗ: tasks[0], tasks[1], tasks[2], tasks[3], … tasks[47])", lines);
        Assert.StartsWith("[citation-date-conflict] lỗi", lines[1], StringComparison.Ordinal);
        Assert.Contains("ninh-giang-2022-tuyen-truyen-cchc.txt: 2 lỗi, 0 cảnh báo, 0 lưu ý", lines);
        Assert.Contains("[citation-type-mismatch] lỗi – Loại văn bản không khớp với ký hiệu: 4707/QĐ-UBND là ký hiệu của Quyết định (QĐ), không phải Kế hoạch. (2 chỗ: legalBases[3], sections[1].children[3])", lines);
        Assert.Contains(lines, l => l.StartsWith("rac.docx: không nhập được – ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("ghi-chu.pdf", StringComparison.Ordinal) || l.Contains("[stale-year]", StringComparison.Ordinal));
        Assert.Equal("Đã kiểm tra 3 tệp: 3 tệp có lỗi.", lines[^1]);
    }

    [Fact]
    public async Task Check_Json_PrintsOneDocumentWithTheFindingsOfEachFile()
    {
        using var folder = new CliFolder();
        folder.CopyExample(CliFolder.NinhGiang);
        folder.Write("rac.txt", "Danh sách mua sắm: bút, giấy, mực in.");

        var (exitCode, output, _) = await CliFolder.RunAsync("check", folder.Path, "--json");

        Assert.Equal(CliApp.Failed, exitCode);
        using var json = JsonDocument.Parse(output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["ninh-giang-2022-tuyen-truyen-cchc.txt", "rac.txt"], files.Select(f => f.GetProperty("file").GetString()));
        var findings = files[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["legalBases[3]", "sections[1].children[3]"], findings.Select(f => f.GetProperty("subject").GetString()));
        Assert.All(findings, f => Assert.Equal(("citation-type-mismatch", "error"), (f.GetProperty("code").GetString(), f.GetProperty("severity").GetString())));
        Assert.Equal(JsonValueKind.Null, files[0].GetProperty("importError").ValueKind);
        Assert.Contains("không phải là một kế hoạch", files[1].GetProperty("importError").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, json.RootElement.GetProperty("filesWithErrors").GetInt32());
    }

    [Fact]
    public async Task Check_FileWithWarningsOnly_ExitsZero()
    {
        using var folder = new CliFolder();
        var text = File.ReadAllText(CliFolder.Fixture(CliFolder.NinhGiang)).Replace("Kế hoạch số 4707/QĐ-UBND", "Quyết định số 4707/QĐ-UBND", StringComparison.Ordinal);
        var file = folder.Write("ninh-giang-da-sua.txt", text.Replace("- Lưu: VT.", "- Phòng Nội vụ.", StringComparison.Ordinal));

        var (exitCode, output, _) = await CliFolder.RunAsync("check", file);

        Assert.Equal(CliApp.Ok, exitCode);
        Assert.Contains("ninh-giang-da-sua.txt: 0 lỗi, 1 cảnh báo, 0 lưu ý", output, StringComparison.Ordinal);
        Assert.Contains("[missing-file-copy] cảnh báo – Nơi nhận chưa có bản lưu của văn thư “- Lưu: VT”. (recipients)", output, StringComparison.Ordinal);
        Assert.EndsWith("Đã kiểm tra 1 tệp: không có lỗi.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TextInDecomposedUnicode_ReportsItOnTheSourceText()
    {
        using var folder = new CliFolder();
        var file = folder.Write("nfd.txt", File.ReadAllText(CliFolder.Fixture(CliFolder.NinhGiang)).Normalize(NormalizationForm.FormD));

        var (_, output, _) = await CliFolder.RunAsync("check", file);

        Assert.Contains("[non-nfc-text] cảnh báo – Tệp gốc có ", output, StringComparison.Ordinal);
        Assert.Contains("[citation-type-mismatch]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DocxFromOurRenderer_PassesTheFormatChecks()
    {
        using var folder = new CliFolder();
        var file = folder.Write("ninh-giang.docx", DocxRenderer.Render(PlanDocumentBuilder.Build(NinhGiangPlan())));

        var (_, output, error) = await CliFolder.RunAsync("check", file);

        Assert.Equal(string.Empty, error);
        Assert.StartsWith("ninh-giang.docx: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[format-", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_DocxOnLetterPaperInArial_FailsTheFormatChecks()
    {
        using var folder = new CliFolder();
        var file = folder.Write("ninh-giang-letter.docx", LetterInArial(DocxRenderer.Render(PlanDocumentBuilder.Build(NinhGiangPlan()))));

        var (exitCode, output, _) = await CliFolder.RunAsync("check", file);

        Assert.Equal(CliApp.Failed, exitCode);
        Assert.Contains("[format-paper] lỗi – Phần 1 của tệp: khổ giấy 215,9 × 279,4 mm (Letter), không phải A4 (210 × 297 mm). (docx.sections[0])", output, StringComparison.Ordinal);
        Assert.Contains("[format-font] lỗi – Kiểu “Normal” dùng phông Arial", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check|a.txt|b.txt")]
    [InlineData("check|a.txt|--pdf|a.pdf")]
    [InlineData("check|khong-co-tep-nay.txt")]
    public async Task Check_WrongArguments_IsAUsageErrorInVietnamese(string args)
    {
        var (exitCode, output, error) = await CliFolder.RunAsync(args.Split('|'));

        Assert.Equal((CliApp.Usage, string.Empty), (exitCode, output));
        Assert.Matches("^(Cách dùng: cchc check|Không tìm thấy tệp hoặc thư mục)", error);
    }

    [Fact]
    public async Task Check_EmptyFolder_IsAUsageError()
    {
        using var folder = new CliFolder();

        var (exitCode, _, error) = await CliFolder.RunAsync("check", folder.Path);

        Assert.Equal(CliApp.Usage, exitCode);
        Assert.Contains("không có tệp .docx, .txt hoặc .md nào", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsImportAndCheck()
    {
        var (exitCode, output, _) = await CliFolder.RunAsync("help");

        Assert.Equal(CliApp.Ok, exitCode);
        Assert.Contains("import      Đọc một kế hoạch từ tệp .docx, .txt hoặc .md", output, StringComparison.Ordinal);
        Assert.Contains("check       Kiểm tra kế hoạch: cchc check <tệp | thư mục> [--json]", output, StringComparison.Ordinal);
    }

    private static CchcPlanner.Plans.Plan NinhGiangPlan()
    {
        var bySymbol = NationalCatalogue.Create().Concat(DemoDocuments.Create()).GroupBy(d => d.Symbol).ToDictionary(g => g.Key, g => g.First());
        return NinhGiangPlan2022.Build(DemoUnits.Create().NinhGiang, symbol => bySymbol[symbol]);
    }

    /// <summary>The same document turned to Letter paper with Arial as the body font, as a clerk's template might have it.</summary>
    private static byte[] LetterInArial(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            var main = package.MainDocumentPart!;
            var size = main.Document.Body!.Descendants<SectionProperties>().First().GetFirstChild<PageSize>()!;
            (size.Width, size.Height) = (12240u, 15840u);
            var normal = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Normal");
            normal.StyleRunProperties!.RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" };
            main.StyleDefinitionsPart.Styles.Save();
            main.Document.Save();
        }

        return stream.ToArray();
    }
}
