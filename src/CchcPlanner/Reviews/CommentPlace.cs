using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Reviews;

/// <summary>The part of a plan a comment is about.</summary>
public enum PlanPart
{
    WholePlan = 0,
    Header = 1,
    LeadIn = 2,
    LegalBasis = 3,
    Section = 4,
    SectionItem = 5,
    Kpi = 6,
    Task = 7,
    ReportingDeadline = 8,
    BudgetLine = 9,
    Responsibility = 10,
    Recipient = 11,
    Closing = 12,
    Signature = 13,
}

/// <summary>
/// Where a comment points: a part of the plan, the id of the row for parts that are rows (a KPI, a paragraph of a
/// section…) and, optionally, the words commented on, quoted as they read when the comment was written.
/// </summary>
public sealed record CommentPlace(PlanPart Part, int? PartId = null, string? Quote = null)
{
    public static readonly CommentPlace WholePlan = new(PlanPart.WholePlan);

    /// <summary>Whether this part is a row of the plan, named by its id.</summary>
    public static bool IsRow(PlanPart part) => part is >= PlanPart.LegalBasis and <= PlanPart.Recipient;

    /// <summary>
    /// Where the place is as a reader finds it in the plan (<c>Chỉ tiêu 3</c>, <c>Mục II, đoạn 2</c>), or null when the
    /// place is not in this plan (a row of another plan, a removed row, an id where none belongs).
    /// </summary>
    public string? LabelIn(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!IsRow(Part))
        {
            return PartId is null ? Fixed(Part) : null;
        }

        if (PartId is not { } id)
        {
            return null;
        }

        if (Part == PlanPart.SectionItem)
        {
            return plan.Sections.Select((s, i) => (Section: i, Item: s.Items.ToList().FindIndex(item => item.Id == id)))
                .Where(found => found.Item >= 0)
                .Select(found => $"Mục {RomanNumerals.Of(found.Section + 1)}, đoạn {Ordinal(found.Item)}")
                .FirstOrDefault();
        }

        var (name, ids) = Part switch
        {
            PlanPart.LegalBasis => ("Căn cứ pháp lý", plan.LegalBases.Select(b => b.Id)),
            PlanPart.Section => ("Mục", plan.Sections.Select(s => s.Id)),
            PlanPart.Kpi => ("Chỉ tiêu", plan.Kpis.Select(k => k.Id)),
            PlanPart.Task => ("Nhiệm vụ", plan.Tasks.Select(t => t.Id)),
            PlanPart.ReportingDeadline => ("Chế độ báo cáo", plan.ReportingDeadlines.Select(d => d.Id)),
            PlanPart.BudgetLine => ("Kinh phí", plan.BudgetLines.Select(l => l.Id)),
            PlanPart.Responsibility => ("Tổ chức thực hiện", plan.Responsibilities.Select(r => r.Id)),
            _ => ("Nơi nhận", plan.Recipients.Select(r => r.Id)),
        };
        var index = ids.ToList().IndexOf(id);
        return index < 0 ? null
            : Part == PlanPart.Section ? $"{name} {RomanNumerals.Of(index + 1)}"
            : $"{name} {Ordinal(index)}";
    }

    private static string Fixed(PlanPart part) => part switch
    {
        PlanPart.Header => "Thông tin chung",
        PlanPart.LeadIn => "Lời mở đầu",
        PlanPart.Closing => "Đoạn kết",
        PlanPart.Signature => "Chữ ký",
        _ => "Toàn bộ kế hoạch",
    };

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
