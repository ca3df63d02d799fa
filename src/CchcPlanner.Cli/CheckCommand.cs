using System.Globalization;
using System.Text.Json;
using CchcPlanner.Checks;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Cli;

/// <summary>
/// <c>cchc check FILE|FOLDER [--json]</c>: imports and checks one plan file, or every .docx, .txt and .md file of a
/// folder, and prints the findings of each (or one JSON document). Exit code 0 when no file has an error, 1 when
/// one has (a file that cannot be imported counts as one), 2 for a usage error.
/// </summary>
internal static class CheckCommand
{
    public const string JsonSwitch = "--json";

    public static readonly IReadOnlySet<string> Switches = new HashSet<string>(StringComparer.Ordinal) { JsonSwitch };

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<int> RunAsync(CliOptions options, TextWriter output, TextWriter error)
    {
        if (options.Arguments.Count != 1 || options.Outputs.Count > 0 || options.OutputFile is not null)
        {
            await error.WriteLineAsync("Cách dùng: cchc check <tệp | thư mục> [--json]");
            return CliApp.Usage;
        }

        var path = options.Arguments[0];
        IReadOnlyList<string> files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path)
                .Where(f => CheckedFile.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0)
            {
                await error.WriteLineAsync($"Thư mục {path} không có tệp .docx, .txt hoặc .md nào.");
                return CliApp.Usage;
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            await error.WriteLineAsync($"Không tìm thấy tệp hoặc thư mục {path}.");
            return CliApp.Usage;
        }

        var catalogue = new CheckedFile.Catalogue();
        var checkedFiles = new List<CheckedFile>();
        foreach (var file in files)
        {
            checkedFiles.Add(await CheckedFile.ReadAsync(file, catalogue));
        }

        if (options.Switches.Contains(JsonSwitch))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(Report(checkedFiles), PlanJson.Options));
        }
        else
        {
            await WriteTextAsync(output, checkedFiles);
        }

        return checkedFiles.Any(f => f.HasErrors) ? CliApp.Failed : CliApp.Ok;
    }

    private static async Task WriteTextAsync(TextWriter output, List<CheckedFile> files)
    {
        foreach (var file in files)
        {
            if (file.ImportError is { } importError)
            {
                await output.WriteLineAsync($"{file.Name}: không nhập được – {importError}");
                continue;
            }

            await output.WriteLineAsync(
                $"{file.Name}: {N(file.Count(FindingSeverity.Error))} lỗi, {N(file.Count(FindingSeverity.Warning))} cảnh báo, {N(file.Count(FindingSeverity.Info))} lưu ý");
            foreach (var group in Grouped(file.Findings))
            {
                var first = group[0];
                await output.WriteLineAsync($"  [{first.Code}] {first.Severity.ToVietnamese()} – {first.Message} ({Places(group)})");
            }
        }

        var failed = files.Count(f => f.HasErrors);
        await output.WriteLineAsync(failed == 0
            ? $"Đã kiểm tra {N(files.Count)} tệp: không có lỗi."
            : $"Đã kiểm tra {N(files.Count)} tệp: {N(failed)} tệp có lỗi.");
    }

    /// <summary>
    /// Errors first; one line for the findings that say the same thing in several places (48 tasks without a lead
    /// read as one line, not 48), in the order the plan reads.
    /// </summary>
    private static IEnumerable<List<Finding>> Grouped(IEnumerable<Finding> findings) =>
        findings
            .GroupBy(f => (f.Code, f.Severity, f.Message))
            .Select(g => g.ToList())
            .OrderByDescending(g => g[0].Severity);

    /// <summary>Where: the one place, or how many and the first few of them.</summary>
    private static string Places(List<Finding> group)
    {
        const int Shown = 4;
        if (group.Count == 1)
        {
            return group[0].Subject;
        }

        var shown = string.Join(", ", group.Take(Shown).Select(f => f.Subject));
        return group.Count <= Shown
            ? $"{N(group.Count)} chỗ: {shown}"
            : $"{N(group.Count)} chỗ: {shown}, … {group[^1].Subject}";
    }

    private static CheckReport Report(List<CheckedFile> files) => new(
        files.Select(f => new FileReport(
            f.Name, f.ImportError, f.Count(FindingSeverity.Error), f.Count(FindingSeverity.Warning), f.Count(FindingSeverity.Info),
            f.Findings.Select(x => x.ToJson()).ToList())).ToList(),
        files.Count(f => f.HasErrors));

    private static string N(int count) => count.ToString("N0", Vietnamese);

    /// <summary>What <c>cchc check --json</c> prints: one entry per file, and how many files have errors.</summary>
    internal sealed record CheckReport(IReadOnlyList<FileReport> Files, int FilesWithErrors);

    /// <param name="ImportError">The Vietnamese reason the file could not be imported; null when it was.</param>
    internal sealed record FileReport(string File, string? ImportError, int Errors, int Warnings, int Infos, IReadOnlyList<FindingJson> Findings);
}
