using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// Kế hoạch số 16/KH-MNTH ngày 01/02/2023 of Trường mầm non Tuổi Hồng (shared/examples/mn-tuoi-hong-2023-cchc.txt),
/// entered whole. The text is the source's, with only the PDF-extraction artefacts repaired (lines broken
/// mid-sentence joined, "duyet", "nền tăng", "phân hời", a stray "- +"). The source's own defects are kept on
/// purpose, for the checker to find: tasks with no lead unit or timeline, Nghị định 106/2020/NĐ-CP cited with two
/// dates, a KPI with no measurable target.
/// </summary>
public static class KindergartenPlan2023
{
    public const string Title = "Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2023";

    public static Plan Build(Unit school, Func<string, LegalDocument> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var plan = new Plan(school, PlanKind.AnnualCchc, 2023, Title);
        plan.ChangeHeader(PlanKind.AnnualCchc, 2023, Title, "Quận 1", issuedOn: null);
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, document("406/KH-UBND"));
        plan.ChangeLeadIn(
            "Dựa vào tình hình thực tế tại đơn vị, Trường mầm non Tuổi Hồng xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2023 gắn với thực hiện chủ đề năm của Thành phố: “Nâng cao hiệu quả hoạt động công vụ, đẩy mạnh cải cách hành chính và cải thiện môi trường đầu tư; thúc đẩy phát triển kinh tế; đảm bảo an sinh xã hội”, cụ thể như sau:");

        AddObjectives(plan);
        AddKpis(plan);
        var tasks = plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        plan.AddItem(
            tasks,
            ItemStyle.Paragraph,
            "Bên cạnh triển khai đầy đủ và hiệu quả các nhiệm vụ của công tác CCHC theo quy định của Ủy ban nhân dân Quận 1, nhà trường tập trung thực hiện các nội dung trọng tâm như sau:");
        AddDirectionAndCommunicationTasks(plan);
        AddInstitutionAndProcedureTasks(plan);
        AddOrganisationTasks(plan);
        AddCivilServiceTasks(plan);
        AddFinanceDigitalAndSurveyTasks(plan);
        AddBudgetAndOrganisation(plan);

        // The source prints no reporting section; the deadlines are the ones Quận 1 sets its units, kept as data
        // so that tracking has something to remind of.
        plan.AddDistrict1ReportingDeadlines(2023, "Phòng Nội vụ Quận 1");

        plan.ChangeClosing(
            "Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm 2023 của Trường mầm non Tuổi Hồng, đề nghị toàn thể cán bộ, giáo viên, nhân viên nhà trường nghiêm túc triển khai thực hiện./.");
        plan.AddRecipients("Phòng Nội vụ Q1", "CB, GV, NV nhà trường", "Lưu: VT");
        plan.Sign(new SignatureBlock(SignaturePrefix.None, null, "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"));

