namespace CchcPlanner.Checks;

/// <summary>The stable codes of the checker's findings; they never change once released (scripts and the UI key on them).</summary>
public static class CheckCodes
{
    public const string MissingNumber = "missing-number";
    public const string MissingDate = "missing-date";
    public const string IncompleteCitationDate = "incomplete-citation-date";
    public const string CitationDateConflict = "citation-date-conflict";
    public const string CitationTypeMismatch = "citation-type-mismatch";
    public const string StaleYear = "stale-year";
    public const string MissingFileCopy = "missing-file-copy";
    public const string KpiWithoutTarget = "kpi-without-target";
    public const string TaskWithoutLead = "task-without-lead";
    public const string TaskWithoutTimeline = "task-without-timeline";
    public const string DeadlineBeforePlan = "deadline-before-plan";
    public const string SignatureTitleMismatch = "signature-title-mismatch";
    public const string NonNfcText = "non-nfc-text";
    public const string FormatPaper = "format-paper";
    public const string FormatMargins = "format-margins";
    public const string FormatFont = "format-font";
    public const string FormatFontSize = "format-font-size";
}

/// <summary>A code with its Vietnamese title and explanation, for the legend beside the findings.</summary>
/// <param name="Severity">The usual severity; <c>missing-number</c> and <c>missing-date</c> are info while drafting and errors once issued.</param>
public sealed record CheckDescription(string Code, string Title, string Explanation, FindingSeverity Severity);

