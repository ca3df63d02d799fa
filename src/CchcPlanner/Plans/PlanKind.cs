namespace CchcPlanner.Plans;

public enum PlanKind
{
    AnnualCchc = 0,
    CchcCommunication = 1,
    TthcControl = 2,
    Other = 3,

    /// <summary>A report on a plan's results for a period (BÁO CÁO), see <c>Plan.Report.cs</c>.</summary>
    Report = 4,
}

public enum PlanStatus
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Approved = 3,
    Issued = 4,
    Signed = 5,
}

public static class PlanKindNames
{
    public static string ToVietnamese(this PlanKind kind) => kind switch
    {
        PlanKind.AnnualCchc => "Kế hoạch CCHC hằng năm",
        PlanKind.CchcCommunication => "Kế hoạch tuyên truyền CCHC",
        PlanKind.TthcControl => "Kế hoạch kiểm soát TTHC",
        PlanKind.Report => "Báo cáo kết quả thực hiện",
        _ => "Kế hoạch khác",
    };

    public static string ToVietnamese(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Submitted => "Đã gửi duyệt",
        PlanStatus.Returned => "Bị trả lại",
        PlanStatus.Approved => "Đã duyệt",
        PlanStatus.Issued => "Đã ban hành",
        PlanStatus.Signed => "Đã ký, đóng dấu",
        _ => status.ToString(),
    };

    /// <summary>Issued and signed plans are public documents; drafts and submissions stay within the unit tree.</summary>
    public static bool IsPublished(this PlanStatus status) => status is PlanStatus.Issued or PlanStatus.Signed;
}
