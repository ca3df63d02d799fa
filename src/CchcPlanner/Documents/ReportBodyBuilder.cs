using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;
using CchcPlanner.Reports;

namespace CchcPlanner.Documents;

/// <summary>
/// The structured parts of a report (<see cref="PlanKind.Report"/>), printed where a plan prints its KPIs and tasks: the
/// KPI results table (target, result for the period, attainment by <see cref="AttainmentRule"/>) with a one-line count
/// before it, and the tasks done and pending at the period's end, each in a table under its numbered sub-heading.
/// </summary>
internal static class ReportBodyBuilder
{
    public static readonly IReadOnlyList<string> KpiColumns = ["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá", "Ghi chú"];

    public static readonly IReadOnlyList<string> DoneColumns = ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian", "Kết quả"];

    public static readonly IReadOnlyList<string> PendingColumns = ["TT", "Nhiệm vụ", "Chủ trì", "Thời gian", "Tình hình thực hiện"];

    public static IEnumerable<DocumentBlock> Kpis(ReportContent? report)
    {
        if (report is null)
        {
            yield break;
        }

        if (report.Kpis.Count == 0)
        {
            yield return Paragraph("Kế hoạch không có chỉ tiêu.");
            yield break;
        }

        yield return Paragraph(KpiSummary(report));
        var rows = new List<AnnexRow>();
        var groups = 0;
        string? group = null;
        foreach (var kpi in report.Kpis)
        {
            if (kpi.Group is not null && kpi.Group != group)
            {
                rows.Add(new AnnexRow(true, [RomanNumerals.Of(++groups), kpi.Group]));
            }

            group = kpi.Group;
            rows.Add(new AnnexRow(false, [Number(kpi.Number), kpi.Text, kpi.Target, kpi.ValueText, kpi.Attainment.ToVietnamese(), kpi.Note ?? string.Empty]));
        }

        yield return Table("Kết quả thực hiện các chỉ tiêu", KpiColumns, [7, 39, 12, 12, 14, 16], rows);
    }

    public static IEnumerable<DocumentBlock> Tasks(ReportContent? report, PlanBodyBuilder.Numbering numbering)
    {
        if (report is null)
        {
            yield break;
        }

        if (report.Tasks.Count == 0)
        {
            yield return Paragraph("Kế hoạch không có nhiệm vụ.");
            yield break;
        }

        yield return Paragraph(TaskSummary(report));
        yield return numbering.Heading("Nhiệm vụ đã hoàn thành");
        var done = report.DoneTasks.Select(t => new AnnexRow(false, [Number(t.Number), t.Content, t.LeadUnit ?? string.Empty, t.Timeline, t.LastNote ?? string.Empty])).ToList();
        yield return done.Count == 0
            ? Paragraph("Chưa có nhiệm vụ hoàn thành.")
            : Table("Nhiệm vụ đã hoàn thành", DoneColumns, [7, 43, 17, 13, 20], done);
        yield return numbering.Heading("Nhiệm vụ chưa hoàn thành");
        var pending = report.PendingTasks.Select(t => new AnnexRow(false, [Number(t.Number), t.Content, t.LeadUnit ?? string.Empty, t.Timeline, Progress(t)])).ToList();
        yield return pending.Count == 0
            ? Paragraph("Tất cả nhiệm vụ của Kế hoạch đã hoàn thành.")
            : Table("Nhiệm vụ chưa hoàn thành", PendingColumns, [7, 39, 17, 13, 24], pending);
    }

    /// <summary><c>Kế hoạch đề ra 7 chỉ tiêu; kết quả quý I năm 2023: đạt 4, có nguy cơ không đạt 1, chưa có số liệu 2.</c></summary>
    public static string KpiSummary(ReportContent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new[] { Attainment.Met, Attainment.AtRisk, Attainment.NotMet, Attainment.NoResult, Attainment.NoTarget }
            .Select(a => (Label: a.ToVietnamese(), Count: report.Count(a)))
            .Where(p => p.Count > 0)
            .Select(p => $"{Lower(p.Label)} {p.Count}");
        return $"Kế hoạch đề ra {report.Kpis.Count} chỉ tiêu; kết quả {ReportContentBuilder.PeriodPhrase(report.Period, report.Year)}: {string.Join(", ", parts)}.";
    }

    /// <summary><c>Kế hoạch có 12 nhiệm vụ; đến ngày 31/03/2023: đã hoàn thành 3, đang thực hiện 5, chưa thực hiện 4.</c></summary>
    public static string TaskSummary(ReportContent report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new[] { PlanTaskStatus.Done, PlanTaskStatus.InProgress, PlanTaskStatus.NotStarted, PlanTaskStatus.Suspended }
            .Select(s => (Label: s.ToVietnamese(), Count: report.Tasks.Count(t => t.Status == s)))
            .Where(p => p.Count > 0)
            .Select(p => $"{Lower(p.Label)} {p.Count}");
        return $"Kế hoạch có {report.Tasks.Count} nhiệm vụ; đến ngày {VietnameseDates.Table(report.AsOf)}: {string.Join(", ", parts)}.";
    }

    private static string Progress(ReportTaskLine task)
    {
        var status = task.PercentComplete is { } percent ? $"{task.Status.ToVietnamese()} ({percent.ToString(CultureInfo.InvariantCulture)}%)" : task.Status.ToVietnamese();
        return task.LastNote is null ? status : $"{status}: {task.LastNote}";
    }

    /// <summary>
    /// A table without the middle columns that no row fills (a plan that names no lead unit or timeline): their width
    /// goes to the content column, so that the long texts wrap less.
    /// </summary>
    private static DocumentBlock Table(string name, IReadOnlyList<string> columns, IReadOnlyList<int> widths, IReadOnlyList<AnnexRow> rows)
    {
        var keep = Enumerable.Range(0, columns.Count)
            .Where(i => i < 2 || i == columns.Count - 1 || rows.Any(r => !r.IsGroup && i < r.Cells.Count && r.Cells[i].Length > 0))
            .ToList();
        var kept = keep.Select(i => widths[i]).ToList();
        kept[1] += 100 - kept.Sum();
        var table = new DocumentTable(
            keep.Select(i => columns[i]).ToList(),
            kept,
            rows.Select(r => r.IsGroup ? r : new AnnexRow(false, keep.Select(i => i < r.Cells.Count ? r.Cells[i] : string.Empty).ToList())).ToList());
        return new DocumentBlock(BlockStyle.Table, name) { Table = table };
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static DocumentBlock Paragraph(string text) => new(BlockStyle.Paragraph, text);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];
}
