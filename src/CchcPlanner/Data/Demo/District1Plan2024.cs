using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// An invented Kế hoạch số 412/KH-UBND ngày 26/12/2023 of UBND Quận 1 for 2024, issued, so that the schools below can
/// start their plans from it: some of its KPIs and tasks are assigned to kindergartens, primary or lower-secondary
/// schools, the rest to every unit. The content follows what such district plans ask of their units; the number,
/// date and signer are invented.
/// </summary>
public static class District1Plan2024
{
    public const string Title = "Thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024";
    public const int Number = 412;

    private const string Units = "Các cơ quan, đơn vị, trường học";
    private const string HomeAffairs = "Phòng Nội vụ";
    private const string Education = "Phòng Giáo dục và Đào tạo";

    public static Plan Build(Unit district, Func<string, LegalDocument> document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var plan = new Plan(district, PlanKind.AnnualCchc, 2024, Title);
        foreach (var symbol in new[] { "76/NQ-CP", "23/CT-TTg", "131/NQ-CP", "876/QĐ-BNV" })
        {
            plan.AddLegalBasis(LegalBasisVerb.BasedOn, document(symbol));
        }

        plan.ChangeLeadIn(
            "Nhằm tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp, Ủy ban nhân dân Quận 1 ban hành Kế hoạch thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024 như sau:");
        var objectives = plan.AddSection(SectionKind.Objectives, "MỤC TIÊU");
        plan.AddItems(
            objectives,
            ItemStyle.Bullet,
            "Triển khai đồng bộ, hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 trên địa bàn Quận 1; cải thiện Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục vụ hành chính của Quận.",
            "Mỗi cơ quan, đơn vị, trường học xây dựng kế hoạch cải cách hành chính của mình, cụ thể hóa đầy đủ các chỉ tiêu, nhiệm vụ được giao tại Kế hoạch này.");

        plan.AddSection(SectionKind.Kpis, "CHỈ TIÊU");
        AddKpis(plan);
        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        AddTasks(plan);

        var reporting = plan.AddSection(SectionKind.Reporting, "CHẾ ĐỘ BÁO CÁO");
        plan.AddItem(reporting, ItemStyle.Paragraph, "Các cơ quan, đơn vị, trường học báo cáo kết quả thực hiện công tác cải cách hành chính về Ủy ban nhân dân Quận 1 (qua Phòng Nội vụ) theo thời hạn sau:");
        plan.AddDistrict1ReportingDeadlines(2024, "Phòng Nội vụ Quận 1");

        var budget = plan.AddSection(SectionKind.Budget, "KINH PHÍ THỰC HIỆN");
        plan.AddItem(budget, ItemStyle.Bullet, "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của các cơ quan, đơn vị, trường học.");
        plan.AddBudgetLine("Tuyên truyền, tập huấn nghiệp vụ cải cách hành chính và khảo sát sự hài lòng của người dân", 150_000_000m, "Ngân sách Quận 1");

        plan.AddSection(SectionKind.Responsibilities, "TỔ CHỨC THỰC HIỆN");
        plan.AddResponsibility(HomeAffairs, DemoPlanWriting.Lines(
            "Theo dõi, hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị, trường học thực hiện Kế hoạch.",
            "Tổng hợp kết quả, báo cáo Ủy ban nhân dân Quận 1 và Sở Nội vụ Thành phố theo quy định."));
        plan.AddResponsibility(Education, "Hướng dẫn các trường học xây dựng kế hoạch cải cách hành chính, thực hiện các chỉ tiêu, nhiệm vụ giao cho khối trường học; tổng hợp kết quả thực hiện của các trường.");
        plan.AddResponsibility(Units, "Căn cứ Kế hoạch này, ban hành kế hoạch cải cách hành chính năm 2024 của đơn vị trước ngày 31/01/2024 và tổ chức thực hiện.");

        plan.ChangeClosing(
            "Trên đây là Kế hoạch thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân Quận 1 xem xét, giải quyết./.");
        plan.AddRecipient("Sở Nội vụ Thành phố", "để b/c");
        plan.AddRecipients("Thường trực Quận ủy", "Chủ tịch, các Phó Chủ tịch UBND Quận 1", "Các phòng, ban, đơn vị thuộc UBND Quận 1", "Các trường học trên địa bàn Quận 1", "Lưu: VT");
        plan.Sign(new SignatureBlock(SignaturePrefix.OnBehalfOf, "Ủy ban nhân dân", "Chủ tịch", "Trần Văn Phúc"));

        plan.Submit();
        plan.Approve();
        plan.Issue(Number, new DateOnly(2023, 12, 26));
        return plan;
    }

