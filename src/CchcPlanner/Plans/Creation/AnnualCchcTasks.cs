namespace CchcPlanner.Plans.Creation;

/// <summary>
/// The typical key tasks of an annual CCHC plan: direction first, then each of the six reform areas of
/// Nghị quyết 76/NQ-CP, then communication and the satisfaction survey, as units usually order them.
/// Work that never ends is <c>Thường xuyên</c>; work with a deliverable gets the quarter it is usually due in.
/// </summary>
internal static class AnnualCchcTasks
{
    public static void Add(Plan plan, TemplateContext c)
    {
        var p = c.Parties;
        plan.AddAssignedTask(
            ReformArea.Direction,
            "Kiện toàn Ban Chỉ đạo (Tổ công tác) cải cách hành chính của đơn vị; phân công cụ thể nhiệm vụ cho từng thành viên.",
            p.Head, p.ReformLead, c.Quarter(1), "Quyết định kiện toàn");
        plan.AddAssignedTask(
            ReformArea.Direction,
            $"Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính, kỷ luật, kỷ cương hành chính và quy tắc ứng xử của {p.Staff}.",
            p.Head, p.ReformLead, c.Quarter(3), "Biên bản, báo cáo kiểm tra");

        plan.AddAssignedTask(
            ReformArea.Institutions,
            "Rà soát, sửa đổi, bổ sung Quy chế làm việc, Quy chế chi tiêu nội bộ và các quy định nội bộ của đơn vị cho phù hợp với quy định mới.",
            p.RulesLead, p.RulesPartner, c.Quarter(1), "Quy chế được sửa đổi, bổ sung");
        plan.AddAssignedTask(
            ReformArea.Institutions,
            $"Phổ biến các văn bản quy phạm pháp luật mới liên quan đến lĩnh vực hoạt động của đơn vị đến {p.Staff}.",
            p.LegalEducation, null, TaskTimeline.Ongoing, "Hội nghị, tài liệu phổ biến");

        plan.AddAssignedTask(
            ReformArea.AdministrativeProcedures,
            "Rà soát, cập nhật và niêm yết công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết tại nơi tiếp nhận hồ sơ và trên trang thông tin điện tử của đơn vị.",
            p.Procedures, p.Office, c.Quarter(1), "Danh mục thủ tục hành chính được niêm yết");
        plan.AddAssignedTask(
            ReformArea.AdministrativeProcedures,
            "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; thực hiện xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn.",
            p.Procedures, null, TaskTimeline.Ongoing, "Hồ sơ được giải quyết đúng hạn");
        plan.AddAssignedTask(
            ReformArea.AdministrativeProcedures,
            "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân, tổ chức về quy định hành chính thuộc thẩm quyền của đơn vị.",
            p.Office, p.Procedures, TaskTimeline.Ongoing, "Văn bản trả lời phản ánh, kiến nghị");

        plan.AddAssignedTask(
            ReformArea.Organisation,
            "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của đơn vị; kiện toàn các bộ phận bảo đảm tinh gọn, hoạt động hiệu lực, hiệu quả.",
            p.Personnel, p.Office, c.Quarter(3), "Quyết định kiện toàn");
        plan.AddAssignedTask(
            ReformArea.Organisation,
            "Rà soát, cập nhật vị trí việc làm, cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức theo quy định.",
            p.Personnel, p.Office, c.Quarter(2), "Báo cáo rà soát vị trí việc làm");

        plan.AddAssignedTask(
            ReformArea.CivilService,
            $"Đánh giá, xếp loại chất lượng {p.Staff} gắn với kết quả thực hiện nhiệm vụ cải cách hành chính.",
            p.Head, p.EvaluationPartner, c.Quarter(4), "Kết quả đánh giá, xếp loại");
        plan.AddAssignedTask(
            ReformArea.CivilService,
            $"Cử {p.Staff} tham gia đào tạo, bồi dưỡng, cập nhật kiến thức về cải cách hành chính, chuyển đổi số.",
            p.Personnel, null, TaskTimeline.Ongoing, "Danh sách cử đi bồi dưỡng");

        plan.AddAssignedTask(
            ReformArea.PublicFinance,
            "Công khai dự toán, quyết toán ngân sách và các khoản thu, chi của đơn vị theo quy định.",
            p.Finance, p.Office, c.Quarter(1), "Báo cáo công khai tài chính");
        plan.AddAssignedTask(
            ReformArea.PublicFinance,
            "Quản lý, sử dụng tài sản công đúng mục đích, tiết kiệm, hiệu quả; đẩy mạnh thanh toán không dùng tiền mặt trong các khoản thu, chi.",
            p.Finance, null, TaskTimeline.Ongoing, "Báo cáo quản lý, sử dụng tài sản công");

        plan.AddAssignedTask(
            ReformArea.DigitalGovernment,
            "Gửi, nhận văn bản điện tử có ký số qua Hệ thống quản lý văn bản và điều hành; sử dụng thư điện tử công vụ trong trao đổi công việc.",
            p.Clerk, p.Office, TaskTimeline.Ongoing, "Văn bản điện tử có chữ ký số");
        plan.AddAssignedTask(
            ReformArea.DigitalGovernment,
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và lưu trữ hồ sơ điện tử theo quy định.",
            p.Procedures, p.Office, TaskTimeline.Ongoing, "Hồ sơ, kết quả được số hóa");

        plan.AddAssignedTask(
            ReformArea.Communication,
            $"Tuyên truyền về cải cách hành chính đến {p.Staff} và người dân, tổ chức qua trang thông tin điện tử, bảng tin và mạng xã hội của đơn vị.",
            p.Communication, p.ReformLead, TaskTimeline.Ongoing, "Tin, bài tuyên truyền");

        plan.AddAssignedTask(
            ReformArea.SatisfactionSurvey,
            "Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của đơn vị; công khai kết quả khảo sát.",
            p.Office, p.ReformLead, c.Quarter(4), "Báo cáo kết quả khảo sát");
    }
}
