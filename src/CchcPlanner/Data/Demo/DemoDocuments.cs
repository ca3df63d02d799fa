using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// The local documents the two example plans cite as legal bases, as catalogue entries. Type, symbol, date and
/// summary are as the examples write them; the issuer is written in full where the example says only "UBND huyện".
/// </summary>
public static class DemoDocuments
{
    public static IReadOnlyList<LegalDocument> Create() =>
    [
        new(
            LegalDocumentType.Plan,
            "406/KH-UBND",
            new DateOnly(2022, 12, 29),
            "Ủy ban nhân dân Quận 1",
            "về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2023"),
        new(
            LegalDocumentType.Plan,
            "4347/KH-UBND",
            new DateOnly(2021, 11, 25),
            "Ủy ban nhân dân tỉnh Hải Dương",
            "về thực hiện CCHC nhà nước tỉnh Hải Dương giai đoạn 2021-2025"),

        // The example calls a QĐ-symbol document a "Kế hoạch". Kept as printed: it is a real defect, and the
        // type-versus-symbol check should find it in the demo.
        new(
            LegalDocumentType.Plan,
            "4707/QĐ-UBND",
            new DateOnly(2021, 12, 24),
            "Ủy ban nhân dân tỉnh Hải Dương",
            "về thực hiện CCHC nhà nước tỉnh Hải Dương năm 2022"),
        new(
            LegalDocumentType.Plan,
            "159/KH-UBND",
            new DateOnly(2021, 12, 16),
            "Ủy ban nhân dân huyện Ninh Giang",
            "về thực hiện CCHC nhà nước huyện Ninh Giang giai đoạn 2021-2025"),
        new(
            LegalDocumentType.Plan,
            "162/KH-UBND",
            new DateOnly(2021, 12, 27),
            "Ủy ban nhân dân huyện Ninh Giang",
            "về thực hiện CCHC nhà nước huyện Ninh Giang năm 2022"),
    ];
}
