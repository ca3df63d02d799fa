namespace CchcPlanner.Audit;

/// <summary>The codes of what the audit trail records (stored), with what an administrator reads for each.</summary>
public static class AuditActions
{
    public const string PlanCreated = "plan.created";
    public const string PlanEdited = "plan.edited";
    public const string PlanDeleted = "plan.deleted";
    public const string PlanSubmitted = "plan.submitted";
    public const string PlanReturned = "plan.returned";
    public const string PlanApproved = "plan.approved";
    public const string PlanIssued = "plan.issued";
    public const string PlanSigned = "plan.signed";
    public const string ScanUploaded = "scan.uploaded";
    public const string ScanDownloaded = "scan.downloaded";
    public const string ScanFailedCheck = "scan.failed-check";
    public const string DocumentDownloaded = "document.downloaded";
    public const string CommentAdded = "comment.added";
    public const string CommentAnswered = "comment.answered";
    public const string CommentResolved = "comment.resolved";
    public const string RegisterStarted = "register.started";
    public const string ResultsRecorded = "results.recorded";
    public const string DeadlineSet = "deadline.set";
    public const string EvidenceUploaded = "evidence.uploaded";
    public const string EvidenceDownloaded = "evidence.downloaded";
    public const string EvidenceMissing = "evidence.missing";
    public const string ProgressRecorded = "progress.recorded";
    public const string UnitCreated = "unit.created";
    public const string UnitChanged = "unit.changed";
    public const string UnitMoved = "unit.moved";
    public const string UnitDeactivated = "unit.deactivated";
    public const string UnitActivated = "unit.activated";
    public const string UserCreated = "user.created";
    public const string UserEdited = "user.edited";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string PasswordReset = "user.password-reset";
    public const string PasswordChanged = "user.password-changed";
    public const string DocumentSettingsChanged = "settings.documents-changed";
    public const string DocumentSettingsReset = "settings.documents-reset";

    public static readonly IReadOnlyList<string> All =
    [
        PlanCreated, PlanEdited, PlanDeleted, PlanSubmitted, PlanReturned, PlanApproved, PlanIssued, PlanSigned,
        ScanUploaded, ScanDownloaded, ScanFailedCheck, DocumentDownloaded, CommentAdded, CommentAnswered, CommentResolved,
        RegisterStarted, ResultsRecorded, DeadlineSet,
        EvidenceUploaded, EvidenceDownloaded, EvidenceMissing, ProgressRecorded,
        UnitCreated, UnitChanged, UnitMoved, UnitDeactivated, UnitActivated,
        UserCreated, UserEdited, UserDeactivated, UserReactivated, PasswordReset, PasswordChanged,
        DocumentSettingsChanged, DocumentSettingsReset,
    ];

    public static string ToVietnamese(string action) => action switch
    {
        PlanCreated => "Tạo kế hoạch",
        PlanEdited => "Sửa kế hoạch",
        PlanDeleted => "Xoá kế hoạch",
        PlanSubmitted => "Gửi duyệt",
        PlanReturned => "Trả lại",
        PlanApproved => "Duyệt",
        PlanIssued => "Cấp số, ban hành",
        PlanSigned => "Ký, đóng dấu",
        ScanUploaded => "Tải lên bản quét",
        ScanDownloaded => "Tải xuống bản quét",
        ScanFailedCheck => "Bản quét sai mã kiểm tra",
        DocumentDownloaded => "Tải xuống văn bản",
        CommentAdded => "Góp ý",
        CommentAnswered => "Trả lời góp ý",
        CommentResolved => "Đánh dấu góp ý đã xử lý",
        RegisterStarted => "Đặt số bắt đầu của sổ đăng ký",
        ResultsRecorded => "Nhập kết quả thực hiện",
        DeadlineSet => "Đặt hạn gửi kế hoạch",
        EvidenceUploaded => "Tải lên tệp minh chứng",
        EvidenceDownloaded => "Tải xuống tệp minh chứng",
        EvidenceMissing => "Mất tệp minh chứng",
        ProgressRecorded => "Cập nhật tiến độ nhiệm vụ",
        UnitCreated => "Thêm đơn vị",
        UnitChanged => "Sửa thông tin đơn vị",
        UnitMoved => "Chuyển đơn vị sang đơn vị cấp trên khác",
        UnitDeactivated => "Ngừng hoạt động đơn vị",
        UnitActivated => "Cho đơn vị hoạt động lại",
        UserCreated => "Tạo tài khoản người dùng",
        UserEdited => "Sửa tài khoản người dùng",
        UserDeactivated => "Ngừng sử dụng tài khoản",
        UserReactivated => "Cho dùng lại tài khoản",
        PasswordReset => "Cấp lại mật khẩu tạm thời",
        PasswordChanged => "Đổi mật khẩu",
        DocumentSettingsChanged => "Đổi cài đặt văn bản",
        DocumentSettingsReset => "Trả cài đặt văn bản về mặc định",
        _ => action,
    };

    internal static string Known(string action) =>
        All.Contains(action) ? action : throw new ArgumentException($"Unknown audit action '{action}'.", nameof(action));
}
