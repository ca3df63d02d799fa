using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// Four invented 2024 plans of the schools under UBND Quận 1, so that the demo shows every state of the workflow
/// before signing. Unlike the two real examples, their tasks are fully assigned (lead unit, timeline, product).
/// The signers' names are invented.
/// </summary>
public static class OtherDemoPlans
{
    private const int Year = 2024;

    public static IReadOnlyList<Plan> Build(DemoUnits units, Func<string, LegalDocument> document)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(document);
        return
        [
            TuoiHongDraft(units.TuoiHong, document),
            LeNgocHanSubmitted(units.LeNgocHan, document),
            VanLangReturned(units.VanLang, document),
            BenNgheApproved(units.BenNghe, document),
        ];
    }

    /// <summary>Last year's plan carried forward and still being edited: fewer sections, no reporting section.</summary>
    private static Plan TuoiHongDraft(Unit school, Func<string, LegalDocument> document)
    {
        var plan = Start(school, document, "76/NQ-CP", "131/NQ-CP", "876/QĐ-BNV");
        plan.ChangeLeadIn(
            $"Dựa vào tình hình thực tế tại đơn vị và kết quả thực hiện công tác cải cách hành chính năm 2023, {school.Name} xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2024, cụ thể như sau:");

        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC TIÊU");
        plan.AddItems(
            objectives,
            ItemStyle.Bullet,
            "Tiếp tục triển khai đồng bộ, có hiệu quả Kế hoạch CCHC năm 2024 gắn với các nội dung của Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030; Chương trình CCHC và giải pháp nâng cao Chỉ số CCHC (PAR Index) của Quận 1, giai đoạn 2021 - 2025.",
            "Khắc phục những hạn chế trong công tác CCHC năm 2023 của đơn vị; nâng cao trách nhiệm phục vụ phụ huynh học sinh, người dân, khách đến trường liên hệ công tác.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        const string procedures = "Về giải quyết hồ sơ TTHC";
        plan.AddKpi("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt 100%.", Comparator.Exactly, 100, "%", procedures);
        plan.AddKpi("100% hồ sơ TTHC giải quyết trễ hạn phải kịp thời thông báo xin lỗi tổ chức, cá nhân theo quy định.", Comparator.Exactly, 100, "%", procedures);
        plan.AddKpi(
            "Mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của nhà trường đạt từ 99% trở lên.",
            Comparator.AtLeast,
            99,
            "%",
            "Về tỷ lệ khảo sát ý kiến hài lòng của cá nhân và tổ chức");
        plan.AddKpi(
            "Tỷ lệ các khoản thu học phí và thu dịch vụ được thanh toán không dùng tiền mặt đạt từ 90% trở lên.",
            Comparator.AtLeast,
            90,
            "%");
        plan.AddKpi(
            "100% các văn bản, tài liệu chính thức trao đổi giữa nhà trường với các cơ quan, đơn vị hành chính nhà nước được thực hiện trên môi trường điện tử, trừ văn bản có nội dung mật.",
            Comparator.Exactly,
            100,
            "%",
            "Xây dựng môi trường làm việc điện tử");

        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        const string direction = "Công tác chỉ đạo, điều hành và truyền thông về CCHC";
        plan.AddAssignedTask(ReformArea.Direction, direction, "Kiện toàn Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC của nhà trường; phân công cụ thể thành viên phụ trách từng lĩnh vực CCHC.", "Hiệu trưởng", "Công đoàn cơ sở", TaskTimeline.InQuarter(1, Year), "Quyết định kiện toàn");
        plan.AddAssignedTask(
            ReformArea.Communication,
            direction,
            "Tuyên truyền, truyền thông về công tác CCHC",
            "Tổ Văn phòng",
            "Ban Giám hiệu",
            TaskTimeline.Ongoing,
            "Tin, bài",
            DemoPlanWriting.Lines(
                "Đăng tải ít nhất 01 tin, bài mỗi quý về công tác CCHC trên trang thông tin điện tử, trang zalo, facebook của đơn vị.",
                "Công khai kết quả khảo sát sự hài lòng của phụ huynh học sinh trên trang facebook của đơn vị."));
        plan.AddAssignedTask(ReformArea.Institutions, "Công tác cải cách thể chế", "Rà soát, sửa đổi, bổ sung Quy chế làm việc và Quy chế thực hiện dân chủ ở cơ sở của nhà trường phù hợp với quy định hiện hành.", "Ban Giám hiệu", "Công đoàn cơ sở", TaskTimeline.InQuarter(1, Year), "Quy chế được ban hành");
        plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Niêm yết công khai, đầy đủ, kịp thời các thủ tục hành chính thuộc thẩm quyền giải quyết của nhà trường tại bảng tin và trên trang thông tin điện tử của đơn vị.", "Văn thư", null, TaskTimeline.Ongoing, "Bảng niêm yết TTHC");
        plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Rà soát, đơn giản hoá thủ tục hành chính nội bộ của nhà trường theo Kế hoạch rà soát, đơn giản hoá thủ tục hành chính nội bộ giai đoạn 2022 - 2025.", "Tổ Văn phòng", "Kế toán", TaskTimeline.By(new DateOnly(Year, 6, 30)), "Báo cáo rà soát");
        plan.AddAssignedTask(ReformArea.CivilService, null, "Đánh giá, xếp loại chất lượng viên chức, người lao động hàng quý gắn với kết quả thực hiện nhiệm vụ CCHC.", "Hiệu trưởng", "Tổ trưởng chuyên môn; Công đoàn cơ sở", TaskTimeline.Ongoing, "Biên bản đánh giá, xếp loại");
        plan.AddAssignedTask(ReformArea.PublicFinance, null, "Thực hiện thu học phí và các khoản thu dịch vụ bằng hình thức thanh toán không dùng tiền mặt.", "Kế toán", "Giáo viên chủ nhiệm các lớp", TaskTimeline.Ongoing, "Báo cáo thu, chi");
        plan.AddAssignedTask(ReformArea.DigitalGovernment, "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "Sử dụng chữ ký số trong gửi, nhận văn bản điện tử qua Hệ thống quản lý văn bản và điều hành của Quận 1.", "Văn thư", "Ban Giám hiệu", TaskTimeline.InQuarter(2, Year), "Văn bản điện tử có chữ ký số");

        Finish(plan, school, "Vũ Thị Ngọc Bắc", "Phòng Nội vụ Q1", "CB, GV, NV nhà trường", "Lưu: VT");
        return plan;
    }

    private static Plan LeNgocHanSubmitted(Unit school, Func<string, LegalDocument> document)
    {
        var plan = Start(school, document, "76/NQ-CP", "23/CT-TTg", "61/2018/NĐ-CP", "107/2021/NĐ-CP");
        plan.ChangeLeadIn(
            $"Căn cứ tình hình thực tế và nhiệm vụ năm học 2023 - 2024, {school.Name} xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2024 như sau:");

        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC TIÊU");
        plan.AddItems(
            objectives,
            ItemStyle.Bullet,
            "Nâng cao chất lượng tiếp nhận, giải quyết thủ tục hành chính của nhà trường theo cơ chế một cửa, bảo đảm công khai, minh bạch, đúng hạn.",
            "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, dạy học và trong giải quyết công việc với cha mẹ học sinh, người dân.",
            "Xây dựng đội ngũ cán bộ, giáo viên, nhân viên có phẩm chất, năng lực, tận tụy phục vụ học sinh và cha mẹ học sinh.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        plan.AddKpi("Tỷ lệ hồ sơ thủ tục hành chính (chuyển trường, xác nhận học sinh, cấp bản sao văn bằng) được giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Mức độ hài lòng của cha mẹ học sinh, người dân đối với sự phục vụ của nhà trường đạt từ 98% trở lên.", Comparator.AtLeast, 98, "%");
        plan.AddKpi("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến trên Cổng Dịch vụ công đạt từ 50% trở lên.", Comparator.AtLeast, 50, "%");
        plan.AddKpi("Tổ chức ít nhất 02 buổi sinh hoạt chuyên đề về CCHC cho cán bộ, giáo viên, nhân viên.", Comparator.AtLeast, 2, "buổi");

        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        plan.AddAssignedTask(ReformArea.Direction, null, "Phân công thành viên Ban Giám hiệu theo dõi, đôn đốc từng nội dung của Kế hoạch; đưa kết quả thực hiện CCHC vào tiêu chí thi đua cuối năm.", "Hiệu trưởng", null, TaskTimeline.By(new DateOnly(Year, 1, 31)), "Quyết định phân công");
        plan.AddAssignedTask(ReformArea.Institutions, null, "Rà soát, cập nhật Quy chế làm việc và Quy chế thực hiện dân chủ trong hoạt động của nhà trường.", "Phó Hiệu trưởng", "Công đoàn cơ sở", TaskTimeline.InQuarter(1, Year), "Quy chế được ban hành");
        plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Niêm yết công khai đầy đủ các thủ tục hành chính thuộc thẩm quyền giải quyết của nhà trường; hướng dẫn cha mẹ học sinh nộp hồ sơ chuyển trường trên Cổng Dịch vụ công Thành phố.", "Văn thư", "Giáo viên chủ nhiệm", TaskTimeline.Ongoing, "Bảng niêm yết, hồ sơ trực tuyến");
        plan.AddAssignedTask(ReformArea.Organisation, null, "Rà soát, điều chỉnh Đề án vị trí việc làm của nhà trường theo quy định về vị trí việc làm và số lượng người làm việc trong đơn vị sự nghiệp công lập.", "Hiệu trưởng", "Tổ Văn phòng", TaskTimeline.InQuarter(3, Year), "Đề án vị trí việc làm điều chỉnh");
        plan.AddAssignedTask(ReformArea.CivilService, null, "Cử giáo viên tham gia bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp và bồi dưỡng kiến thức về CCHC.", "Phó Hiệu trưởng", "Tổ trưởng chuyên môn", TaskTimeline.InQuarter(3, Year), "Danh sách cử đi bồi dưỡng");
        plan.AddAssignedTask(ReformArea.DigitalGovernment, null, "Triển khai học bạ số và sổ điểm điện tử đối với học sinh các khối lớp theo hướng dẫn của ngành.", "Phó Hiệu trưởng", "Giáo viên chủ nhiệm; Tổ Văn phòng", TaskTimeline.By(new DateOnly(Year, 5, 31)), "Học bạ số");
        plan.AddAssignedTask(ReformArea.SatisfactionSurvey, null, "Khảo sát sự hài lòng của cha mẹ học sinh đối với sự phục vụ của nhà trường; công khai kết quả trên trang thông tin điện tử của trường.", "Tổ Văn phòng", "Ban đại diện cha mẹ học sinh", TaskTimeline.InQuarter(4, Year), "Báo cáo kết quả khảo sát");

        AddReportingAndResponsibilities(plan);
        Finish(plan, school, "Trần Thị Minh Nguyệt", "Phòng Nội vụ Q1", "Phòng Giáo dục và Đào tạo Q1", "CB, GV, NV nhà trường", "Lưu: VT");
        plan.Submit();
        return plan;
    }

    private static Plan VanLangReturned(Unit school, Func<string, LegalDocument> document)
    {
        var plan = Start(school, document, "76/NQ-CP", "45/2020/NĐ-CP", "131/NQ-CP");
        plan.ChangeLeadIn(
            $"Thực hiện nhiệm vụ năm học 2023 - 2024 và căn cứ tình hình thực tế của đơn vị, {school.Name} xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2024 như sau:");

        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC TIÊU");
        plan.AddItems(
            objectives,
            ItemStyle.Bullet,
            "Bảo đảm 100% thủ tục hành chính thuộc thẩm quyền của nhà trường được công khai, giải quyết đúng quy định, tạo thuận lợi cho cha mẹ học sinh và người dân.",
            "Xây dựng môi trường làm việc điện tử, từng bước chuyển đổi số trong quản lý và tổ chức các hoạt động giáo dục của nhà trường.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        plan.AddKpi("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt 100%.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Tỷ lệ văn bản đi, đến được xử lý trên Hệ thống quản lý văn bản và điều hành đạt từ 95% trở lên, trừ văn bản mật.", Comparator.AtLeast, 95, "%");
        plan.AddKpi("Tỷ lệ các khoản thu được thanh toán không dùng tiền mặt đạt từ 90% trở lên.", Comparator.AtLeast, 90, "%");

        // No measurable target: one of the reasons the reviewer returned this draft.
        plan.AddKpi("Nâng cao mức độ hài lòng của cha mẹ học sinh đối với sự phục vụ của nhà trường.", Comparator.None, null, null);

        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Rà soát, cập nhật và niêm yết công khai các thủ tục hành chính lĩnh vực giáo dục thuộc thẩm quyền giải quyết của nhà trường.", "Văn thư", "Phó Hiệu trưởng", TaskTimeline.InQuarter(1, Year), "Danh mục TTHC được niêm yết");
        plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Tiếp nhận hồ sơ xin chuyển trường, xin học lại qua Cổng Dịch vụ công theo quy định về thực hiện thủ tục hành chính trên môi trường điện tử.", "Văn thư", null, TaskTimeline.Ongoing, "Hồ sơ trực tuyến được giải quyết");
        plan.AddAssignedTask(ReformArea.Organisation, null, "Kiện toàn các tổ chuyên môn, tổ văn phòng phù hợp với số lớp, số học sinh năm học 2024 - 2025.", "Hiệu trưởng", null, TaskTimeline.InQuarter(3, Year), "Quyết định kiện toàn");
        plan.AddAssignedTask(ReformArea.CivilService, null, "Đánh giá, xếp loại chất lượng viên chức hàng tháng, hàng quý gắn với kết quả thực hiện nhiệm vụ được giao.", "Hiệu trưởng", "Tổ trưởng chuyên môn; Công đoàn cơ sở", TaskTimeline.Ongoing, "Kết quả đánh giá, xếp loại");
        plan.AddAssignedTask(ReformArea.PublicFinance, null, "Triển khai thu học phí và các khoản thu khác qua ngân hàng, ví điện tử; công khai tài chính theo quy định.", "Kế toán", "Giáo viên chủ nhiệm", TaskTimeline.InQuarter(1, Year), "Báo cáo công khai tài chính");
        plan.AddAssignedTask(ReformArea.DigitalGovernment, null, "Sử dụng chữ ký số của lãnh đạo và của cơ quan trong ký, gửi văn bản điện tử.", "Văn thư", "Ban Giám hiệu", TaskTimeline.Ongoing, "Văn bản điện tử có chữ ký số");

        AddReportingAndResponsibilities(plan);
        Finish(plan, school, "Phạm Quốc Dũng", "Phòng Nội vụ Q1", "Phòng Giáo dục và Đào tạo Q1", "CB, GV, NV nhà trường", "Lưu: VT");
        plan.Submit();
        plan.Return();
        return plan;
    }

    private static Plan BenNgheApproved(Unit school, Func<string, LegalDocument> document)
    {
        var plan = Start(school, document, "76/NQ-CP", "106/2020/NĐ-CP", "876/QĐ-BNV");
        plan.ChangeLeadIn(
            $"Căn cứ tình hình thực tế của đơn vị, {school.Name} xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2024 như sau:");

        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC TIÊU");
        plan.AddItems(
            objectives,
            ItemStyle.Bullet,
            "Nâng cao nhận thức, trách nhiệm của cán bộ, giáo viên, nhân viên đối với công tác CCHC; gắn kết quả CCHC với đánh giá, xếp loại và thi đua, khen thưởng.",
            "Nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ và sự hài lòng của phụ huynh học sinh đối với sự phục vụ của nhà trường.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        plan.AddKpi("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Mức độ hài lòng của phụ huynh học sinh đối với sự phục vụ của nhà trường đạt từ 98% trở lên.", Comparator.AtLeast, 98, "%");
        plan.AddKpi("100% văn bản, tài liệu trao đổi với cơ quan quản lý được gửi, nhận dưới dạng điện tử, trừ văn bản mật.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Có ít nhất 01 sáng kiến, giải pháp về CCHC được áp dụng tại đơn vị.", Comparator.AtLeast, 1, "sáng kiến");
        plan.AddKpi("Tỷ lệ cán bộ, giáo viên, nhân viên được bồi dưỡng kiến thức về CCHC đạt 100%.", Comparator.Exactly, 100, "%");

        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        plan.AddAssignedTask(ReformArea.Direction, null, "Xây dựng kế hoạch kiểm tra nội bộ về công tác CCHC; kiểm tra việc thực hiện quy tắc ứng xử của viên chức, người lao động.", "Hiệu trưởng", "Ban Thanh tra nhân dân", TaskTimeline.InQuarter(2, Year), "Biên bản kiểm tra");
        plan.AddAssignedTask(ReformArea.Communication, null, "Tuyên truyền về CCHC đến cán bộ, giáo viên, nhân viên và phụ huynh học sinh qua bảng tin, trang thông tin điện tử và nhóm zalo của các lớp.", "Tổ Văn phòng", null, TaskTimeline.Ongoing, "Tin, bài");
        plan.AddAssignedTask(ReformArea.Institutions, null, "Rà soát, cập nhật Quy chế thực hiện dân chủ và Quy chế làm việc của nhà trường.", "Phó Hiệu trưởng", "Công đoàn cơ sở", TaskTimeline.InQuarter(1, Year), "Quy chế được ban hành");
        plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Rà soát, đơn giản hóa thủ tục hành chính nội bộ của nhà trường; công khai quy trình tiếp nhận, giải quyết hồ sơ tại bộ phận văn thư.", "Văn thư", "Phó Hiệu trưởng", TaskTimeline.By(new DateOnly(Year, 6, 30)), "Báo cáo rà soát");
        plan.AddAssignedTask(ReformArea.Organisation, null, "Rà soát vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp của nhà trường theo Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ.", "Hiệu trưởng", "Tổ Văn phòng", TaskTimeline.InQuarter(3, Year), "Báo cáo rà soát vị trí việc làm");
        plan.AddAssignedTask(ReformArea.PublicFinance, null, "Thực hiện công khai dự toán, quyết toán ngân sách và các khoản thu, chi của nhà trường theo quy định.", "Kế toán", "Ban Giám hiệu", TaskTimeline.By(new DateOnly(Year, 3, 31)), "Báo cáo công khai tài chính");
        plan.AddAssignedTask(ReformArea.DigitalGovernment, null, "Ứng dụng phần mềm quản lý trẻ, quản lý bán trú và thanh toán học phí không dùng tiền mặt.", "Phó Hiệu trưởng", "Kế toán", TaskTimeline.InQuarter(3, Year), "Phần mềm được đưa vào sử dụng");
        plan.AddAssignedTask(ReformArea.SatisfactionSurvey, null, "Tổ chức khảo sát sự hài lòng của phụ huynh học sinh ít nhất 02 lần trong năm; công khai kết quả khảo sát.", "Tổ Văn phòng", "Ban đại diện cha mẹ trẻ", TaskTimeline.InQuarter(4, Year), "Báo cáo kết quả khảo sát");

        AddReportingAndResponsibilities(plan);
        Finish(plan, school, "Lê Thị Hồng Vân", "Phòng Nội vụ Q1", "Phòng Giáo dục và Đào tạo Q1", "CB, GV, NV nhà trường", "Lưu: VT");
        plan.Submit();
        plan.Approve();
        return plan;
    }

    private static Plan Start(Unit school, Func<string, LegalDocument> document, params string[] nationalBases)
    {
        var plan = new Plan(school, PlanKind.AnnualCchc, Year, $"Thực hiện công tác cải cách hành chính tại {school.Name} năm {Year}");
        foreach (var symbol in nationalBases)
        {
            plan.AddLegalBasis(LegalBasisVerb.BasedOn, document(symbol));
        }

        return plan;
    }

    private static void AddReportingAndResponsibilities(Plan plan)
    {
        var reporting = plan.AddSection(SectionKind.Reporting, "CHẾ ĐỘ BÁO CÁO");
        plan.AddItem(
            reporting,
            ItemStyle.Paragraph,
            "Định kỳ báo cáo kết quả thực hiện công tác cải cách hành chính của đơn vị gửi Phòng Nội vụ Quận 1 theo thời hạn sau:");

        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        plan.AddResponsibility(
            "Hiệu trưởng",
            DemoPlanWriting.Lines(
                "Chỉ đạo, tổ chức triển khai Kế hoạch; phân công nhiệm vụ cụ thể cho từng bộ phận, cá nhân.",
                "Kiểm tra, đánh giá kết quả thực hiện; báo cáo Ủy ban nhân dân Quận 1 theo quy định."));
        plan.AddResponsibility(
            "Tổ trưởng chuyên môn, tổ trưởng tổ văn phòng",
            "Triển khai Kế hoạch đến các thành viên trong tổ; theo dõi, đôn đốc và báo cáo kết quả thực hiện về Ban Giám hiệu.");
        plan.AddResponsibility(
            "Công đoàn cơ sở",
            "Phối hợp tuyên truyền, vận động đoàn viên thực hiện tốt công tác CCHC; đưa kết quả thực hiện CCHC vào bình xét thi đua, khen thưởng.");
    }

    private static void Finish(Plan plan, Unit school, string signer, params string[] recipients)
    {
        plan.AddDistrict1ReportingDeadlines(Year, "Phòng Nội vụ Quận 1");
        plan.ChangeClosing(
            $"Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm {Year} của {school.Name}, đề nghị toàn thể cán bộ, giáo viên, nhân viên nhà trường nghiêm túc triển khai thực hiện./.");
        plan.AddRecipients(recipients);
        plan.Sign(new SignatureBlock(SignaturePrefix.None, null, "HIỆU TRƯỞNG", signer));
    }
}
