using CchcPlanner.Data.Demo;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.IntegrationTests.Plans;

/// <summary>Plans that between them use every part a plan has; each call builds new ones.</summary>
internal static class ExamplePlans
{
    /// <summary>The kindergarten example (signed), with a KPI result and task progress recorded against it.</summary>
    public static Plan KindergartenInForce(Unit school, Func<string, LegalDocument> document)
    {
        var plan = KindergartenPlan2023.Build(school, document);
        plan.RecordKpiResult(plan.Kpis[2], ReportingPeriod.Quarter1, 99.5m, "Khảo sát 120 phụ huynh", "Nguyễn Thị Thu Hà", new DateTimeOffset(2023, 4, 3, 9, 0, 0, TimeSpan.FromHours(7)));
        plan.RecordTaskProgress(plan.Tasks[0], new DateOnly(2023, 3, 15), PlanTaskStatus.InProgress, "Đã có quyết định kiện toàn Ban Chỉ đạo", 40, "Nguyễn Thị Thu Hà");
        return plan;
    }

    /// <summary>A draft carrying out <paramref name="parent"/>, with the parts the two examples lack.</summary>
    public static Plan DraftWithEverythingElse(Unit school, Plan parent, LegalDocument document)
    {
        var plan = new Plan(school, PlanKind.TthcControl, 2024, "Kiểm soát thủ tục hành chính năm 2024 của Trường mầm non Bến Nghé");
        plan.Implement(parent);
        plan.AddLegalBasis(LegalBasisVerb.Implementing, document);
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, "Công văn số 12/PGDĐT ngày 05/01/2024 của Phòng Giáo dục và Đào tạo Quận 1;");
        var budget = plan.AddSection(SectionKind.Budget, "Kinh phí thực hiện");
        plan.AddItem(budget, ItemStyle.Heading, "Nguồn kinh phí");
        plan.AddItem(budget, ItemStyle.SubBullet, "Ngân sách nhà nước cấp theo dự toán năm 2024.");
        plan.AddBudgetLine("In ấn tài liệu tuyên truyền thủ tục hành chính", 2_500_000m, "Ngân sách Quận 1");
        plan.AddBudgetLine("Khảo sát ý kiến phụ huynh", null, "Nguồn xã hội hóa");
        var kpi = plan.AddKpi("Có ít nhất 02 sáng kiến cải cách thủ tục hành chính", Comparator.MoreThan, 1.5m, "sáng kiến", "Về đổi mới, sáng tạo");
        plan.AssignKpi(kpi, UnitCategory.Kindergarten);
        var task = plan.AddTask(ReformArea.AdministrativeProcedures, "Rà soát thủ tục hành chính nội bộ", "Kiểm soát TTHC", "Quy trình tiếp nhận hồ sơ\nQuy trình trả kết quả");
        plan.AssignTask(task, "Văn thư", "Kế toán; Phó Hiệu trưởng", TaskTimeline.By(new DateOnly(2024, 6, 30)), "Báo cáo rà soát");
        plan.AssignTaskTo(task, UnitCategory.Kindergarten);
        plan.AddReportingDeadline("Báo cáo quý II", ReportingPeriod.Quarter2, new DateOnly(2024, 6, 15), "Phòng Nội vụ Q1");
        plan.AddResponsibility("Tổ Văn phòng", "- Theo dõi, tổng hợp kết quả\n- Báo cáo Hiệu trưởng hằng quý");
        plan.PrintTasksInAnnex(true);
        plan.AddRecipient("Phòng Nội vụ Q1", "để b/c");
        plan.AddRecipient("Lưu: VT");
        plan.Sign(new SignatureBlock(SignaturePrefix.Deputy, "Hiệu trưởng", "Phó Hiệu trưởng", "Trần Văn Ân"));
        plan.RecordKpiResult(kpi, ReportingPeriod.Quarter2, 2m, null, "Nguyễn Thị Thu Hà", new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));
        plan.RecordTaskProgress(task, new DateOnly(2024, 5, 2), PlanTaskStatus.Done, "Đã rà soát xong", null, "Trần Thị Mai");
        plan.NoteEditor("soanthao@demo.vn");
        return plan;
    }
}