    private static void AddKpis(Plan plan)
    {
        plan.AddKpi("Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn đạt 100%.", Comparator.Exactly, 100, "%");
        plan.AddKpi("Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan, đơn vị đạt từ 95% trở lên.", Comparator.AtLeast, 95, "%");
        plan.AddKpi("100% văn bản trao đổi giữa các cơ quan, đơn vị được gửi, nhận dưới dạng điện tử, có ký số, trừ văn bản mật.", Comparator.Exactly, 100, "%");
        Assign(plan.AddKpi("Tỷ lệ các khoản thu học phí, tiền ăn bán trú được thanh toán không dùng tiền mặt đạt từ 90% trở lên.", Comparator.AtLeast, 90, "%"), UnitCategory.Kindergarten);
        Assign(plan.AddKpi("100% học sinh tiểu học có học bạ số theo hướng dẫn của ngành giáo dục.", Comparator.Exactly, 100, "%"), UnitCategory.PrimarySchool);
        Assign(plan.AddKpi("Tỷ lệ hồ sơ chuyển trường của học sinh trung học cơ sở được tiếp nhận trực tuyến đạt từ 50% trở lên.", Comparator.AtLeast, 50, "%"), UnitCategory.LowerSecondarySchool);
        Assign(plan.AddKpi("100% văn bản quy phạm pháp luật do Ủy ban nhân dân Quận 1 ban hành được rà soát, hệ thống hóa kịp thời.", Comparator.Exactly, 100, "%"), UnitCategory.Office);

        void Assign(Kpi kpi, UnitCategory category) => plan.AssignKpi(kpi, category);
    }

    private static void AddTasks(Plan plan)
    {
        plan.AddAssignedTask(ReformArea.Direction, null, "Xây dựng, ban hành kế hoạch cải cách hành chính năm 2024 của cơ quan, đơn vị, trường học.", Units, HomeAffairs, TaskTimeline.By(new DateOnly(2024, 1, 31)), "Kế hoạch cải cách hành chính năm 2024");
        plan.AddAssignedTask(ReformArea.Communication, null, "Tuyên truyền về cải cách hành chính, dịch vụ công trực tuyến trên trang thông tin điện tử, bảng tin và mạng xã hội của cơ quan, đơn vị.", Units, null, TaskTimeline.Ongoing, "Tin, bài");
        plan.AddAssignedTask(ReformArea.SatisfactionSurvey, null, "Tự khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan, đơn vị ít nhất 01 lần trong năm.", Units, HomeAffairs, TaskTimeline.InQuarter(3, 2024), "Báo cáo kết quả khảo sát");
        plan.AddAssignedTask(ReformArea.CivilService, null, "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức gắn với kết quả thực hiện nhiệm vụ cải cách hành chính.", Units, HomeAffairs, TaskTimeline.InQuarter(4, 2024), "Kết quả đánh giá, xếp loại");

        Assign(plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Niêm yết công khai thủ tục hành chính lĩnh vực giáo dục mầm non; hướng dẫn cha mẹ trẻ đăng ký tuyển sinh mầm non trực tuyến.", "Các trường mầm non", Education, TaskTimeline.InQuarter(2, 2024), "Bảng niêm yết, hồ sơ trực tuyến"), UnitCategory.Kindergarten);
        Assign(plan.AddAssignedTask(ReformArea.DigitalGovernment, null, "Triển khai học bạ số đối với học sinh tiểu học theo hướng dẫn của Bộ Giáo dục và Đào tạo.", "Các trường tiểu học", Education, TaskTimeline.By(new DateOnly(2024, 5, 31)), "Học bạ số"), UnitCategory.PrimarySchool);
        Assign(plan.AddAssignedTask(ReformArea.AdministrativeProcedures, null, "Tiếp nhận, giải quyết hồ sơ chuyển trường của học sinh trung học cơ sở qua Cổng Dịch vụ công.", "Các trường trung học cơ sở", Education, TaskTimeline.Ongoing, "Hồ sơ trực tuyến được giải quyết"), UnitCategory.LowerSecondarySchool);
        Assign(plan.AddAssignedTask(ReformArea.PublicFinance, null, "Thu học phí và các khoản thu dịch vụ qua ngân hàng, ví điện tử; công khai các khoản thu, chi theo quy định.", "Các trường mầm non", "Phòng Tài chính - Kế hoạch", TaskTimeline.Ongoing, "Báo cáo thu, chi"), UnitCategory.Kindergarten);
        Assign(plan.AddAssignedTask(ReformArea.Organisation, null, "Rà soát, sắp xếp tổ chức bộ máy các phòng chuyên môn thuộc Ủy ban nhân dân Quận 1 theo quy định mới.", HomeAffairs, "Các phòng chuyên môn", TaskTimeline.InQuarter(2, 2024), "Đề án sắp xếp tổ chức bộ máy"), UnitCategory.Office);

        void Assign(PlanTask task, UnitCategory category) => plan.AssignTaskTo(task, category);
    }
}
