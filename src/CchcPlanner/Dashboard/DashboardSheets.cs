using CchcPlanner.Plans;
using CchcPlanner.Sheets;

namespace CchcPlanner.Dashboard;

/// <summary>
/// The dashboard's tables as XLSX sheets, one per table, with the headings the page shows. Rates are numbers in percent
/// (so a reviewer can sort and average them), counts are whole numbers, states are the Vietnamese words.
/// </summary>
public static class DashboardSheets
{
    /// <summary>The tables by the short name used in the download address (<c>?bang=…</c>).</summary>
    public static readonly IReadOnlyList<string> Tables = ["tong-hop", "trang-thai", "muc-dat", "xu-huong", "cham-nhat"];

    public static string FileName(ReviewerDashboard dashboard, string? table) =>
        $"bang-dieu-khien-{dashboard.Year}{(table is null ? string.Empty : "-" + table)}.xlsx";

    /// <summary>The workbook with every table, or only <paramref name="table"/>; null for a table name it does not know.</summary>
    public static byte[]? Workbook(ReviewerDashboard dashboard, string? table)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        if (table is not null && !Tables.Contains(table))
        {
            return null;
        }

        var sheets = Tables.Where(t => table is null || t == table).Select(t => Sheet(dashboard, t)).ToList();
        return SheetWriter.Write(sheets);
    }

    public static WorkbookSheet Sheet(ReviewerDashboard dashboard, string table)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var of = $"{dashboard.ReviewingUnitName}, năm {dashboard.Year}";
        return table switch
        {
            "tong-hop" => new WorkbookSheet(
                "Tổng hợp trạng thái",
                $"Số đơn vị theo trạng thái kế hoạch, báo cáo — {of}",
                ["Trạng thái", PlanKind.AnnualCchc.ToVietnamese(), PlanKind.CchcCommunication.ToVietnamese(), "Báo cáo"],
                dashboard.StateCounts.Select(c => Row(c.StateText, c.AnnualPlans, c.CommunicationPlans, c.Reports)).ToList()),
            "trang-thai" => new WorkbookSheet(
                "Trạng thái theo đơn vị",
                $"Trạng thái kế hoạch và báo cáo của từng đơn vị — {of}",
                ["Đơn vị", "Đơn vị cấp trên", "Kế hoạch CCHC", "Kế hoạch tuyên truyền", .. ReviewerDashboard.ReportPeriods.Select(p => "Báo cáo " + p.ToVietnamese())],
                dashboard.States.Select(s => (IReadOnlyList<object?>)[
                    s.UnitName, s.ParentName, State(s.AnnualPlan), State(s.CommunicationPlan),
                    .. ReviewerDashboard.ReportPeriods.Select(p => (object?)(s.Reports.TryGetValue(p, out var status) ? status.ToVietnamese() : string.Empty))]).ToList()),
            "muc-dat" => new WorkbookSheet(
                "Mức đạt chỉ tiêu",
                $"Tỷ lệ chỉ tiêu đạt (%) theo đơn vị và lĩnh vực cải cách — {of}",
                ["Đơn vị", .. dashboard.Areas.Select(a => a.ShortName()), "Chung (%)", "Số chỉ tiêu", "Đạt", "Có nguy cơ", "Chưa đạt", "Chưa có số liệu"],
                dashboard.HeatMap.Select(h => (IReadOnlyList<object?>)[
                    h.UnitName, .. dashboard.Areas.Select(a => (object?)h.In(a).MetRate), h.Total.MetRate ?? (object?)(h.PlanId is null ? "Chưa ban hành kế hoạch" : null),
                    h.Total.Kpis, h.Total.Met, h.Total.AtRisk, h.Total.NotMet, h.Total.NoResult]).ToList()),
            "xu-huong" => new WorkbookSheet(
                "Xu hướng theo quý",
                $"Chỉ tiêu có số liệu và chỉ tiêu đạt theo quý — {of}",
                ["Quý", "Số chỉ tiêu", "Có số liệu", "Tỷ lệ có số liệu (%)", "Đạt", "Tỷ lệ đạt (%)"],
                dashboard.Trend.Select(t => Row(t.Label, t.Kpis, t.Reported, t.ReportedRate, t.Met, t.MetRate)).ToList()),
            "cham-nhat" => new WorkbookSheet(
                "Đơn vị chậm nhất",
                $"Các đơn vị có tỷ lệ chỉ tiêu đạt thấp nhất — {of}",
                ["Thứ tự", "Đơn vị", "Tỷ lệ đạt (%)", "Số chỉ tiêu", "Đạt", "Có nguy cơ", "Chưa đạt", "Chưa có số liệu"],
                dashboard.MostBehind.Select((h, i) => Row(i + 1, h.UnitName, h.Total.MetRate, h.Total.Kpis, h.Total.Met, h.Total.AtRisk, h.Total.NotMet, h.Total.NoResult)).ToList()),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a dashboard table."),
        };
    }

    private static string State(PlanStatus? status) => status?.ToVietnamese() ?? "Chưa có";

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;
}
