using System.Globalization;
using System.Text.Json;
using CchcPlanner.Checks;
using CchcPlanner.Common;
using CchcPlanner.Import;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Cli;

/// <summary>
/// <c>cchc import FILE [-o plan.json]</c>: reads a plan from a .docx, .txt or .md file, prints what was found, and
/// writes the plan as JSON (docs/plan-json.md) with its <c>findings</c> filled.
/// </summary>
internal static class ImportCommand
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        if (options.Arguments.Count != 1 || options.Outputs.Count > 0)
        {
            await error.WriteLineAsync("Cách dùng: cchc import <tệp .docx | .txt | .md> [-o plan.json]");
            return CliApp.Usage;
        }

        var path = options.Arguments[0];
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"Không tìm thấy tệp {path}.");
            return CliApp.Usage;
        }

        var file = await CheckedFile.ReadAsync(path, new CheckedFile.Catalogue());
        if (file.Import is not { } result)
        {
            await error.WriteLineAsync($"Không nhập được {file.Name}: {file.ImportError}");
            return CliApp.Failed;
        }

        var target = options.OutputFile ?? Path.ChangeExtension(path, ".json");
        var plan = result.Plan with { Findings = file.Findings.Select(f => f.ToJson()).ToList() };
        await File.WriteAllTextAsync(target, JsonSerializer.Serialize(plan, PlanJson.Options));
        await WriteSummaryAsync(output, file, result, plan);
        await output.WriteLineAsync($"Đã ghi {target}.");
        return CliApp.Ok;
    }

    private static async Task WriteSummaryAsync(TextWriter output, CheckedFile file, ImportResult result, PlanJson plan)
    {
        var number = plan.Number ?? $"   /{plan.Symbol}";
        var date = plan.IssuedOn is { } issued ? $" ngày {VietnameseDates.Table(issued)}" : string.Empty;
        await output.WriteLineAsync($"Đã nhập {file.Name}: Kế hoạch số {number}{date} – {plan.Title}");
        await output.WriteLineAsync(
            $"  {N(plan.LegalBases.Count)} căn cứ pháp lý, {N(plan.Sections.Count)} mục, {N(plan.Kpis.Count)} chỉ tiêu, "
            + $"{N(plan.Tasks.Count)} nhiệm vụ, {N(plan.ReportingDeadlines.Count)} hạn báo cáo, {N(plan.Recipients.Count)} nơi nhận.");
        var matched = result.Citations.Count(c => c.Kind == CitationMatchKind.Matched);
        var differs = result.Citations.Count(c => c.Kind == CitationMatchKind.DateDiffers);
        var unknown = result.Citations.Count(c => c.Kind == CitationMatchKind.Unknown);
        await output.WriteLineAsync(
            $"  Trích dẫn: {N(result.Citations.Count)} văn bản – {N(matched)} khớp danh mục, {N(differs)} khác ngày trong danh mục, {N(unknown)} chưa có trong danh mục.");
        foreach (var warning in result.Warnings)
        {
            await output.WriteLineAsync($"  Lưu ý khi nhập: {warning.Message}");
        }

        await output.WriteLineAsync(
            $"  Kiểm tra: {N(file.Count(FindingSeverity.Error))} lỗi, {N(file.Count(FindingSeverity.Warning))} cảnh báo, {N(file.Count(FindingSeverity.Info))} lưu ý"
            + (file.Findings.Count > 0 ? $" (xem chi tiết: cchc check {file.Path})." : "."));
    }

    private static string N(int count) => count.ToString("N0", Vietnamese);
}
