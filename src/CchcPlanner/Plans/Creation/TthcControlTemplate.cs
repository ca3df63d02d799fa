namespace CchcPlanner.Plans.Creation;

/// <summary>
/// The plan for controlling administrative procedures (Kế hoạch kiểm soát thủ tục hành chính): reviewing procedures,
/// keeping the published list current and public, handling feedback on regulations, deciding files on time at the
/// one-stop desk, digitising files and results, and reporting. It rests on the procedure-control decrees, the
/// feedback decree, the one-stop-desk decrees and their circular, and the decree on procedures done online.
/// </summary>
internal static class TthcControlTemplate
{
    public static PlanTemplate Template { get; } = new(
        PlanKind.TthcControl,
        ["63/2010/NĐ-CP", "92/2017/NĐ-CP", "20/2008/NĐ-CP", "61/2018/NĐ-CP", "107/2021/NĐ-CP", "01/2018/TT-VPCP", "45/2020/NĐ-CP"],
        year => $"Kiểm soát thủ tục hành chính năm {AnnualCchcTemplate.Year(year)}",
        c => $"Để thực hiện hiệu quả công tác kiểm soát thủ tục hành chính, {c.Unit.Name} xây dựng Kế hoạch kiểm soát thủ tục hành chính năm {AnnualCchcTemplate.Year(c.Year)} như sau:",
        Fill,
        c => $"Trên đây là Kế hoạch kiểm soát thủ tục hành chính năm {AnnualCchcTemplate.Year(c.Year)} của {c.Unit.Name}. "
            + $"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, {c.Parties.Escalation}./.");

