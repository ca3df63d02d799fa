using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Documents;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Cli;

/// <summary><c>cchc render &lt;plan id&gt; --pdf F | --docx F | --html F</c>: the official document of a plan.</summary>
internal static class RenderCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, CliOptions options, TextWriter output, TextWriter error)
    {
        if (options.Arguments.Count != 1 || options.Outputs.Count == 0)
        {
            await error.WriteLineAsync("Cách dùng: cchc render <mã kế hoạch | tệp plan.json> --pdf tệp.pdf | --docx tệp.docx | --html tệp.html | --json tệp.json");
            return CliApp.Usage;
        }

        Plan? plan;
        try
        {
            plan = await LoadAsync(services, options.Arguments[0]);
        }
        catch (DomainRuleException e)
        {
            await error.WriteLineAsync($"Không đọc được {options.Arguments[0]}: {e.Message}");
            return CliApp.Failed;
        }

        if (plan is null)
        {
            await error.WriteLineAsync($"Không tìm thấy kế hoạch {options.Arguments[0]}.");
            return CliApp.Failed;
        }

        var document = PlanDocumentBuilder.Build(plan);
        var layout = services.GetRequiredService<DocumentLayout>();
        foreach (var (format, file) in options.Outputs)
        {
            var bytes = format switch
            {
                "html" => System.Text.Encoding.UTF8.GetBytes(HtmlRenderer.Render(document, layout)),
                "pdf" => await services.GetRequiredService<PdfRenderer>().RenderAsync(HtmlRenderer.Render(document, layout)),
                "json" => System.Text.Encoding.UTF8.GetBytes(PlanJsonWriter.Write(plan)),
                _ => DocxRenderer.Render(document, layout),
            };
            await File.WriteAllBytesAsync(file, bytes);
            await output.WriteLineAsync($"Đã ghi {file} ({bytes.Length.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} byte).");
        }

        return CliApp.Ok;
    }

    /// <summary>A plan.json file (docs/plan-json.md), or the id of a plan in the database.</summary>
    private static async Task<Plan?> LoadAsync(IServiceProvider services, string reference)
    {
        if (reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(reference) ? PlanJsonReader.Read(await File.ReadAllTextAsync(reference)) : null;
        }

        if (!int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContextAsync();
        return await db.Plans.AsNoTracking().Where(p => p.Id == id).WithEverything().SingleOrDefaultAsync();
    }
}
