using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Tests.LegalDocuments;

/// <summary>Catalogue entries as tests need them; every call builds a new instance.</summary>
internal static class TestDocuments
{
    public static LegalDocument Resolution76() =>
        new(
            LegalDocumentType.Resolution,
            "76/NQ-CP",
            new DateOnly(2021, 7, 15),
            "Chính phủ",
            "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030");

    public static LegalDocument Decision45() =>
        new(
            LegalDocumentType.Decision,
            "45/2016/QĐ-TTg",
            new DateOnly(2016, 10, 19),
            "Thủ tướng Chính phủ",
            "về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích");
}
