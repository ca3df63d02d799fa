extern alias cli;

using System.Text.Json;
using cli::CchcPlanner.Cli;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.IntegrationTests.Cli;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Import_Kindergarten_PrintsWhatWasFoundAndWritesThePlanWithFindings()
    {
        using var folder = new CliFolder();
        var source = folder.CopyExample(CliFolder.Kindergarten);
        var target = folder.File("plan.json");

        var (exitCode, output, error) = await CliFolder.RunAsync("import", source, "-o", target);

        Assert.Equal((CliApp.Ok, string.Empty), (exitCode, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Đã nhập mn-tuoi-hong-2023-cchc.txt: Kế hoạch số 16/KH-MNTH ngày 01/02/2023 – Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2023", lines[0]);
        Assert.Equal("1 căn cứ pháp lý, 5 mục, 10 chỉ tiêu, 48 nhiệm vụ, 0 hạn báo cáo, 3 nơi nhận.", lines[1]);
        Assert.Matches(@"^Trích dẫn: \d+ văn bản – \d+ khớp danh mục, 1 khác ngày trong danh mục, \d+ chưa có trong danh mục\.$", lines[2]);
        Assert.Contains("Kiểm tra: 1 lỗi, 97 cảnh báo, 4 lưu ý (xem chi tiết: cchc check ", output, StringComparison.Ordinal);
        Assert.Equal($"Đã ghi {target}.", lines[^1]);

        var plan = JsonSerializer.Deserialize<PlanJson>(await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken), PlanJson.Options)!;
        Assert.Equal(("16/KH-MNTH", 48), (plan.Number, plan.Tasks.Count));
        Assert.Equal(102, plan.Findings.Count);
        var conflict = Assert.Single(plan.Findings, f => f.Code == "citation-date-conflict");
        Assert.Equal(("error", "Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020"), (conflict.Severity, conflict.Quote));
        Assert.Contains("106/2020/NĐ-CP ngày 15 tháng 9 năm 2020", plan.Tasks[int.Parse(conflict.Subject[6..^1], System.Globalization.CultureInfo.InvariantCulture)].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WithoutOutputOption_WritesTheJsonBesideTheFile()
    {
        using var folder = new CliFolder();
        var source = folder.CopyExample(CliFolder.NinhGiang);

        var (exitCode, _, _) = await CliFolder.RunAsync("import", source);

        Assert.Equal(CliApp.Ok, exitCode);
        var written = await File.ReadAllTextAsync(folder.File("ninh-giang-2022-tuyen-truyen-cchc.json"), TestContext.Current.CancellationToken);
        Assert.Contains("\"code\": \"citation-type-mismatch\"", written, StringComparison.Ordinal);
        Assert.Contains("\"number\": \"18/KH-UBND\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileThatIsNoPlan_FailsWithTheVietnameseReason()
    {
        using var folder = new CliFolder();
        var file = folder.Write("rac.docx", "đây không phải tệp Word");

        var (exitCode, output, error) = await CliFolder.RunAsync("import", file);

        Assert.Equal((CliApp.Failed, string.Empty), (exitCode, output));
        Assert.StartsWith("Không nhập được rac.docx: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("rac.json")));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import|a.txt|-o")]
    [InlineData("import|khong-co-tep-nay.txt")]
    public async Task Import_WrongArguments_IsAUsageError(string args)
    {
        var (exitCode, _, error) = await CliFolder.RunAsync(args.Split('|'));

        Assert.Equal(CliApp.Usage, exitCode);
        Assert.NotEqual(string.Empty, error);
    }
}