        plan.Submit();
        plan.Approve();
        plan.Issue(16, new DateOnly(2023, 2, 1));
        plan.MarkSigned();
        return plan;
    }

    private static void AddObjectives(Plan plan)
    {
        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC TIÊU");
        plan.AddItems(
            objectives,
            ItemStyle.Bullet,
            "Tập trung xây dựng, triển khai đồng bộ, chi tiết và có hiệu quả Kế hoạch CCHC năm 2023 gắn với các nội dung của Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030, giai đoạn 2021 - 2025; Chương trình CCHC và giải pháp nâng cao Chỉ số CCHC (PAR Index) của Quận 1, giai đoạn 2021 - 2025.",
            "Triển khai thực hiện hiệu quả chủ đề năm 2023 của Thành phố: “Nâng cao hiệu quả hoạt động công vụ, đẩy mạnh cải cách hành chính và cải thiện môi trường đầu tư; thúc đẩy phát triển kinh tế; đảm bảo an sinh xã hội” và phù hợp với Kế hoạch phát triển kinh tế - xã hội của Quận 1, khắc phục những khó khăn, hạn chế; tạo sự chuyển biến mạnh mẽ trong công tác CCHC của đơn vị, nâng cao trách nhiệm phục vụ phụ huynh học sinh, người dân, khách đến trường liên hệ công tác.");
    }

    private static void AddKpis(Plan plan)
    {
        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");

        const string procedures = "Về giải quyết hồ sơ TTHC";

        // One comparator and target per KPI: the 98% (xử lý đơn) and 95% (khiếu nại, tố cáo) stay in the text only.
        plan.AddKpi(
            "Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt tỷ lệ 100% trong từng lĩnh vực, riêng lĩnh vực xử lý đơn đạt 98%; lĩnh vực giải quyết khiếu nại, tố cáo đạt 95% trở lên.",
            Comparator.Exactly,
            100,
            "%",
            procedures);
        plan.AddKpi(
            "100% hồ sơ TTHC giải quyết trễ hạn phải kịp thời thông báo xin lỗi tổ chức, cá nhân theo quy định.",
            Comparator.Exactly,
            100,
            "%",
            procedures);

        const string satisfaction = "Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức";
        plan.AddKpi(
            "Mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của nhà trường ở từng lĩnh vực đạt từ 99% trở lên.",
            Comparator.AtLeast,
            99,
            "%",
            satisfaction);
        plan.AddKpi(
            "Mức độ hài lòng của cá nhân, tổ chức đối với dịch vụ do đơn vị nhà trường cung cấp trong lĩnh vực giáo dục học sinh khuyết tật trí tuệ đạt từ 99% trở lên.",
            Comparator.AtLeast,
            99,
            "%",
            satisfaction);

        // Printed without its "- " in the source (lost in extraction); it belongs to this group.
        plan.AddKpi(
            "Mức độ hài lòng của cá nhân, tổ chức về giải quyết thủ tục hành chính đạt từ 99% trở lên.",
            Comparator.AtLeast,
            99,
            "%",
            satisfaction);

        // Items 3 to 5 are numbered KPIs in their own right, under no heading.
        plan.AddKpi(
            "100% các phản ánh, kiến nghị của cá nhân, tổ chức về quy định, TTHC thuộc thẩm quyền giải quyết của nhà trường được tiếp nhận, xử lý, trả lời và công khai kết quả trả lời trên trang zalo, facebook của đơn vị.",
            Comparator.Exactly,
            100,
            "%");
        plan.AddKpi(
            "100% nhà trường luôn công khai và cập nhật kịp thời những góp ý, tỷ lệ đánh giá hài lòng của phụ huynh học sinh, người dân, khách đến trường liên hệ công tác trên trang facebook của đơn vị mình.",
            Comparator.Exactly,
            100,
            "%");
        plan.AddKpi("100% nhà trường ứng dụng thanh toán điện tử trong cung ứng dịch vụ.", Comparator.Exactly, 100, "%");

        const string electronicOffice = "Xây dựng môi trường làm việc điện tử.";
        plan.AddKpi(
            "100% các văn bản, tài liệu chính thức trao đổi giữa nhà trường với các cơ quan, đơn vị hành chính nhà nước được thực hiện trên môi trường điện tử trừ các văn bản có chứa bí mật nhà nước.",
            Comparator.Exactly,
            100,
            "%",
            electronicOffice);

        // No measurable target in the source: a real defect, kept.
        plan.AddKpi(
            "Nhà trường sử dụng hệ thống thư điện tử công vụ trong trao đổi công việc theo đúng quy định của Ủy ban nhân dân Thành phố tại Quyết định số 41/2011/QĐ-UBND ngày 17 tháng 6 năm 2011.",
            Comparator.None,
            null,
            null,
            electronicOffice);
    }

    private static void AddDirectionAndCommunicationTasks(Plan plan)
    {
        const string group = "Công tác chỉ đạo, điều hành và truyền thông về CCHC";
        plan.AddTasks(
            ReformArea.Direction,
            group,
            "Tiếp tục kiện toàn Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC của đơn vị theo quy định mới và phù hợp với đặc thù yêu cầu công tác; yêu cầu Hiệu trưởng nhà trường phải là người trực tiếp quản lý, chỉ đạo công tác CCHC tại đơn vị.",
            "Tăng cường kiểm tra, khảo sát CCHC, kiểm tra công vụ, việc thực hiện quy tắc ứng xử của cán bộ, viên chức trong đơn vị theo hướng đột xuất, không báo trước; đặc biệt kiểm tra trách nhiệm người đứng đầu trong nhà trường trong việc chỉ đạo, điều hành công tác CCHC và kết quả thực hiện các chỉ tiêu CCHC. Xử lý các vấn đề phát hiện qua kiểm tra.",
            "Kiểm tra tiến độ triển khai thực hiện Kế hoạch số 175/KH-UBND ngày 28 tháng 5 năm 2021 về thực hiện Chương trình cải cách hành chính và giải pháp nâng cao Chỉ số cải cách hành chính trên địa bàn Quận 1 giai đoạn 2020 - 2025; Kế hoạch số 288/KH-UBND ngày 29 tháng 10 năm 2021 về thực hiện Chương trình tổng thể cải cách hành chính Nhà nước trên địa bàn Quận 1 giai đoạn 2021 - 2030; Kế hoạch số 224/KH-UBND ngày 15 tháng 7 năm 2022 về triển khai thực hiện Chỉ thị số 08/CT-UBND ngày 12 tháng 5 năm 2022 (gọi tắt là Chỉ thị số 08/CT-UBND) của Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh trên địa bàn Quận 1 giai đoạn 2022 - 2025 và Công văn số 2139/UBND-NV ngày 09 tháng 8 năm 2022 về việc triển khai thực hiện Quyết định số 2563/QĐ-UBND ngày 27 tháng 7 năm 2022 của Ủy ban nhân dân Thành phố ban hành Quy chế phối hợp giữa các sở, ban, ngành thuộc Ủy ban nhân dân Thành phố Hồ Chí Minh, Ủy ban nhân dân thành phố Thủ Đức, Ủy ban nhân dân quận - huyện trong công tác tham mưu và triển khai thực hiện nhiệm vụ quản lý Nhà nước.",
            "Tiếp tục hoàn thiện, nâng cấp và khai thác hiệu quả Hệ thống công tác CCHC của đơn vị theo thẩm quyền, phạm vi quản lý của đơn vị mình.",
            "Tiếp tục rà soát và thực hiện các giải pháp cải thiện, khắc phục hạn chế, thiếu sót trong công tác đánh giá, xác định Chỉ số CCHC (PAR Index) của đơn vị. Triển khai có hiệu quả khung đánh giá về xác định Chỉ số CCHC (Par Index) của đơn vị thuộc, trực thuộc Ủy ban nhân dân Quận 1.",
            "Khuyến khích cán bộ, viên chức (CB, VC) đưa ra đề xuất, sáng kiến; chủ động phát hiện những mô hình, giải pháp sáng tạo trong CCHC để nhân rộng tại đơn vị, kịp thời viết bài thông tin trên Bản tin cải cách hành chính của đơn vị.",
            "Bồi dưỡng, cập nhật kiến thức, nâng cao trình độ, năng lực cho đội ngũ làm công tác CCHC.");

        plan.AddTask(
            ReformArea.Communication,
            "Tuyên truyền, truyền thông về công tác CCHC",
            group,
            DemoPlanWriting.Lines(
                "Xây dựng và triển khai kế hoạch công tác thông tin, tuyên truyền về CCHC trên địa bàn Quận 1 phù hợp với tình hình mới, chú trọng tuyên truyền đến toàn thể cán bộ, giáo viên, nhân viên, phụ huynh học sinh, người dân, khách đến trường liên hệ công tác để cùng biết, trải nghiệm, tham gia công tác CCHC với Quận 1. Đổi mới, đa dạng hóa các hình thức tuyên truyền ứng dụng công nghệ thông tin, không gian mạng, cung cấp thông tin về CCHC và các dịch vụ công trực tuyến; chú trọng vai trò chủ động của CB, VC, nhất là CB, VC giữ vị trí lãnh đạo, quản lý; có mô hình tuyên truyền rõ ràng, hiệu quả; gắn kết quả công tác CCHC với công tác thi đua, khen thưởng.",
                "Có ít nhất 01 sản phẩm, mô hình tuyên truyền hiệu quả về công tác CCHC của nhà trường trên trang thông tin điện tử của đơn vị.",
                "Tham gia các Hội thi tìm hiểu về CCHC trong đội ngũ cán bộ, viên chức, đoàn viên công đoàn, đoàn viên, thanh niên và Nhân dân.",
                "Tiếp tục duy trì chuyên mục, chuyên trang về CCHC để tuyên truyền, giới thiệu các mô hình, điển hình hay trong thực hiện, tham gia sử dụng và đóng góp cho công tác CCHC tại đơn vị; phản hồi ý kiến của phụ huynh học sinh, người dân, khách đến trường liên hệ công tác, các cơ quan, tổ chức khác về công tác CCHC; công khai kết quả đánh giá chỉ số CCHC, kết quả khảo sát sự hài lòng của cơ quan hành chính Nhà nước trên địa bàn Quận 1."));
    }

    private static void AddInstitutionAndProcedureTasks(Plan plan)
    {
        plan.AddTasks(
            ReformArea.Institutions,
            "Công tác cải cách thể chế",
            "Triển khai thực hiện Nghị quyết mới thay thế Nghị Quyết số 54/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội về thí điểm cơ chế, chính sách đặc thù phát triển Thành phố Hồ Chí Minh.",
            "Tiếp tục thực hiện Nghị quyết số 99/NQ-CP ngày 24 tháng 6 năm 2020 về đẩy mạnh phân cấp quản lý nhà nước theo ngành, lĩnh vực, Nghị quyết số 04/NQ-CP ngày 10 tháng 01 năm 2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý Nhà nước; tiếp tục thực hiện các nội dung Thành phố phân cấp, ủy quyền cho quận.",
            "Thực hiện rà soát hệ thống hóa văn bản quy phạm pháp luật khi triển khai vào thực tiễn chưa phù hợp để đề xuất sửa đổi, bổ sung.",
            "Triển khai, thực hiện Đề án nâng cao chất lượng xây dựng văn bản quy phạm pháp luật trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2022 - 2025.",
            "Tăng cường tuyên truyền phổ biến giáo dục pháp luật tại đơn vị đa dạng về hình thức và phù hợp với từng đối tượng.");

        plan.AddTasks(
            ReformArea.AdministrativeProcedures,
            "Cải cách thủ tục hành chính",
            "Tăng cường trách nhiệm của người đứng đầu trong cải cách TTHC và giải quyết TTHC; kết quả thực hiện là cơ sở xem xét mức độ hoàn thành nhiệm vụ của người đứng đầu đơn vị.",
            "Tổ chức triển khai thực hiện Nghị quyết số 131/NQ-CP ngày 06 tháng 10 năm 2022 của Chính phủ về đẩy mạnh cải cách thủ tục hành chính và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ phụ huynh học sinh, người dân và hướng dẫn của Văn phòng Chính phủ.",
            "Thực hiện công khai, minh bạch trong tiếp nhận, giải quyết thủ tục hành chính, bảo đảm 100% thủ tục hành chính được công bố, công khai đầy đủ, đúng hạn.",
            "Nâng cao chất lượng giải quyết hồ sơ, TTHC đảm bảo chỉ tiêu kế hoạch đề ra. Thực hiện nghiêm việc xin lỗi đối với hồ sơ trễ hẹn. Xử lý nghiêm các trường hợp sai phạm, tiêu cực phát sinh trong quá trình giải quyết hồ sơ, TTHC (nếu có).",
            "Rà soát, đơn giản hoá thủ tục hành chính nội bộ theo Quyết định 1085/QĐ-TTg ngày 15 tháng 9 năm 2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hoá thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước giai đoạn 2022 - 2025.",
            "Tổ chức tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức về quy định, thủ tục hành chính thuộc thẩm quyền giải quyết của Thành phố đảm bảo quy định của Nghị định số 20/2008/NĐ-CP của Chính phủ (đã sửa đổi, bổ sung), Quyết định số 31/2021/QĐ-TTg của Thủ tướng Chính phủ về Quy chế quản lý, vận hành, khai thác cổng Dịch vụ công Quốc gia và Quyết định số 24/2022/QĐ-UBND ngày 07 tháng 7 năm 2022 của Ủy ban nhân dân Thành phố ban hành Quy chế tiếp nhận, xử lý phản ánh kiến nghị của cá nhân, tổ chức về quy định hành chính.");
    }

    private static void AddOrganisationTasks(Plan plan)
    {
        plan.AddTasks(
            ReformArea.Organisation,
            "Cải cách tổ chức bộ máy hành chính nhà nước",
            "Đẩy mạnh rà soát, sắp xếp, kiện toàn tổ chức bộ máy của đơn vị phù hợp với đặc điểm của Thành phố và quy định của Chính phủ.",
            "Tiếp tục triển khai Kế hoạch thực hiện Chương trình hành động số 33-CTrHD/TU ngày 16 tháng 4 năm 2019 của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập.",
            "Tiếp tục sắp xếp tổ chức bộ máy, biên chế khi thực hiện Nghị quyết số 131/2020/QH14 ngày 16 tháng 11 năm 2020 của Quốc hội về tổ chức chính quyền đô thị tại Thành phố Hồ Chí Minh (sau đây gọi tắt là Nghị quyết số 131/2020/QH14).",

            // Cites Nghị định 106/2020/NĐ-CP as of 15/9/2020; a civil-service task below cites it as of 10/9/2020.
            "Rà soát, sắp xếp tổ chức bộ máy gắn với cơ cấu lại đội ngũ cán bộ, viên chức để giảm số biên chế cho phù hợp với số biên chế do Quận 1 giao và phù hợp với tình hình của Quận 1; thực hiện việc giao biên chế định kỳ hàng năm phù hợp với vị trí việc làm của đơn vị theo Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020 của Chính phủ về vị trí việc làm và biên chế công chức; Nghị định số 106/2020/NĐ-CP ngày 15 tháng 9 năm 2020 của Chính phủ về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập; tiếp tục thực hiện tinh giản biên chế theo kế hoạch, đề án đã đề ra và theo Nghị định số 108/2014/NĐ-CP ngày 20 tháng 11 năm 2014 của Chính phủ về chính sách tinh giản biên chế; Nghị định số 113/2018/NĐ-CP ngày 31 tháng 8 năm 2018 và Nghị định số 143/2020/NĐ-CP ngày 10 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 108/2014/NĐ-CP; Nghị quyết số 25/2017/NQ-HĐND ngày 07 tháng 12 năm 2017 của Hội đồng nhân dân Thành phố về chế độ hỗ trợ thêm đối với cán bộ nghỉ hưu trước tuổi, thôi việc theo Nghị quyết số 39-NQ/TW của Bộ Chính trị, Nghị định số 108/2014/NĐ-CP của Chính phủ.",
            "Tiếp tục triển khai thực hiện Quyết định số 4712/QĐ-UBND và Quyết định số 4131/QĐ-UBND ngày 30 tháng 11 năm 2022 về việc kéo dài thời gian có hiệu lực của Quyết định số 4713/QĐ-UBND ngày 20 tháng 10 năm 2018 của Chủ tịch Ủy ban nhân dân Thành phố về ủy quyền cho các Sở, ngành, Ủy ban nhân dân các quận, huyện, Thủ trưởng các Sở, ngành, Chủ tịch Ủy ban nhân dân các quận, huyện thực hiện một số nhiệm vụ, quyền hạn của Ủy ban nhân dân Thành phố, Chủ tịch Ủy ban nhân dân Thành phố.");
    }

    private static void AddCivilServiceTasks(Plan plan)
    {
        plan.AddTasks(
            ReformArea.CivilService,
            "Cải cách chế độ công vụ",
            "Tiếp tục triển khai thực hiện các quy định về vị trí việc làm của cơ quan, tổ chức thuộc phạm vi quản lý theo quy định tại Nghị định số 62/2020/NĐ-CP ngày 01 tháng 6 năm 2020 của Chính phủ.",
            "Thực hiện quy định về vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp của đơn vị sự nghiệp công lập thuộc phạm vi quản lý theo quy định tại Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ.",
            "Công khai, minh bạch và tăng cường ứng dụng công nghệ thông tin để nâng cao chất lượng tuyển dụng viên chức; bố trí sử dụng, đào tạo, quy hoạch, bổ nhiệm, luân chuyển và đánh giá, phân loại cán bộ, viên chức theo vị trí việc làm đã được phê duyệt.",
            "Tiếp tục cử đi đào tạo, bồi dưỡng cho đội ngũ cán bộ, viên chức, đảm bảo đáp ứng tiêu chuẩn, điều kiện chức danh nghề nghiệp, vị trí việc làm và yêu cầu phát triển của đơn vị.",
            "Triển khai hiệu quả Công văn số 2474/UBND-NV ngày 13 tháng 9 năm 2022 của Ủy ban nhân dân Quận 1 về việc chỉ đạo triển khai thực hiện Quyết định số 2679/QĐ-UBND ngày 08 tháng 8 năm 2022 của Ủy ban nhân dân Thành phố về ban hành Đề án đẩy mạnh cải cách chế độ công vụ, công chức của Thành phố Hồ Chí Minh giai đoạn 2022 - 2027.",
            "Triển khai Đề án tạo động lực và giữ chân cán bộ, viên chức và người lao động trong đơn vị. Chủ động nghiên cứu các giải pháp hiệu quả thực hiện cải cách chế độ công vụ, đổi mới công tác tuyển dụng, quản lý, đào tạo, bồi dưỡng, luân chuyển, quy hoạch, thi tuyển chức danh lãnh đạo gắn với công tác đánh giá cán bộ, viên chức, khen thưởng, kỷ luật theo hướng năng động, linh hoạt, đề cao trách nhiệm trong hoạt động thực thi công vụ của cán bộ, viên chức và chế độ trách nhiệm và thẩm quyền của người đứng đầu.",
            "Triển khai hiệu quả Kế hoạch số 303/KH-UBND ngày 28 tháng 9 năm 2022 về thực hiện Quyết định số 2709/QĐ-UBND ngày 10 tháng 8 năm 2022 của Ủy ban nhân dân Thành phố Hồ Chí Minh về việc phê duyệt Đề án nâng cao năng lực, trình độ đội ngũ cán bộ, công chức, viên chức làm công tác cải cách hành chính trên địa bàn Quận 1 giai đoạn 2022 - 2025.",
            "Phát động phong trào thi đua thực hiện văn hóa công vụ đến toàn thể cán bộ, viên chức và người lao động, đưa nội dung thực hiện văn hóa công vụ vào các tiêu chí bình xét thi đua của đơn vị. Kịp thời biểu dương, khen thưởng những bộ phận, cá nhân có thành tích tốt và những cá nhân gương mẫu trong thực hiện văn hóa công vụ; xử lý nghiêm tập thể, cá nhân vi phạm quy định hoặc thực hiện chưa tốt văn hóa công vụ.",
            "Triển khai xây dựng quy chế đánh giá, xếp loại chất lượng hàng quý, hàng năm. Gắn trách nhiệm của người đứng đầu trong cải cách thủ tục hành chính và giải quyết thủ tục hành chính; kết quả thực hiện là cơ sở xem xét mức độ hoàn thành nhiệm vụ của người đứng đầu đơn vị.",
            "Triển khai thực hiện Kế hoạch số 124-KH/TU ngày 31 tháng 5 năm 2022 của Thành ủy, Kế hoạch số 3815/KH-UBND ngày 18 tháng 10 năm 2022 của Ủy ban nhân dân Thành phố và Kế hoạch số 387/KH-UBND ngày 12 tháng 12 năm 2022 của Ủy ban nhân dân Quận 1 về thực hiện chủ trương khuyến khích và bảo vệ cán bộ, công chức, viên chức, người lao động năng động, sáng tạo vì lợi ích chung.");
    }

    private static void AddFinanceDigitalAndSurveyTasks(Plan plan)
    {
        plan.AddTasks(
            ReformArea.PublicFinance,
            "Cải cách tài chính công",
            "Thực hiện nghiêm quy định về sử dụng kinh phí nguồn NSNN.",
            "Xây dựng, ban hành quy chế quản lý, sử dụng tài sản công; thường xuyên kiểm tra việc thực hiện các quy định về quản lý tài sản công tại đơn vị.",
            "Ứng dụng thanh toán điện tử trong cung ứng dịch vụ công.",
            "Chủ động trong công tác sửa chữa, đầu tư trang bị cơ sở vật chất, thiết bị, phương tiện phục vụ cho các hoạt động của cán bộ, viên chức nhằm giải quyết nhu cầu chính đáng, hợp pháp của phụ huynh học sinh, người dân khi đến liên hệ công tác, giải quyết TTHC.");

        plan.AddTasks(
            ReformArea.DigitalGovernment,
            "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
            "Đẩy nhanh tiến độ triển khai “Chương trình chuyển đổi số của Thành phố” và Đề án “Xây dựng Đô thị thông minh” tại Quận 1. Tập trung thực hiện hiệu quả, hoàn thành đầu tư các hạng mục theo từng giai đoạn cụ thể và xây dựng chính quyền điện tử tại Quận 1.",
            "Tiếp tục mở rộng, hoàn thiện Nền tảng tích hợp, chia sẻ dữ liệu của Thành phố (LGSP) để chia sẻ dữ liệu giữa các hệ thống thông tin của các cơ quan tại Thành phố và kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) để các cơ quan Nhà nước quản lý, điều hành nghiệp vụ chuyên ngành dựa trên dữ liệu, đồng bộ, thông suốt từ trung ương đến địa phương.",
            "Hoàn thiện, kết nối liên thông các phần mềm quản lý văn bản và điều hành nội bộ để bảo đảm thông suốt trong việc thực hiện gửi, nhận văn bản điện tử; đẩy mạnh ứng dụng chữ ký số trong giải quyết hồ sơ TTHC, mở rộng việc sử dụng ứng dụng CNTT trên nền tảng điện thoại thông minh tại Quyết định số 28/2018/QĐ-TTg ngày 12 tháng 7 năm 2018 của Thủ tướng Chính phủ về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước.",
            "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành hoạt động nội bộ của đơn vị; trong phối hợp giữa các cơ quan, đơn vị; trong phục vụ người dân và tổ chức; mở rộng việc sử dụng trên nền tảng điện thoại thông minh.",
            "Tăng cường sử dụng hệ thống Hội nghị truyền hình trực tuyến ứng dụng nền tảng công nghệ Zoom, Google Meet,... thay cho các cuộc họp truyền thống nhằm giảm chi phí, tiết kiệm thời gian đi lại.",
            "Nâng cao chất lượng Hệ thống quản lý đơn thư, khiếu nại tố cáo đến đơn vị.",
            "Kết nối Cổng Dịch vụ công tại đơn vị với cổng Dịch vụ công Thành phố và quốc gia; thực hiện tích hợp dịch vụ thanh toán trực tuyến nghĩa vụ tài chính trong thực hiện TTHC trên cổng Dịch vụ công Quốc gia.");

        plan.AddTasks(
            ReformArea.SatisfactionSurvey,
            "Khảo sát, đánh giá sự hài lòng của người dân, tổ chức",
            "Thông tin, tuyên truyền thực hiện công tác CCHC một cách có hiệu quả, để phụ huynh học sinh, người dân và khách đến liên hệ công tác hiểu đúng về kết quả thực hiện công tác CCHC của đơn vị.",
            "Đảm bảo đầy đủ thông tin các trường dữ liệu của người dân, tổ chức khi đến thực hiện TTHC trên giấy tiếp nhận hồ sơ và hẹn trả kết quả ban hành kèm theo mẫu số 01 của Thông tư số 01/2018/TT-VPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC.",
            "Đảm bảo trong quá trình điều tra xã hội học phục vụ đánh giá Chỉ số CCHC, đo lường sự hài lòng của người dân thực hiện một cách khách quan, khoa học, phản ánh đúng kết quả thực hiện CCHC tại đơn vị.");
    }

    private static void AddBudgetAndOrganisation(Plan plan)
    {
        // The source names a funding source but no amount, so there are no budget lines, only the printed bullets.
        var budget = plan.AddSection(SectionKind.Budget, "KINH PHÍ THỰC HIỆN");
        plan.AddItems(
            budget,
            ItemStyle.Bullet,
            "Kinh phí thực hiện Kế hoạch công tác CCHC năm 2023 được bố trí từ nguồn ngân sách Quận 1.",
            "Đơn vị bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch này trong dự toán ngân sách hàng năm được Ủy ban nhân dân Quận 1 giao.");

        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        plan.AddResponsibility(
            null,
            DemoPlanWriting.Lines(
                "Hiệu trưởng xây dựng và tổ chức thực hiện Kế hoạch công tác CCHC năm 2023 của đơn vị đảm bảo tiến độ và các chỉ tiêu đề ra; trực tiếp chỉ đạo, quản lý, đẩy mạnh công tác CCHC tại đơn vị, lĩnh vực mình phụ trách.",
                "Tham mưu Ủy ban nhân dân Quận 1 triển khai, đảm bảo thực hiện có hiệu quả các tiêu chí, tiêu chí thành phần của Chỉ số CCHC theo lĩnh vực được giao, phân công cụ thể các đoàn thể, bộ phận, cá nhân có liên quan phụ trách các tiêu chí, tiêu chí thành phần, định kỳ báo cáo giải trình kết quả và cung cấp tài liệu kiểm chứng theo quy định.",
                "Lấy kết quả, hiệu quả, sáng tạo trong công tác CCHC để làm căn cứ, điều kiện bình xét thi đua, khen thưởng, xét hưởng thu nhập tăng thêm cho CB, VC. Chỉ xét hoàn thành xuất sắc nhiệm vụ đối với cá nhân thực hiện đạt các chỉ tiêu của Kế hoạch này."));
    }
}