    private static void Fill(Plan plan, TemplateContext c)
    {
        var p = c.Parties;
        var purpose = plan.AddSection(SectionKind.Objectives, "MỤC ĐÍCH, YÊU CẦU");
        plan.AddPoint(
            purpose,
            "Mục đích",
            "Kiểm soát chặt chẽ việc thực hiện thủ tục hành chính thuộc thẩm quyền giải quyết; bảo đảm thủ tục hành chính được công khai, minh bạch, giải quyết đúng quy định, đúng thời hạn.",
            "Kịp thời phát hiện, kiến nghị sửa đổi, bổ sung, bãi bỏ quy định, thủ tục hành chính không cần thiết, không phù hợp; cắt giảm chi phí tuân thủ cho người dân, tổ chức.",
            "Đẩy mạnh thực hiện thủ tục hành chính trên môi trường điện tử; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.");
        plan.AddPoint(
            purpose,
            "Yêu cầu",
            "Xác định rõ nội dung, thời hạn, bộ phận chủ trì và sản phẩm của từng nhiệm vụ; bảo đảm tiến độ và chất lượng.",
            "Gắn trách nhiệm của người đứng đầu với kết quả kiểm soát, giải quyết thủ tục hành chính của đơn vị.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        plan.AddKpi("100% thủ tục hành chính thuộc thẩm quyền giải quyết được rà soát, cập nhật và công khai đầy đủ, kịp thời.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%");
        plan.AddKpi("100% phản ánh, kiến nghị về quy định hành chính thuộc thẩm quyền được tiếp nhận, xử lý đúng thời hạn.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa đạt từ 80% trở lên.", Comparator.AtLeast, 80, "%");
        plan.AddKpi("Tỷ lệ hồ sơ TTHC được tiếp nhận, giải quyết trực tuyến toàn trình đạt từ 50% trở lên.", Comparator.AtLeast, 50, "%");
        plan.AddKpi("Mức độ hài lòng của người dân, tổ chức về giải quyết thủ tục hành chính đạt từ 90% trở lên.", Comparator.AtLeast, 90, "%");

        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ");
        AddTasks(plan, c);

        var reporting = plan.AddSection(SectionKind.Reporting, "CHẾ ĐỘ BÁO CÁO");
        plan.AddItem(
            reporting,
            ItemStyle.Paragraph,
            $"Báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính gửi {c.ReportsTo} trước các thời hạn sau:");

        var budget = plan.AddSection(SectionKind.Budget, "KINH PHÍ THỰC HIỆN");
        plan.AddItem(
            budget,
            ItemStyle.Paragraph,
            "Kinh phí thực hiện công tác kiểm soát thủ tục hành chính được bố trí trong dự toán ngân sách nhà nước giao cho đơn vị theo quy định.");

        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        plan.AddDuties(p.Head, "Chỉ đạo, kiểm tra việc thực hiện Kế hoạch; chịu trách nhiệm về kết quả giải quyết thủ tục hành chính của đơn vị.");
        plan.AddDuties(
            p.Procedures,
            "Chủ trì thực hiện các nhiệm vụ rà soát, công khai, tiếp nhận và giải quyết thủ tục hành chính; số hóa hồ sơ, kết quả giải quyết.",
            $"Tổng hợp, dự thảo báo cáo kiểm soát thủ tục hành chính trình {p.Head}.");
        plan.AddDuties(p.Subunits, "Phối hợp thực hiện các nhiệm vụ được giao; kịp thời phản ánh khó khăn, vướng mắc trong giải quyết thủ tục hành chính.");
    }

    private static void AddTasks(Plan plan, TemplateContext c)
    {
        var p = c.Parties;
        const ReformArea procedures = ReformArea.AdministrativeProcedures;
        const string review = "Rà soát, đánh giá thủ tục hành chính";
        plan.AddAssignedTask(procedures, "Rà soát, đánh giá thủ tục hành chính và quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền; đề xuất phương án đơn giản hóa.", p.Procedures, p.Office, c.Quarter(2), "Báo cáo kết quả rà soát, phương án đơn giản hóa", review);
        plan.AddAssignedTask(procedures, "Rà soát, đơn giản hóa thủ tục hành chính nội bộ của đơn vị.", p.Office, p.Procedures, c.Quarter(3), "Báo cáo rà soát thủ tục hành chính nội bộ", review);

        const string publication = "Công bố, công khai thủ tục hành chính";
        plan.AddAssignedTask(procedures, "Cập nhật kịp thời các quyết định công bố thủ tục hành chính mới ban hành, sửa đổi, bổ sung, thay thế, bãi bỏ liên quan đến đơn vị.", p.Procedures, null, TaskTimeline.Ongoing, "Danh mục thủ tục hành chính được cập nhật", publication);
        plan.AddAssignedTask(procedures, "Niêm yết, công khai đầy đủ thủ tục hành chính tại nơi tiếp nhận hồ sơ và trên trang thông tin điện tử của đơn vị; công khai tiến độ, kết quả giải quyết hồ sơ.", p.Procedures, p.Communication, TaskTimeline.Ongoing, "Bảng niêm yết, trang thông tin được cập nhật", publication);

        plan.AddAssignedTask(procedures, "Công khai địa chỉ, số điện thoại, thư điện tử tiếp nhận phản ánh, kiến nghị; tiếp nhận, xử lý phản ánh, kiến nghị của người dân, tổ chức về quy định hành chính đúng thời hạn.", p.Office, p.Procedures, TaskTimeline.Ongoing, "Sổ theo dõi, văn bản trả lời phản ánh, kiến nghị", "Tiếp nhận, xử lý phản ánh, kiến nghị");
        plan.AddAssignedTask(procedures, "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; thực hiện xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn.", p.Procedures, null, TaskTimeline.Ongoing, "Hồ sơ được giải quyết đúng hạn", "Giải quyết thủ tục hành chính");

        const string digital = "Số hóa, giải quyết thủ tục hành chính trên môi trường điện tử";
        plan.AddAssignedTask(ReformArea.DigitalGovernment, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cập nhật, đồng bộ dữ liệu lên Hệ thống thông tin giải quyết thủ tục hành chính.", p.Procedures, p.Office, TaskTimeline.Ongoing, "Hồ sơ, kết quả được số hóa", digital);
        plan.AddAssignedTask(ReformArea.DigitalGovernment, "Hướng dẫn, hỗ trợ người dân, tổ chức nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí (nếu có).", p.Procedures, null, TaskTimeline.Ongoing, "Hồ sơ trực tuyến được tiếp nhận", digital);

        plan.AddAssignedTask(ReformArea.Communication, "Tuyên truyền về công tác kiểm soát thủ tục hành chính, dịch vụ công trực tuyến đến người dân, tổ chức.", p.Communication, p.Procedures, TaskTimeline.Ongoing, "Tin, bài");

        const string checks = "Kiểm tra, báo cáo";
        plan.AddAssignedTask(ReformArea.Direction, "Tự kiểm tra việc thực hiện thủ tục hành chính tại đơn vị; xử lý nghiêm các trường hợp vi phạm (nếu có).", p.Head, p.ReformLead, c.Quarter(4), "Biên bản, báo cáo kiểm tra", checks);
        plan.AddAssignedTask(ReformArea.Direction, "Báo cáo định kỳ tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính theo quy định.", p.Procedures, p.ReformLead, TaskTimeline.Ongoing, "Báo cáo quý, 6 tháng, 9 tháng, năm", checks);
    }
}
