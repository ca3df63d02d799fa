using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// Kế hoạch số 18/KH-UBND ngày 28/01/2022 of UBND huyện Ninh Giang on CCHC communication
/// (shared/examples/ninh-giang-2022-tuyen-truyen-cchc.txt), entered whole. The body text is the source's; the
/// source's own slips ("các bộ, công chức", "CBCCVN") are kept, as is its "Kế hoạch số 4707/QĐ-UBND" citation.
/// </summary>
public static class NinhGiangPlan2022
{
    public const string Title = "Tuyên truyền thực hiện cải cách hành chính nhà nước năm 2022 trên địa bàn huyện Ninh Giang";

    private const string ReportsTo = "Phòng Nội vụ";

    public static Plan Build(Unit district, Func<string, LegalDocument> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var plan = new Plan(district, PlanKind.CchcCommunication, 2022, Title);
        plan.ChangeHeader(PlanKind.CchcCommunication, 2022, Title, "Ninh Giang", issuedOn: null);

        // The source runs all six citations into one sentence: "Căn cứ" the two national documents, then
        // "thực hiện" the province's and the district's plans.
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, document("76/NQ-CP"));
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, document("23/CT-TTg"));
        foreach (var symbol in new[] { "4347/KH-UBND", "4707/QĐ-UBND", "159/KH-UBND", "162/KH-UBND" })
        {
            plan.AddLegalBasis(LegalBasisVerb.Implementing, document(symbol));
        }

        plan.ChangeLeadIn(
            "Để nâng cao hiệu quả công tác CCHC trên địa bàn huyện; Ủy ban nhân dân huyện ban hành Kế hoạch tuyên truyền thực hiện cải cách hành chính nhà nước năm 2022 trên địa bàn huyện như sau:");

        AddPurposeAndRequirements(plan);
        AddAudienceContentAndForms(plan);
        AddResponsibilities(plan);

        plan.PrintTasksInAnnex(true);
        AddAnnexTasks(plan);

        // The text asks for reports every quarter, half-year and year but gives no dates; these are plausible ones,
        // early enough for Phòng Nội vụ to consolidate before reporting to UBND huyện and Sở Nội vụ.
        plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(2022, 3, 10), ReportsTo);
        plan.AddReportingDeadline("Báo cáo 6 tháng", ReportingPeriod.FirstHalf, new DateOnly(2022, 6, 10), ReportsTo);
        plan.AddReportingDeadline("Báo cáo quý III", ReportingPeriod.Quarter3, new DateOnly(2022, 9, 10), ReportsTo);
        plan.AddReportingDeadline("Báo cáo năm", ReportingPeriod.Year, new DateOnly(2022, 12, 10), ReportsTo);

        plan.ChangeClosing(
            "Trên đây là Kế hoạch tuyên truyền thực hiện cải cách hành chính nhà nước năm 2022 trên địa bàn huyện. Yêu cầu thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn tổ chức triển khai thực hiện./.");
        plan.AddRecipients(
            "Sở Nội vụ",
            "Thường trực Huyện ủy",
            "Chủ tịch, các Phó chủ tịch UBND huyện",
            "Các cơ quan, ban, ngành, đoàn thể huyện",
            "UBND các xã, thị trấn",
            "Đài Phát thanh huyện",
            "Cổng thông tin điện tử huyện",
            "Lưu: VT");
        plan.Sign(new SignatureBlock(SignaturePrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đình Tranh"));

        plan.Submit();
        plan.Approve();
        plan.Issue(18, new DateOnly(2022, 1, 28));
        plan.MarkSigned();
        return plan;
    }

    private static void AddPurposeAndRequirements(Plan plan)
    {
        var section = plan.AddSection(SectionKind.Objectives, "MỤC ĐÍCH YÊU CẦU");
        plan.AddItem(section, ItemStyle.Heading, "Mục đích");
        plan.AddItems(
            section,
            ItemStyle.Bullet,
            "Đẩy mạnh công tác thông tin, tuyên truyền kịp thời các chủ trương, chính sách, văn bản chỉ đạo của Trung ương, của tỉnh, của huyện về công tác CCHC nhằm nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức về ý nghĩa, mục tiêu, tầm quan trọng của công tác CCHC trong giai đoạn mới.",
            "Phát huy vai trò tích cực của các cơ quan thông tin đại chúng trong việc phát hiện, phản ánh chính xác, kịp thời những mặt tích cực hoặc chưa hiệu quả của tổ chức và cá nhân trong thực hiện nhiệm vụ CCHC.",
            "Đẩy mạnh tuyên truyền trên mạng xã hội, qua Zalo, Ninh Giang online Cổng thông tin điện tử/Trang thông tin của UBND huyện và UBND các xã, thị trấn để lan toả mạnh mẽ kết quả, hiệu quả của công tác cải cách hành chính trong cộng đồng xã hội.");
        plan.AddItem(section, ItemStyle.Heading, "Yêu cầu");
        plan.AddItems(
            section,
            ItemStyle.Bullet,
            "Tuyên truyền phải gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ của Chương trình tổng thể cải cách hành chính nhà nước, Kế hoạch cải cách hành chính nhà nước huyện Ninh Giang theo từng giai đoạn và kế hoạch CCHC năm 2022.",
            "Tuyên truyền phải kịp thời, đầy đủ, thường xuyên, hiệu quả, phù hợp với tình hình, đặc điểm, yêu cầu của từng đối tượng, từng cơ quan, đơn vị. Các hình thức tuyên truyền đa dạng, phong phú; nội dung ngắn gọn, chính xác, dễ hiểu.",
            "Tuyên truyền CCHC gắn với phổ biến chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước trên các lĩnh vực; góp phần nâng cao dân trí, phòng, chống tham nhũng, phục vụ sự phát triển kinh tế - xã hội của huyện.",
            "Thủ trưởng các cơ quan, đơn vị chỉ đạo tuyên truyền đầy đủ các nội dung CCHC tại cơ quan, đơn vị, địa phương mình quản lý; lựa chọn các nội dung hình thức tuyên truyền phù hợp, đảm bảo hiệu quả.");
    }

    private static void AddAudienceContentAndForms(Plan plan)
    {
        var section = plan.AddSection(SectionKind.Free, "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN");
        plan.AddItem(section, ItemStyle.Heading, "Đối tượng tuyên truyền");
        plan.AddItem(
            section,
            ItemStyle.Paragraph,
            "Cán bộ, công chức, viên chức, người lao động làm việc trong các cơ quan hành chính nhà nước, các tổ chức chính trị - xã hội, đơn vị sự nghiệp công lập và nhân dân trên địa bàn huyện.");

        plan.AddItem(section, ItemStyle.Heading, "Nội dung tuyên truyền");
        plan.AddItems(
            section,
            ItemStyle.Bullet,
            "Tuyên truyền, phổ biến, quán triệt các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về cải cách hành chính như: Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030; Kế hoạch số 4347/KH-UBND ngày 25/11/2021 của UBND tỉnh Hải Dương về thực hiện CCHC nhà nước tỉnh Hải Dương giai đoạn 2021-2025; Kế hoạch số 4707/QĐ-UBND ngày 24/12/2021 của UBND tỉnh Hải Dương về thực hiện CCHC nhà nước tỉnh Hải Dương năm 2022; Kế hoạch số 159/KH-UBND ngày 16/12/2021 của UBND huyện về thực hiện CCHC nhà nước huyện Ninh Giang giai đoạn 2021-2025; Kế hoạch số 162/KH-UBND ngày 27/12/2021 của UBND huyện về thực hiện CCHC nhà nước huyện Ninh Giang năm 2022 và kết quả triển khai thực hiện công tác CCHC năm 2022.",
            "Tuyên truyền về Chỉ số CCHC, chỉ số đo lường sự hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước của huyện và của UBND các xã, thị trấn.",
            "Tình hình triển khai, kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của huyện và của UBND các xã, thị trấn.",
            "Tuyên truyền các nội dung, nhiệm vụ về xây dựng chính quyền điện tử, chính quyền số, việc ứng dụng công nghệ thông tin, cung cấp dịch vụ công trực tuyến mức độ 3, 4;",
            "Tuyên truyền các nội dung, quy định của pháp luật về mối quan hệ giữa nhà nước và nhân dân, nhiệm vụ của các bộ, công chức, viên chức trong giải quyết các công việc của công dân; quyền, nghĩa vụ và trách nhiệm của cá nhân, tổ chức trong tham gia và giám sát quá trình CCHC.");

        plan.AddItem(section, ItemStyle.Heading, "Hình thức tuyên truyền");
        plan.AddItems(
            section,
            ItemStyle.Bullet,
            "Tuyên truyền qua các hội nghị, tập huấn, phát hành các tài liệu tuyên truyền về CCHC hàng năm; lồng ghép nội dung CCHC vào các chương trình đào tạo, bồi dưỡng cho đội ngũ CBCCVN các cấp thông qua các lớp đào tạo, bồi dưỡng; đưa tin trên Hệ thống Đài Phát thanh huyện, Đài Truyền thanh các xã, thị trấn, trên Cổng thông tin điện tử huyện và Trang thông tin điện tử các xã, thị trấn.",
            "Các cơ quan, đơn vị, UBND các xã, thị trấn đưa nội dung CCHC vào các cuộc họp thường kỳ của cơ quan, đơn vị.",
            "Tuyên truyền CCHC thông qua các hoạt động của tổ chức Đảng, Đoàn thể, quần chúng.",
            "Tuyên truyền thông qua việc công khai các thủ tục hành chính tại UBND huyện và UBND các xã, thị trấn:");
        plan.AddItems(
            section,
            ItemStyle.SubBullet,
            "Niêm yết công khai, minh bạch các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của huyện và UBND các xã, thị trấn bằng nhiều hình thức; việc niêm yết phải kịp thời, đầy đủ, rõ ràng, dễ tra cứu và đúng quy định.",
            "Thường xuyên, kịp thời cập nhật các thủ tục hành chính đã được công bố, ban hành mới, được sửa đổi, bổ sung, bãi bỏ, thay thế thủ tục hành chính của cơ quan, đơn vị tại nơi giải quyết TTHC, tại Bộ phận tiếp nhận và trả kết quả, Cổng thông tin điện tử của huyện và Trang thông tin điện tử của xã.");
        plan.AddItems(
            section,
            ItemStyle.Bullet,
            "Thực hiện chuyên mục cải cách hành chính: Đài phát thanh huyện tiếp tục duy trì các chuyên mục cải cách hành chính, đưa các tin, bài về CCHC của các cơ quan, đơn vị, các cá nhân, đơn vị điển hình trong thực hiện công tác CCHC.",
            "Duy trì chuyên trang CCHC trên Cổng thông tin điện tử của huyện và Trang thông tin điện tử của xã; thường xuyên đăng tải các văn bản chỉ đạo của Trung ương, của tỉnh, của huyện về CCHC và việc tổ chức thực hiện công tác CCHC trên địa bàn huyện.",
            "Thực hiện các hình thức tuyên truyền khác phù hợp với đặc điểm, tình hình của cơ quan, đơn vị.");
        plan.AddItem(section, ItemStyle.Paragraph, "(Có phụ lục các nhiệm vụ, sản phẩm thực hiện kế hoạch kèm theo)");
    }

    private static void AddResponsibilities(Plan plan)
    {
        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        plan.AddResponsibility(
            "Các cơ quan, đơn vị và UBND các xã, thị trấn",
            DemoPlanWriting.Lines(
                "Bám sát tình hình, nhiệm vụ CCHC của cơ quan, đơn vị, chủ động xây dựng kế hoạch tuyên truyền và tổ chức thực hiện việc tuyên truyền về công tác CCHC.",
                "Định kỳ hàng quý, 6 tháng, một năm báo cáo tình hình, kết quả thực hiện công tác tuyên truyền của cơ quan, đơn vị mình (lồng ghép nội dung vào báo cáo CCHC định kỳ hoặc theo yêu cầu chuyên đề) gửi phòng Nội vụ tổng hợp báo cáo UBND huyện và Sở Nội vụ theo quy định.",
                "Bố trí và sử dụng cán bộ, công chức có năng lực, hiểu biết kiến thức pháp luật để thực hiện tuyên truyền, hướng dẫn và báo cáo; gắn công tác tuyên truyền cải cách hành chính với công tác thi đua, khen thưởng trong hoạt động của cơ quan, đơn vị."));
        plan.AddResponsibility(
            "Phòng Nội vụ",
            DemoPlanWriting.Lines(
                "Có trách nhiệm theo dõi, hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị, UBND các xã, thị trấn triển khai thực hiện kế hoạch này; định kỳ, tổng hợp báo cáo UBND huyện, Sở Nội vụ;",
                "Cung cấp thông tin về kết quả thực hiện công tác CCHC, kết quả Chỉ số CCHC, chỉ số hài lòng về sự phục vụ hành chính của huyện và UBND các xã, thị trấn cho cơ quan báo chí, Đài phát thanh huyện, Cổng thông tin điện tử huyện để phục vụ công tác tuyên truyền;",
                "Phối hợp tổ chức các lớp tập huấn, bồi dưỡng kiến thức cơ bản nhằm nâng cao nhận thức về CCHC cho cán bộ, công chức."));
        plan.AddResponsibility(
            "Văn phòng HĐND&UBND huyện",
            DemoPlanWriting.Lines(
                "Chủ trì thực hiện công tác tuyên truyền CCHC trên Cổng thông tin điện tử huyện.",
                "Chủ trì triển khai tuyên truyền, phổ biến, hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính cho các cơ quan, UBND các xã, thị trấn; tuyên truyền dịch vụ công trực tuyến mức độ 3, 4; tuyên truyền tới người dân, tổ chức tích cực sử dụng dịch vụ bưu chính công ích."));
        plan.AddResponsibility(
            "Đài phát thanh huyện",
            "Phối hợp với các cơ quan, đơn vị liên quan xây dựng chuyên mục về thực hiện cải cách hành chính trên địa bàn huyện.");
        plan.AddResponsibility(
            "Đề nghị Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện",
            "Thực hiện và chỉ đạo các tổ chức, đơn vị trực thuộc phối hợp với các cơ quan, tổ chức liên quan triển khai thực hiện có hiệu quả công tác tuyên truyền về cải cách hành chính.");
    }

    /// <summary>
    /// The source announces an annex of tasks and products, but the annex is not in the text we have. These tasks
    /// are derived from the body: each is a duty the plan itself gives a named party, with a timeline and product
    /// consistent with it ("thường xuyên", "định kỳ"). Replace them if the real annex turns up.
    /// </summary>
    private static void AddAnnexTasks(Plan plan)
    {
        const string units = "Các cơ quan, đơn vị, UBND các xã, thị trấn";
        const string office = "Văn phòng HĐND&UBND huyện";
        const string homeAffairs = "Phòng Nội vụ";
        const string radio = "Đài phát thanh huyện";
        const string communes = "UBND các xã, thị trấn";

        Add(plan, "Xây dựng kế hoạch và tổ chức thực hiện việc tuyên truyền về công tác CCHC tại cơ quan, đơn vị, địa phương.", units, null, TaskTimeline.InQuarter(1, 2022), "Kế hoạch tuyên truyền");
        Add(plan, "Tuyên truyền CCHC trên Cổng thông tin điện tử huyện; duy trì chuyên trang CCHC, thường xuyên đăng tải các văn bản chỉ đạo của Trung ương, của tỉnh, của huyện về CCHC.", office, homeAffairs, TaskTimeline.Ongoing, "Tin, bài");
        Add(plan, "Tuyên truyền, phổ biến, hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính; tuyên truyền dịch vụ công trực tuyến mức độ 3, 4 và dịch vụ bưu chính công ích.", office, communes, TaskTimeline.Ongoing, "Tài liệu hướng dẫn, tin, bài");
        Add(plan, "Duy trì chuyên mục cải cách hành chính trên Đài phát thanh huyện; đưa các tin, bài về CCHC của các cơ quan, đơn vị, các cá nhân, đơn vị điển hình trong thực hiện công tác CCHC.", radio, "Phòng Nội vụ; các cơ quan, đơn vị liên quan", TaskTimeline.Ongoing, "Chuyên mục, tin, bài");
        Add(plan, "Tổ chức các lớp tập huấn, bồi dưỡng kiến thức cơ bản nhằm nâng cao nhận thức về CCHC cho cán bộ, công chức.", homeAffairs, "Văn phòng HĐND&UBND huyện; UBND các xã, thị trấn", TaskTimeline.InQuarter(3, 2022), "Lớp tập huấn");
        Add(plan, "Cung cấp thông tin về kết quả thực hiện công tác CCHC, kết quả Chỉ số CCHC, chỉ số hài lòng về sự phục vụ hành chính của huyện và UBND các xã, thị trấn cho cơ quan báo chí, Đài phát thanh huyện, Cổng thông tin điện tử huyện.", homeAffairs, null, TaskTimeline.Ongoing, "Thông tin, số liệu");
        Add(plan, "Niêm yết công khai, minh bạch và kịp thời cập nhật các thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả và Trang thông tin điện tử của xã.", communes, office, TaskTimeline.Ongoing, "Thủ tục hành chính được niêm yết, cập nhật");
        Add(plan, "Tuyên truyền CCHC thông qua các hoạt động của tổ chức Đảng, Đoàn thể, quần chúng.", "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện", "Các cơ quan, tổ chức liên quan", TaskTimeline.Ongoing, "Hoạt động tuyên truyền");
        Add(plan, "Báo cáo tình hình, kết quả thực hiện công tác tuyên truyền CCHC định kỳ hàng quý, 6 tháng, một năm, lồng ghép vào báo cáo CCHC định kỳ.", units, homeAffairs, TaskTimeline.Ongoing, "Báo cáo");

        static void Add(Plan plan, string content, string lead, string? coordinating, TaskTimeline timeline, string product) =>
            plan.AddAssignedTask(ReformArea.Communication, null, content, lead, coordinating, timeline, product);
    }
}
