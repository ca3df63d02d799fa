namespace CchcPlanner.Plans.Creation;

/// <summary>
/// The CCHC communication plan (Kế hoạch tuyên truyền cải cách hành chính), in the layout of the Ninh Giang example:
/// purpose and requirements; audience, content and forms; the communication tasks; who does what. Targets and
/// reporting get sections of their own so that results can be recorded and reminded of like any other plan's.
/// </summary>
internal static class CommunicationTemplate
{
    public static PlanTemplate Template { get; } = new(
        PlanKind.CchcCommunication,
        ["76/NQ-CP", "23/CT-TTg"],
        year => $"Tuyên truyền cải cách hành chính năm {AnnualCchcTemplate.Year(year)}",
        c => "Để nâng cao hiệu quả công tác thông tin, tuyên truyền về cải cách hành chính, "
            + $"{c.Unit.Name} xây dựng Kế hoạch tuyên truyền cải cách hành chính năm {AnnualCchcTemplate.Year(c.Year)} như sau:",
        Fill,
        c => $"Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm {AnnualCchcTemplate.Year(c.Year)} của {c.Unit.Name}. "
            + $"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, {c.Parties.Escalation}./.");

    private static void Fill(Plan plan, TemplateContext c)
    {
        var p = c.Parties;
        var purpose = plan.AddSection(SectionKind.Objectives, "MỤC ĐÍCH, YÊU CẦU");
        plan.AddPoint(
            purpose,
            "Mục đích",
            $"Tuyên truyền kịp thời, đầy đủ chủ trương của Đảng, chính sách, pháp luật của Nhà nước và văn bản chỉ đạo của cấp trên về cải cách hành chính; nâng cao nhận thức, trách nhiệm của {p.Staff} đối với công tác cải cách hành chính.",
            "Giúp người dân, tổ chức biết, tiếp cận và giám sát việc giải quyết thủ tục hành chính, sử dụng dịch vụ công trực tuyến; tạo đồng thuận xã hội trong thực hiện cải cách hành chính.");
        plan.AddPoint(
            purpose,
            "Yêu cầu",
            "Nội dung tuyên truyền chính xác, ngắn gọn, dễ hiểu, phù hợp với từng đối tượng; hình thức đa dạng, thiết thực, tiết kiệm.",
            "Tuyên truyền gắn với các nhiệm vụ cải cách hành chính trọng tâm của đơn vị; kết quả tuyên truyền được theo dõi, đánh giá và báo cáo định kỳ.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        plan.AddKpi("Đăng tải ít nhất 12 tin, bài tuyên truyền về cải cách hành chính trên trang thông tin điện tử, mạng xã hội của đơn vị.", Comparator.AtLeast, 12, "tin, bài");
        plan.AddKpi($"100% {p.Staff} được phổ biến, quán triệt các văn bản chỉ đạo về cải cách hành chính.", Comparator.Exactly, 100, "%");
        plan.AddKpi(
            "100% thủ tục hành chính thuộc thẩm quyền giải quyết được niêm yết, công khai đầy đủ tại nơi tiếp nhận hồ sơ và trên trang thông tin điện tử của đơn vị.",
            Comparator.Exactly,
            100,
            "%");
        plan.AddKpi("Tổ chức ít nhất 01 hoạt động tuyên truyền chuyên đề về cải cách hành chính (hội nghị, hội thi, sinh hoạt chuyên đề).", Comparator.AtLeast, 1, "hoạt động");

        AddAudienceContentAndForms(plan, c);

        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ, SẢN PHẨM");
        AddTasks(plan, c);

        var reporting = plan.AddSection(SectionKind.Reporting, "CHẾ ĐỘ BÁO CÁO");
        plan.AddItem(
            reporting,
            ItemStyle.Paragraph,
            $"Kết quả thực hiện Kế hoạch được lồng ghép trong báo cáo cải cách hành chính định kỳ gửi {c.ReportsTo} trước các thời hạn sau:");

        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        plan.AddDuties(p.Head, "Chỉ đạo triển khai Kế hoạch; bảo đảm nguồn lực cho công tác tuyên truyền cải cách hành chính.");
        plan.AddDuties(
            p.Communication,
            "Chủ trì thực hiện các nhiệm vụ tuyên truyền của Kế hoạch; quản lý chuyên mục cải cách hành chính trên trang thông tin điện tử của đơn vị.",
            $"Tổng hợp kết quả tuyên truyền, báo cáo {p.Head}.");
        plan.AddDuties(p.Subunits, "Phối hợp cung cấp thông tin, tham gia và vận động người dân, tổ chức cùng tham gia các hoạt động tuyên truyền.");
        plan.AddDuties(p.SupportingBodies, p.SupportingDuty);
    }

    private static void AddAudienceContentAndForms(Plan plan, TemplateContext c)
    {
        var section = plan.AddSection(SectionKind.Free, "ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN");
        plan.AddItem(section, ItemStyle.Heading, "Đối tượng tuyên truyền");
        plan.AddItem(
            section,
            ItemStyle.Paragraph,
            $"{TemplateWriting.Capitalised(c.Parties.Staff)} của {c.Unit.Name}; người dân, tổ chức đến liên hệ, giải quyết công việc.");
        plan.AddPoint(
            section,
            "Nội dung tuyên truyền",
            "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 ban hành kèm theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và các văn bản chỉ đạo, kế hoạch cải cách hành chính của cấp trên.",
            "Kết quả thực hiện cải cách hành chính của đơn vị; Chỉ số cải cách hành chính và mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.",
            "Thủ tục hành chính thuộc thẩm quyền giải quyết, cơ chế một cửa, một cửa liên thông; dịch vụ công trực tuyến và việc thực hiện thủ tục hành chính trên môi trường điện tử.",
            "Quyền, nghĩa vụ của người dân, tổ chức trong giải quyết thủ tục hành chính; việc tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính.",
            "Mô hình, sáng kiến, cách làm hay và gương điển hình trong thực hiện cải cách hành chính.");
        plan.AddPoint(
            section,
            "Hình thức tuyên truyền",
            "Lồng ghép nội dung cải cách hành chính trong các cuộc họp, hội nghị, sinh hoạt chuyên môn của đơn vị.",
            "Đăng tải tin, bài trên trang thông tin điện tử, mạng xã hội và bảng tin của đơn vị.",
            "Niêm yết, công khai thủ tục hành chính, quy trình giải quyết và kênh tiếp nhận phản ánh, kiến nghị tại nơi tiếp nhận hồ sơ.",
            "Tham gia các hội thi, cuộc thi tìm hiểu về cải cách hành chính do cấp trên tổ chức.");
    }

    private static void AddTasks(Plan plan, TemplateContext c)
    {
        var p = c.Parties;
        const ReformArea area = ReformArea.Communication;
        plan.AddAssignedTask(area, $"Phổ biến, quán triệt các văn bản chỉ đạo về cải cách hành chính của cấp trên đến {p.Staff}.", p.Head, p.ReformLead, c.Quarter(1), "Hội nghị, biên bản sinh hoạt");
        plan.AddAssignedTask(area, "Duy trì chuyên mục cải cách hành chính trên trang thông tin điện tử của đơn vị; đăng tải tin, bài về kết quả thực hiện cải cách hành chính.", p.Communication, p.ReformLead, TaskTimeline.Ongoing, "Chuyên mục, tin, bài");
        plan.AddAssignedTask(area, "Niêm yết công khai, kịp thời cập nhật thủ tục hành chính, quy trình giải quyết và địa chỉ tiếp nhận phản ánh, kiến nghị.", p.Procedures, p.Office, TaskTimeline.Ongoing, "Bảng niêm yết được cập nhật");
        plan.AddAssignedTask(area, "Hướng dẫn người dân, tổ chức sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.", p.Procedures, p.Communication, TaskTimeline.Ongoing, "Tài liệu hướng dẫn, tin, bài");
        plan.AddAssignedTask(area, $"Tổ chức sinh hoạt chuyên đề hoặc tham gia hội thi tìm hiểu về cải cách hành chính cho {p.Staff}.", p.ReformLead, p.Communication, c.Quarter(3), "Sinh hoạt chuyên đề, bài dự thi");
        plan.AddAssignedTask(area, "Tổng hợp, báo cáo kết quả công tác tuyên truyền cải cách hành chính, lồng ghép trong báo cáo cải cách hành chính định kỳ.", p.ReformLead, p.Communication, TaskTimeline.Ongoing, "Báo cáo");
    }
}
