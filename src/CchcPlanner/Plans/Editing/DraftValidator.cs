using CchcPlanner.Common;

namespace CchcPlanner.Plans.Editing;

/// <summary>A problem to show beside a field: the object edited, the property (or null for the whole row), the message.</summary>
public sealed record DraftProblem(object Model, string? Field, string Message);

/// <summary>
/// Checks a draft before saving, with the same rules the entities enforce: each row is tried against its entity's own
/// constructor, so a rule is written once (in the entity) and its Vietnamese message shows beside the row.
/// </summary>
public static class DraftValidator
{
    public static IReadOnlyList<DraftProblem> Validate(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<DraftProblem>();
        void Field(object model, string field, Action rule) => Check(problems, model, field, rule);

        Field(draft, nameof(PlanDraft.Title), () => VietnameseText.Required(draft.Title, "Trích yếu"));
        Field(draft, nameof(PlanDraft.Year), () => PlanYear.Validate(draft.Year));
        Field(draft, nameof(PlanDraft.Place), () => VietnameseText.Required(draft.Place, "Địa danh"));
        Field(draft, nameof(PlanDraft.Symbol), () => VietnameseText.Required(draft.Symbol, "Ký hiệu"));
        foreach (var basis in draft.LegalBases)
        {
            Field(basis, nameof(LegalBasisDraft.CitationText), () => _ = new LegalBasis(basis.Verb, null, basis.IsCustom ? basis.CitationText : "văn bản trong danh mục"));
        }

        foreach (var section in draft.Sections)
        {
            Field(section, nameof(SectionDraft.Heading), () => _ = new PlanSection(section.Kind, section.Heading));
            foreach (var item in section.Items)
            {
                Field(item, nameof(ItemDraft.Text), () => _ = new SectionItem(item.Style, item.Text));
            }
        }

        foreach (var kpi in draft.Kpis)
        {
            Field(kpi, nameof(KpiDraft.Text), () => VietnameseText.Required(kpi.Text, "Nội dung chỉ tiêu"));
            Field(kpi, nameof(KpiDraft.Target), () => _ = new Kpi(kpi.Text.Length == 0 ? "-" : kpi.Text, kpi.Comparator, kpi.Target, kpi.Unit, kpi.Group));
        }

        foreach (var task in draft.Tasks)
        {
            Field(task, nameof(TaskDraft.Content), () => _ = new PlanTask(task.Area, task.Content));
            Field(task, nameof(TaskDraft.TimelineKind), () => CheckTimeline(task, draft.Year));
        }

        foreach (var deadline in draft.ReportingDeadlines)
        {
            Field(deadline, nameof(DeadlineDraft.DueOn), () => _ = deadline.DueOn ?? throw new DomainRuleException("Chưa nhập hạn gửi báo cáo."));
            Field(deadline, nameof(DeadlineDraft.Name), () => _ = new ReportingDeadline(deadline.Name, deadline.Period, deadline.DueOn ?? default, deadline.ReceivingUnit));
        }

        foreach (var line in draft.BudgetLines)
        {
            Field(line, nameof(BudgetLineDraft.Content), () => _ = new BudgetLine(line.Content, line.Amount, line.FundingSource));
        }

        foreach (var responsibility in draft.Responsibilities)
        {
            Field(responsibility, nameof(ResponsibilityDraft.Duties), () => _ = new Responsibility(responsibility.Party, responsibility.Duties));
        }

        foreach (var recipient in draft.Recipients)
        {
            Field(recipient, nameof(RecipientDraft.Name), () => _ = new Recipient(recipient.Name, recipient.Purpose));
        }

        Field(draft.Signature, nameof(SignatureDraft.Title), () => PlanDrafts.Signature(draft.Signature));
        return problems;
    }

    private static void CheckTimeline(TaskDraft task, int year)
    {
        if (task.TimelineKind == TimelineKind.ByDate && task.DueOn is null)
        {
            throw new DomainRuleException("Chọn ngày hoàn thành cho nhiệm vụ.");
        }

        if (task.TimelineKind == TimelineKind.Quarter)
        {
            _ = TaskTimeline.InQuarter(task.Quarter ?? 0, year);
        }
    }

    private static void Check(List<DraftProblem> problems, object model, string field, Action rule)
    {
        try
        {
            rule();
        }
        catch (DomainRuleException e)
        {
            problems.Add(new DraftProblem(model, field, e.Message));
        }
    }
}
