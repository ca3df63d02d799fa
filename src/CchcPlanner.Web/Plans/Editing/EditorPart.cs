using CchcPlanner.Common;
using CchcPlanner.Plans.Editing;

namespace CchcPlanner.Web.Plans.Editing;

/// <summary>The parts of a plan the editor shows one at a time, in the order they are printed.</summary>
public enum EditorPart
{
    Header,
    LegalBases,
    Texts,
    Sections,
    Kpis,
    Tasks,
    Reporting,
    Budget,
    Responsibilities,
    Recipients,
    Signature,
}

public static class EditorParts
{
    public static IReadOnlyList<EditorPart> All { get; } = Enum.GetValues<EditorPart>();

    public static string ToVietnamese(this EditorPart part) => part switch
    {
        EditorPart.Header => "Thông tin chung",
        EditorPart.LegalBases => "Căn cứ pháp lý",
        EditorPart.Texts => "Mở đầu, đoạn kết",
        EditorPart.Sections => "Các phần nội dung",
        EditorPart.Kpis => "Chỉ tiêu",
        EditorPart.Tasks => "Nhiệm vụ",
        EditorPart.Reporting => "Chế độ báo cáo",
        EditorPart.Budget => "Kinh phí",
        EditorPart.Responsibilities => "Tổ chức thực hiện",
        EditorPart.Recipients => "Nơi nhận",
        _ => "Chữ ký",
    };

    /// <summary>How many rows the part holds, shown beside its name; null for parts that are not lists.</summary>
    public static int? Count(this EditorPart part, PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return part switch
        {
            EditorPart.LegalBases => draft.LegalBases.Count,
            EditorPart.Sections => draft.Sections.Count,
            EditorPart.Kpis => draft.Kpis.Count,
            EditorPart.Tasks => draft.Tasks.Count,
            EditorPart.Reporting => draft.ReportingDeadlines.Count,
            EditorPart.Budget => draft.BudgetLines.Count,
            EditorPart.Responsibilities => draft.Responsibilities.Count,
            EditorPart.Recipients => draft.Recipients.Count,
            _ => null,
        };
    }

    /// <summary>The part a problem is in and where in it, as a reader says it: <c>dòng 12</c>, <c>phần II, đoạn 3</c>.</summary>
    public static (EditorPart Part, string? Where) Locate(DraftProblem problem, PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(draft);
        static string Row<T>(List<T> rows, object model) => $"dòng {rows.IndexOf((T)model) + 1}";
        return problem.Model switch
        {
            LegalBasisDraft b => (EditorPart.LegalBases, Row(draft.LegalBases, b)),
            SectionDraft s => (EditorPart.Sections, $"phần {RomanNumerals.Of(draft.Sections.IndexOf(s) + 1)}"),
            ItemDraft i => (EditorPart.Sections, ItemPlace(draft, i)),
            KpiDraft k => (EditorPart.Kpis, Row(draft.Kpis, k)),
            TaskDraft t => (EditorPart.Tasks, Row(draft.Tasks, t)),
            DeadlineDraft d => (EditorPart.Reporting, Row(draft.ReportingDeadlines, d)),
            BudgetLineDraft l => (EditorPart.Budget, Row(draft.BudgetLines, l)),
            ResponsibilityDraft r => (EditorPart.Responsibilities, Row(draft.Responsibilities, r)),
            RecipientDraft r => (EditorPart.Recipients, Row(draft.Recipients, r)),
            SignatureDraft => (EditorPart.Signature, null),
            _ => (EditorPart.Header, null),
        };
    }

    private static string? ItemPlace(PlanDraft draft, ItemDraft item)
    {
        for (var s = 0; s < draft.Sections.Count; s++)
        {
            var index = draft.Sections[s].Items.IndexOf(item);
            if (index >= 0)
            {
                return $"phần {RomanNumerals.Of(s + 1)}, đoạn {index + 1}";
            }
        }

        return null;
    }
}
