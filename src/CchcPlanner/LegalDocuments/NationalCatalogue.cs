namespace CchcPlanner.LegalDocuments;

/// <summary>
/// The national and ministerial documents on administrative reform (CCHC) that every installation starts with,
/// so that drafters can cite them without typing. Each entry was checked against a stored public page
/// (the document itself or an official page citing it); docs/legal-catalogue.md lists the source of every entry.
/// Summaries are the trích yếu as it follows the issuer in a citation.
/// </summary>
public static class NationalCatalogue
{
    private const string Government = "Chính phủ";
    private const string PrimeMinister = "Thủ tướng Chính phủ";
    private const string NationalAssembly = "Quốc hội";
    private const string HomeAffairs = "Bộ Nội vụ";
    private const string GovernmentOffice = "Văn phòng Chính phủ";
    private const string PartyCentralCommittee = "Ban Chấp hành Trung ương Đảng khóa XII";

    private const string OneStopDecree =
        "về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính";

    private const string StaffReductionDecree108 =
        "Nghị định số 108/2014/NĐ-CP ngày 20 tháng 11 năm 2014 của Chính phủ về chính sách tinh giản biên chế";

    /// <summary>
    /// Pairs (replaced symbol, replacing symbol) for entries no longer in force; both symbols are in <see cref="Create"/>.
    /// Only replacements confirmed from a stored page are listed (see docs/legal-catalogue.md).
    /// </summary>
    public static IReadOnlyList<(string Replaced, string By)> Replacements { get; } =
    [
        ("01/2011/TT-BNV", "30/2020/NĐ-CP"),
        ("108/2014/NĐ-CP", "29/2023/NĐ-CP"),
        ("113/2018/NĐ-CP", "29/2023/NĐ-CP"),
        ("143/2020/NĐ-CP", "29/2023/NĐ-CP"),
        ("29/2023/NĐ-CP", "154/2025/NĐ-CP"),
        ("138/2020/NĐ-CP", "170/2025/NĐ-CP"),
        ("54/2017/QH14", "98/2023/QH15"),
    ];

