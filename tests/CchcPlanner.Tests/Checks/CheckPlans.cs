using CchcPlanner.Checks;
using CchcPlanner.Data.Demo;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Tests.Checks;

/// <summary>Plans for the checker's tests; every call builds new instances.</summary>
internal static class CheckPlans
{
    /// <summary>A small signed 2023 plan that every check passes; tests change one thing in it.</summary>
    public static PlanJson Clean() => new()
    {
        Kind = "annualCchc",
        Year = 2023,
        Number = "16/KH-MNTH",
        Symbol = "KH-MNTH",
        IssuedOn = new DateOnly(2023, 2, 1),
        Place = "Quận 1",
        ParentBody = "ỦY BAN NHÂN DÂN QUẬN 1",
        IssuingBody = "TRƯỜNG MẦM NON TUỔI HỒNG",
        UnitName = "Trường mầm non Tuổi Hồng",
        Title = "Thực hiện công tác cải cách hành chính tại Trường mầm non Tuổi Hồng năm 2023",
        Status = "signed",
        LeadIn = "Trường mầm non Tuổi Hồng xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2023 như sau:",
        Closing = "Trên đây là Kế hoạch thực hiện công tác cải cách hành chính năm 2023 của Trường mầm non Tuổi Hồng./.",
        LegalBases =
        [
            new("Căn cứ", "Kế hoạch số 406/KH-UBND ngày 29/12/2022 của Ủy ban nhân dân Quận 1 về thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2023", null),
        ],
        Sections =
        [
            new("MỤC TIÊU", "objectives", [new("bullet", "Triển khai đồng bộ Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2030.")]),
            new("CHỈ TIÊU", "kpis", []),
            new("NHIỆM VỤ TRỌNG TÂM", "tasks", [new("paragraph", "Nhà trường tập trung thực hiện các nội dung trọng tâm như sau:")]),
            new("CHẾ ĐỘ BÁO CÁO", "reporting", []),
        ],
        Kpis = [new("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt 100%", "exactly", 100, "%", null)],
        Tasks =
        [
            new("organisation", null, "Thực hiện Nghị định số 106/2020/NĐ-CP ngày 10 tháng 9 năm 2020 của Chính phủ về vị trí việc làm.", null, "Hiệu trưởng", "Tổ Văn phòng", "quarter", null, 2, "Báo cáo", null),
            new("administrativeProcedures", null, "Công khai thủ tục hành chính tại nhà trường.", null, "Tổ Văn phòng", null, "ongoing", null, null, null, null),
        ],
        ReportingDeadlines = [new("Báo cáo quý I", "quarter1", new DateOnly(2023, 3, 1), "Phòng Nội vụ Quận 1")],
        Recipients = [new("Phòng Nội vụ Q1", null), new("Lưu: VT", null)],
        Signature = new(null, null, "HIỆU TRƯỞNG", "Vũ Thị Ngọc Bắc"),
    };

    public static PlanJson WithTask(PlanJson plan, int index, Func<TaskJson, TaskJson> change) =>
        plan with { Tasks = plan.Tasks.Select((t, i) => i == index ? change(t) : t).ToList() };

    /// <summary>A plan whose objectives section holds <paramref name="text"/> as its only paragraph.</summary>
    public static PlanJson WithText(string text, int year = 2023)
    {
        var plan = Clean();
        return plan with
        {
            Year = year,
            Sections = [new("MỤC TIÊU", "objectives", [new("bullet", text)]), .. plan.Sections.Skip(1)],
        };
    }

    public static IReadOnlyList<Finding> Check(PlanJson plan, CheckContext? context = null) => PlanChecker.Check(plan, context);

    public static IReadOnlyList<Finding> Check(PlanJson plan, string code, CheckContext? context = null) =>
        PlanChecker.Check(plan, context).Where(f => f.Code == code).ToList();

    /// <summary>The national catalogue and the local documents of the two examples.</summary>
    public static IReadOnlyList<LegalDocument> Documents() => [.. NationalCatalogue.Create(), .. DemoDocuments.Create()];

    public static CitationCatalogue Catalogue() => new(Documents());

    public static Plan Kindergarten() => KindergartenPlan2023.Build(DemoUnits.Create().TuoiHong, Resolver());

    public static Plan NinhGiang() => NinhGiangPlan2022.Build(DemoUnits.Create().NinhGiang, Resolver());

    private static Func<string, LegalDocument> Resolver()
    {
        var bySymbol = Documents().GroupBy(d => d.Symbol).ToDictionary(g => g.Key, g => g.First());
        return symbol => bySymbol[symbol];
    }
}
