using System.Globalization;

namespace CchcPlanner.Plans;

/// <summary>Vietnamese names of the plan's parts, as users read them in lists and forms.</summary>
public static class PartNames
{
    public static string ToVietnamese(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "từ … trở lên (≥)",
        Comparator.Exactly => "đạt (=)",
        Comparator.AtMost => "không quá (≤)",
        Comparator.MoreThan => "trên (>)",
        Comparator.LessThan => "dưới (<)",
        _ => "chưa có mục tiêu đo được",
    };

    /// <summary>The target as a reader says it: <c>≥ 99%</c>, <c>= 100%</c>, <c>01 sản phẩm</c>.</summary>
    public static string TargetText(this Kpi kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return TargetText(kpi.Comparator, kpi.Target, kpi.Unit);
    }

    /// <summary>A target as a table shows it: <c>≥ 99%</c>, <c>100%</c>, <c>2 sản phẩm</c>.</summary>
    public static string TargetText(Comparator comparator, decimal? target, string? unit)
    {
        if (target is not { } value)
        {
            return "—";
        }

        var symbol = comparator switch
        {
            Comparator.AtLeast => "≥ ",
            Comparator.AtMost => "≤ ",
            Comparator.MoreThan => "> ",
            Comparator.LessThan => "< ",
            _ => string.Empty,
        };
        var suffix = unit is null ? string.Empty : unit == "%" ? "%" : " " + unit;
        return symbol + value.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + suffix;
    }

    public static string ToVietnamese(this PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.InProgress => "Đang thực hiện",
        PlanTaskStatus.Done => "Đã hoàn thành",
        PlanTaskStatus.Suspended => "Tạm dừng",
        _ => "Chưa thực hiện",
    };

    public static string ToVietnamese(this SectionKind kind) => kind switch
    {
        SectionKind.Objectives => "Mục đích, mục tiêu",
        SectionKind.Requirements => "Yêu cầu",
        SectionKind.Kpis => "Chỉ tiêu",
        SectionKind.Tasks => "Nhiệm vụ",
        SectionKind.Reporting => "Chế độ báo cáo",
        SectionKind.Budget => "Kinh phí",
        SectionKind.Responsibilities => "Tổ chức thực hiện",
        _ => "Nội dung khác",
    };

    public static string ToVietnamese(this LegalBasisVerb verb) => verb == LegalBasisVerb.BasedOn ? "Căn cứ" : "Thực hiện";
}