/// <summary>Every check, in the order findings of one place are listed.</summary>
public static class CheckCatalogue
{
    public static IReadOnlyList<CheckDescription> All { get; } =
    [
        new(CheckCodes.MissingNumber, "Chưa có số văn bản",
            "Số của kế hoạch còn để trống (Số:    /KH-…). Bình thường khi đang dự thảo, văn thư sẽ cấp số khi ban hành; là lỗi nếu kế hoạch đã ban hành.",
            FindingSeverity.Info),
        new(CheckCodes.MissingDate, "Chưa có ngày ban hành",
            "Ngày, tháng của kế hoạch còn để trống (ngày   tháng   năm …). Bình thường khi đang dự thảo; là lỗi nếu kế hoạch đã ban hành.",
            FindingSeverity.Info),
        new(CheckCodes.IncompleteCitationDate, "Trích dẫn thiếu ngày",
            "Văn bản được viện dẫn mà không ghi ngày ban hành, hoặc ngày còn để trống (ngày   tháng 3 năm 2023). Lần viện dẫn đầu tiên phải ghi đủ loại, số, ký hiệu, ngày, cơ quan ban hành và trích yếu.",
            FindingSeverity.Warning),
        new(CheckCodes.CitationDateConflict, "Một văn bản, hai ngày khác nhau",
            "Cùng một số, ký hiệu được trích dẫn với hai ngày ban hành khác nhau, hoặc với ngày khác ngày trong danh mục văn bản. Chỉ một ngày là đúng.",
            FindingSeverity.Error),
        new(CheckCodes.CitationTypeMismatch, "Loại văn bản không khớp ký hiệu",
            "Tên loại văn bản không khớp với chữ viết tắt trong ký hiệu (Kế hoạch số 4707/QĐ-UBND: QĐ là Quyết định). Theo Nghị định 30/2020/NĐ-CP, Phụ lục III.",
            FindingSeverity.Error),
        new(CheckCodes.StaleYear, "Năm cũ còn sót lại",
            "Một năm trước năm của kế hoạch đứng ở chỗ lẽ ra là năm kế hoạch (chủ đề công tác năm 2022 trong kế hoạch năm 2023) — thường do chép từ kế hoạch năm trước. Năm trong ký hiệu, ngày của văn bản được dẫn, giai đoạn và căn cứ pháp lý không bị tính.",
            FindingSeverity.Warning),
        new(CheckCodes.MissingFileCopy, "Thiếu “Lưu: VT” ở nơi nhận",
            "Nơi nhận phải kết thúc bằng bản lưu của văn thư (- Lưu: VT, …).",
            FindingSeverity.Warning),
        new(CheckCodes.KpiWithoutTarget, "Chỉ tiêu không có mục tiêu đo được",
            "Chỉ tiêu chưa có giá trị mục tiêu và phép so sánh (đạt 100%, từ 99% trở lên…), nên không theo dõi được kết quả.",
            FindingSeverity.Warning),
        new(CheckCodes.TaskWithoutLead, "Nhiệm vụ chưa có đơn vị chủ trì",
            "Nhiệm vụ chưa giao cho ai chủ trì thực hiện.",
            FindingSeverity.Warning),
        new(CheckCodes.TaskWithoutTimeline, "Nhiệm vụ chưa có thời gian thực hiện",
            "Nhiệm vụ chưa có thời hạn (thường xuyên, trước một ngày, hoặc trong một quý).",
            FindingSeverity.Warning),
        new(CheckCodes.DeadlineBeforePlan, "Hạn báo cáo trước ngày kế hoạch",
            "Hạn gửi báo cáo rơi vào trước ngày ban hành kế hoạch (hoặc trước năm kế hoạch) — thường do chép từ kế hoạch năm trước.",
            FindingSeverity.Error),
        new(CheckCodes.SignatureTitleMismatch, "Thể thức ký không đúng",
            "Ký thay (KT.) thì chức danh người ký phải là cấp phó (PHÓ …); TM., KT., Q., TL., TUQ. phải ghi cơ quan hoặc chức danh người đứng đầu sau tiền tố.",
            FindingSeverity.Error),
        new(CheckCodes.NonNfcText, "Văn bản không ở dạng Unicode dựng sẵn (NFC)",
            "Chữ tiếng Việt được gõ ở dạng tổ hợp (NFD), nên tìm kiếm và sắp xếp sai. Khi nhập, văn bản được chuẩn hóa về NFC; nên sửa cả tệp gốc.",
            FindingSeverity.Warning),
        new(CheckCodes.FormatPaper, "Khổ giấy không đúng",
            "Văn bản phải trình bày trên khổ A4 (210 × 297 mm), hướng dọc; riêng phụ lục có thể xoay ngang. Theo Nghị định 30/2020/NĐ-CP, Phụ lục I.",
            FindingSeverity.Error),
        new(CheckCodes.FormatMargins, "Lề trang không đúng",
            "Lề trên và lề dưới 20–25 mm, lề trái 30–35 mm, lề phải 15–20 mm. Theo Nghị định 30/2020/NĐ-CP, Phụ lục I.",
            FindingSeverity.Error),
        new(CheckCodes.FormatFont, "Phông chữ không đúng",
            "Phông chữ Times New Roman (Unicode, TCVN 6909:2001) hoặc phông cùng số đo như Liberation Serif. Theo Nghị định 30/2020/NĐ-CP, Phụ lục I.",
            FindingSeverity.Error),
        new(CheckCodes.FormatFontSize, "Cỡ chữ phần nội dung không đúng",
            "Cỡ chữ phần nội dung văn bản từ 13 đến 14 pt. Theo Nghị định 30/2020/NĐ-CP, Phụ lục I.",
            FindingSeverity.Warning),
    ];

    /// <summary>The description of a code.</summary>
    /// <exception cref="KeyNotFoundException">The code is not one of <see cref="CheckCodes"/>.</exception>
    public static CheckDescription Get(string code) =>
        All.FirstOrDefault(c => c.Code == code) ?? throw new KeyNotFoundException($"Unknown check code {code}.");

    /// <summary>The place of a code in <see cref="All"/>, which orders findings of one subject.</summary>
    internal static int Rank(string code)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Code == code)
            {
                return i;
            }
        }

        return All.Count;
    }
}