    /// <summary>Every entry, in force or not; each call builds new instances.</summary>
    public static IReadOnlyList<LegalDocument> Create() =>
    [
        // The reform programme and its direction.
        new(
            LegalDocumentType.Resolution,
            "76/NQ-CP",
            new DateOnly(2021, 7, 15),
            Government,
            "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"),
        new(
            LegalDocumentType.Directive,
            "23/CT-TTg",
            new DateOnly(2021, 9, 2),
            PrimeMinister,
            "về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"),
        new(
            LegalDocumentType.Decision,
            "876/QĐ-BNV",
            new DateOnly(2022, 11, 10),
            HomeAffairs,
            "phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương” giai đoạn 2022 - 2030"),
        new(
            LegalDocumentType.Resolution,
            "19-NQ/TW",
            new DateOnly(2017, 10, 25),
            PartyCentralCommittee,
            "về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập"),

        // Institutional reform: decentralisation and the special regime of Ho Chi Minh City.
        new(
            LegalDocumentType.Resolution,
            "99/NQ-CP",
            new DateOnly(2020, 6, 24),
            Government,
            "về đẩy mạnh phân cấp quản lý nhà nước theo ngành, lĩnh vực"),
        new(
            LegalDocumentType.Resolution,
            "04/NQ-CP",
            new DateOnly(2022, 1, 10),
            Government,
            "về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước"),
        new(
            LegalDocumentType.Resolution,
            "54/2017/QH14",
            new DateOnly(2017, 11, 24),
            NationalAssembly,
            "về thí điểm cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh"),
        new(
            LegalDocumentType.Resolution,
            "98/2023/QH15",
            new DateOnly(2023, 6, 24),
            NationalAssembly,
            "về thí điểm một số cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh"),
        new(
            LegalDocumentType.Resolution,
            "131/2020/QH14",
            new DateOnly(2020, 11, 16),
            NationalAssembly,
            "về tổ chức chính quyền đô thị tại Thành phố Hồ Chí Minh"),

        // Administrative procedures: control, feedback, one-stop desks, online services.
        new(
            LegalDocumentType.Decree,
            "63/2010/NĐ-CP",
            new DateOnly(2010, 6, 8),
            Government,
            "về kiểm soát thủ tục hành chính"),
        new(
            LegalDocumentType.Decree,
            "92/2017/NĐ-CP",
            new DateOnly(2017, 8, 7),
            Government,
            "sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính"),
        new(
            LegalDocumentType.Decree,
            "20/2008/NĐ-CP",
            new DateOnly(2008, 2, 14),
            Government,
            "về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính"),
        new(
            LegalDocumentType.Decree,
            "61/2018/NĐ-CP",
            new DateOnly(2018, 4, 23),
            Government,
            OneStopDecree),
        new(
            LegalDocumentType.Decree,
            "107/2021/NĐ-CP",
            new DateOnly(2021, 12, 6),
            Government,
            "sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ " + OneStopDecree),
        new(
            LegalDocumentType.Circular,
            "01/2018/TT-VPCP",
            new DateOnly(2018, 11, 23),
            GovernmentOffice,
            "hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ " + OneStopDecree),
        new(
            LegalDocumentType.Decree,
            "118/2025/NĐ-CP",
            new DateOnly(2025, 6, 9),
            Government,
            "về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia"),
        new(
            LegalDocumentType.Decision,
            "468/QĐ-TTg",
            new DateOnly(2021, 3, 27),
            PrimeMinister,
            "phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"),
        new(
            LegalDocumentType.Decision,
            "45/2016/QĐ-TTg",
            new DateOnly(2016, 10, 19),
            PrimeMinister,
            "về việc tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích"),
        new(
            LegalDocumentType.Decree,
            "45/2020/NĐ-CP",
            new DateOnly(2020, 4, 8),
            Government,
            "về thực hiện thủ tục hành chính trên môi trường điện tử"),
        new(
            LegalDocumentType.Decision,
            "31/2021/QĐ-TTg",
            new DateOnly(2021, 10, 11),
            PrimeMinister,
            "ban hành Quy chế quản lý, vận hành, khai thác Cổng Dịch vụ công quốc gia"),
        new(
            LegalDocumentType.Decree,
            "42/2022/NĐ-CP",
            new DateOnly(2022, 6, 24),
            Government,
            "quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng"),
        new(
            LegalDocumentType.Decision,
            "1085/QĐ-TTg",
            new DateOnly(2022, 9, 15),
            PrimeMinister,
            "ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025"),
        new(
            LegalDocumentType.Resolution,
            "131/NQ-CP",
            new DateOnly(2022, 10, 6),
            Government,
            "về đẩy mạnh cải cách thủ tục hành chính và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp"),

        // Organisation of the apparatus: job positions, staffing, staff reduction.
        new(
            LegalDocumentType.Decree,
            "62/2020/NĐ-CP",
            new DateOnly(2020, 6, 1),
            Government,
            "về vị trí việc làm và biên chế công chức"),
        new(
            LegalDocumentType.Decree,
            "106/2020/NĐ-CP",
            new DateOnly(2020, 9, 10),
            Government,
            "về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập"),
        new(
            LegalDocumentType.Decree,
            "108/2014/NĐ-CP",
            new DateOnly(2014, 11, 20),
            Government,
            "về chính sách tinh giản biên chế"),
        new(
            LegalDocumentType.Decree,
            "113/2018/NĐ-CP",
            new DateOnly(2018, 8, 31),
            Government,
            "sửa đổi, bổ sung một số điều của " + StaffReductionDecree108),
        new(
            LegalDocumentType.Decree,
            "143/2020/NĐ-CP",
            new DateOnly(2020, 12, 10),
            Government,
            "sửa đổi, bổ sung một số điều của " + StaffReductionDecree108
                + " và Nghị định số 113/2018/NĐ-CP ngày 31 tháng 8 năm 2018 của Chính phủ sửa đổi, bổ sung một số điều của "
                + StaffReductionDecree108),
        new(
            LegalDocumentType.Decree,
            "29/2023/NĐ-CP",
            new DateOnly(2023, 6, 3),
            Government,
            "quy định về tinh giản biên chế"),
        new(
            LegalDocumentType.Decree,
            "154/2025/NĐ-CP",
            new DateOnly(2025, 6, 15),
            Government,
            "quy định về tinh giản biên chế"),

        // Civil service: officials, civil servants and public employees.
        new(
            LegalDocumentType.Law,
            "52/2019/QH14",
            new DateOnly(2019, 11, 25),
            NationalAssembly,
            "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"),
        new(
            LegalDocumentType.Decree,
            "138/2020/NĐ-CP",
            new DateOnly(2020, 11, 27),
            Government,
            "quy định về tuyển dụng, sử dụng và quản lý công chức"),
        new(
            LegalDocumentType.Decree,
            "170/2025/NĐ-CP",
            new DateOnly(2025, 6, 30),
            Government,
            "quy định về tuyển dụng, sử dụng và quản lý công chức"),
        new(
            LegalDocumentType.Decree,
            "115/2020/NĐ-CP",
            new DateOnly(2020, 9, 25),
            Government,
            "quy định về tuyển dụng, sử dụng và quản lý viên chức"),
        new(
            LegalDocumentType.Decree,
            "90/2020/NĐ-CP",
            new DateOnly(2020, 8, 13),
            Government,
            "về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức"),

        // Public finance.
        new(
            LegalDocumentType.Decree,
            "60/2021/NĐ-CP",
            new DateOnly(2021, 6, 21),
            Government,
            "quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập"),

        // E-government, digital government, records and reporting.
        new(
            LegalDocumentType.Decision,
            "749/QĐ-TTg",
            new DateOnly(2020, 6, 3),
            PrimeMinister,
            "phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030”"),
        new(
            LegalDocumentType.Decision,
            "942/QĐ-TTg",
            new DateOnly(2021, 6, 15),
            PrimeMinister,
            "phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030"),
        new(
            LegalDocumentType.Decision,
            "06/QĐ-TTg",
            new DateOnly(2022, 1, 6),
            PrimeMinister,
            "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030"),
        new(
            LegalDocumentType.Decision,
            "28/2018/QĐ-TTg",
            new DateOnly(2018, 7, 12),
            PrimeMinister,
            "về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước"),
        new(
            LegalDocumentType.Decree,
            "30/2020/NĐ-CP",
            new DateOnly(2020, 3, 5),
            Government,
            "về công tác văn thư"),
        new(
            LegalDocumentType.Circular,
            "01/2011/TT-BNV",
            new DateOnly(2011, 1, 19),
            HomeAffairs,
            "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính"),
        new(
            LegalDocumentType.Decree,
            "09/2019/NĐ-CP",
            new DateOnly(2019, 1, 24),
            Government,
            "quy định về chế độ báo cáo của cơ quan hành chính nhà nước"),
    ];
}
