using CchcPlanner.Data.Demo;
using CchcPlanner.Documents;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>The two example plans built in memory (no database), each call new, and their official documents.</summary>
internal static class ExampleDocuments
{
    public static Plan KindergartenPlan() => KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, Catalogue());

    public static Plan NinhGiangPlan() => NinhGiangPlan2022.Build(DemoUnits.Create().NinhGiang, Catalogue());

    public static OfficialDocument Kindergarten() => PlanDocumentBuilder.Build(KindergartenPlan());

    public static OfficialDocument NinhGiang() => PlanDocumentBuilder.Build(NinhGiangPlan());

    /// <summary>A draft with no number and no date yet, as the clerk receives it.</summary>
    public static Plan UnnumberedDraft()
    {
        var plan = new Plan(DemoUnits.Create().TuoiHong, PlanKind.AnnualCchc, 2023, KindergartenPlan2023.Title);
        plan.ChangeHeader(PlanKind.AnnualCchc, 2023, KindergartenPlan2023.Title, "Quận 1", issuedOn: null);
        plan.AddRecipient("Lưu: VT");
        return plan;
    }

    /// <summary>
    /// A plan whose annex runs over several landscape pages: <paramref name="count"/> tasks, each long enough to wrap,
    /// whose content starts with <c>NVnnA</c> and ends with <c>NVnnZ</c> so that a row split across pages shows.
    /// </summary>
    public static Plan WithLongAnnex(int count)
    {
        var plan = new Plan(DemoUnits.Create().NinhGiang, PlanKind.AnnualCchc, 2023, "Cải cách hành chính năm 2023 của huyện Ninh Giang");
        plan.AddSection(SectionKind.Tasks, "NHIỆM VỤ TRỌNG TÂM");
        plan.PrintTasksInAnnex(true);
        for (var i = 1; i <= count; i++)
        {
            var task = plan.AddTask(
                ReformArea.AdministrativeProcedures,
                $"{Marker(i)}A Rà soát, đơn giản hóa thủ tục hành chính nội bộ, công khai kết quả trên Cổng thông tin điện tử huyện và niêm yết tại Bộ phận một cửa {Marker(i)}Z",
                i <= count / 2 ? "Cải cách thủ tục hành chính" : "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số");
            plan.AssignTask(task, "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ; UBND các xã, thị trấn", TaskTimeline.Ongoing, $"Báo cáo {Marker(i)}P");
        }

        plan.AddRecipient("Lưu: VT");
        return plan;
    }

    public static string Marker(int task) => $"NV{task:00}";

    private static Func<string, LegalDocument> Catalogue()
    {
        var bySymbol = NationalCatalogue.Create().Concat(DemoDocuments.Create()).ToDictionary(d => d.Symbol);
        return symbol => bySymbol[symbol];
    }
}
