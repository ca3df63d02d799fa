using System.Globalization;

namespace CchcPlanner.Plans.Creation;

/// <summary>
/// The annual CCHC plan (Kế hoạch cải cách hành chính năm …), laid out the way units write it: purpose and
/// requirements, measurable targets, the key tasks by the six reform areas of Nghị quyết 76/NQ-CP, reporting,
/// budget and who does what. Its legal bases are the reform programme, the directive that drives it and the
/// one-stop-desk decrees that most of its procedure tasks carry out.
/// </summary>
internal static class AnnualCchcTemplate
{
    public static PlanTemplate Template { get; } = new(
        PlanKind.AnnualCchc,
        ["76/NQ-CP", "23/CT-TTg", "61/2018/NĐ-CP", "107/2021/NĐ-CP"],
        year => $"Thực hiện công tác cải cách hành chính năm {Year(year)}",
        c => $"Căn cứ tình hình thực tế, {c.Unit.Name} xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm {Year(c.Year)} như sau:",
        Fill,
        c => $"Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm {Year(c.Year)} của {c.Unit.Name}. "
            + $"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, {c.Parties.Escalation}./.");

    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static void Fill(Plan plan, TemplateContext c)
    {
        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC ĐÍCH, YÊU CẦU");
        plan.AddPoint(
            objectives,
            "Mục đích",
            "Triển khai đồng bộ, hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và các nhiệm vụ cải cách hành chính của cấp trên, gắn với thực hiện nhiệm vụ chính trị của đơn vị.",
            "Nâng cao chất lượng phục vụ người dân, tổ chức; bảo đảm công khai, minh bạch trong giải quyết thủ tục hành chính; góp phần nâng cao Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).",
            $"Xây dựng đội ngũ {c.Parties.Staff} có phẩm chất, năng lực, tinh thần trách nhiệm, tận tụy phục vụ Nhân dân.");
        plan.AddPoint(
            objectives,
            "Yêu cầu",
            "Xác định cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên; gắn trách nhiệm của người đứng đầu với kết quả thực hiện cải cách hành chính của đơn vị.",
            "Nhiệm vụ phải cụ thể, có sản phẩm, thời hạn hoàn thành và phân công rõ bộ phận, cá nhân chủ trì, phối hợp thực hiện.",
            "Kết quả thực hiện Kế hoạch là một trong những tiêu chí đánh giá, xếp loại chất lượng và bình xét thi đua, khen thưởng hằng năm đối với tập thể, cá nhân.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        AddKpis(plan, c);

        var tasks = plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        plan.AddItem(tasks, ItemStyle.Paragraph, "Đơn vị tập trung thực hiện các nhiệm vụ trọng tâm theo từng lĩnh vực cải cách hành chính như sau:");
        AnnualCchcTasks.Add(plan, c);

        var reporting = plan.AddSection(SectionKind.Reporting, "CHẾ ĐỘ BÁO CÁO");
        plan.AddItem(
            reporting,
            ItemStyle.Paragraph,
            $"Ngoài báo cáo đột xuất theo yêu cầu, đơn vị báo cáo định kỳ kết quả thực hiện công tác cải cách hành chính gửi {c.ReportsTo} trước các thời hạn sau:");

        var budget = plan.AddSection(SectionKind.Budget, "KINH PHÍ THỰC HIỆN");
        plan.AddItems(
            budget,
            ItemStyle.Bullet,
            "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước giao cho đơn vị và các nguồn kinh phí hợp pháp khác (nếu có).",
            "Việc quản lý, sử dụng và quyết toán kinh phí thực hiện theo quy định hiện hành.");

        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        AddResponsibilities(plan, c);
    }

    private static void AddKpis(Plan plan, TemplateContext c)
    {
        const string procedures = "Về cải cách thủ tục hành chính";
        plan.AddKpi("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%", procedures);
        plan.AddKpi("100% TTHC thuộc thẩm quyền giải quyết được công khai đầy đủ, kịp thời, đúng quy định.", Comparator.Exactly, 100, "%", procedures);
        plan.AddKpi("100% hồ sơ TTHC giải quyết quá hạn được thông báo xin lỗi tổ chức, cá nhân theo quy định.", Comparator.Exactly, 100, "%", procedures);
        plan.AddKpi(
            "100% phản ánh, kiến nghị của người dân, tổ chức về quy định hành chính thuộc thẩm quyền được tiếp nhận, xử lý đúng thời hạn.",
            Comparator.Exactly,
            100,
            "%",
            procedures);
        plan.AddKpi(
            "Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của đơn vị đạt từ 90% trở lên.",
            Comparator.AtLeast,
            90,
            "%",
            "Về sự hài lòng của người dân, tổ chức");

        const string digital = "Về xây dựng chính quyền điện tử, chính quyền số";
        plan.AddKpi(
            "Tỷ lệ văn bản trao đổi giữa đơn vị với các cơ quan, tổ chức trên môi trường điện tử đạt từ 90% trở lên (trừ văn bản mật).",
            Comparator.AtLeast,
            90,
            "%",
            digital);
        plan.AddKpi("100% văn bản điện tử gửi đi được ký số theo quy định.", Comparator.Exactly, 100, "%", digital);
        plan.AddKpi(
            $"Tỷ lệ {c.Parties.Staff} được bồi dưỡng, cập nhật kiến thức về cải cách hành chính đạt 100%.",
            Comparator.Exactly,
            100,
            "%",
            "Về cải cách chế độ công vụ");
    }

    private static void AddResponsibilities(Plan plan, TemplateContext c)
    {
        var p = c.Parties;
        plan.AddDuties(
            p.Head,
            "Chỉ đạo, tổ chức triển khai thực hiện Kế hoạch; chịu trách nhiệm về kết quả thực hiện cải cách hành chính của đơn vị.",
            $"Kiểm tra, đôn đốc việc thực hiện; báo cáo kết quả với {c.ReportsTo} theo quy định.");
        plan.AddDuties(
            p.ReformLead,
            "Tham mưu, theo dõi, tổng hợp kết quả thực hiện Kế hoạch; dự thảo các báo cáo định kỳ, đột xuất về cải cách hành chính.");
        plan.AddDuties(
            p.Subunits,
            "Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện, bảo đảm tiến độ và chất lượng.",
            $"Báo cáo kết quả thực hiện về {p.ReformLead} để tổng hợp.");
        plan.AddDuties(p.SupportingBodies, p.SupportingDuty);
    }
}
