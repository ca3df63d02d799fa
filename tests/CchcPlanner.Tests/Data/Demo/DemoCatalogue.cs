using CchcPlanner.Data.Demo;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Tests.Data.Demo;

/// <summary>
/// Resolves symbols the way the seeder does: the national documents the demo plans cite (written here so the tests
/// do not depend on the national catalogue) plus the local entries of <see cref="DemoDocuments"/>.
/// Every call builds new instances.
/// </summary>
internal static class DemoCatalogue
{
    public static Func<string, LegalDocument> Create()
    {
        var bySymbol = National().Concat(DemoDocuments.Create()).ToDictionary(d => d.Symbol);
        return symbol => bySymbol.TryGetValue(symbol, out var document)
            ? document
            : throw new KeyNotFoundException($"No test document {symbol}.");
    }

    private static IEnumerable<LegalDocument> National() =>
    [
        new(LegalDocumentType.Resolution, "76/NQ-CP", new DateOnly(2021, 7, 15), "Chính phủ", "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"),
        new(LegalDocumentType.Directive, "23/CT-TTg", new DateOnly(2021, 9, 2), "Thủ tướng Chính phủ", "về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"),
        new(LegalDocumentType.Decree, "30/2020/NĐ-CP", new DateOnly(2020, 3, 5), "Chính phủ", "về công tác văn thư"),
        new(LegalDocumentType.Decree, "61/2018/NĐ-CP", new DateOnly(2018, 4, 23), "Chính phủ", "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
        new(LegalDocumentType.Decree, "107/2021/NĐ-CP", new DateOnly(2021, 12, 6), "Chính phủ", "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
        new(LegalDocumentType.Decree, "45/2020/NĐ-CP", new DateOnly(2020, 4, 8), "Chính phủ", "về thực hiện thủ tục hành chính trên môi trường điện tử"),
        new(LegalDocumentType.Decree, "62/2020/NĐ-CP", new DateOnly(2020, 6, 1), "Chính phủ", "về vị trí việc làm và biên chế công chức"),
        new(LegalDocumentType.Decree, "106/2020/NĐ-CP", new DateOnly(2020, 9, 10), "Chính phủ", "về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập"),
        new(LegalDocumentType.Decision, "876/QĐ-BNV", new DateOnly(2022, 11, 10), "Bộ Nội vụ", "phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương”"),
        new(LegalDocumentType.Resolution, "131/NQ-CP", new DateOnly(2022, 10, 6), "Chính phủ", "về đẩy mạnh cải cách thủ tục hành chính và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp"),
        new(LegalDocumentType.Decision, "1085/QĐ-TTg", new DateOnly(2022, 9, 15), "Thủ tướng Chính phủ", "ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025"),
    ];
}
