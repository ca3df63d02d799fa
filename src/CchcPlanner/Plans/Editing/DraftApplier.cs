using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Plans.Editing;

/// <summary>
/// Applies a draft to the plan it came from, through the plan's own methods so that every rule still holds:
/// parts with a known id are changed, new ones added, missing ones removed, then all are put in the draft's order.
/// </summary>
public static class DraftApplier
{
    public static void Apply(PlanDraft draft, Plan plan, IReadOnlyDictionary<int, LegalDocument> documents, Plan? parentPlan)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(documents);
        plan.ChangeHeader(draft.Kind, draft.Year, draft.Title, draft.Place, draft.IssuedOn);
        plan.ChangeSymbol(draft.Symbol);
        plan.ChangeLeadIn(draft.LeadIn);
        plan.ChangeClosing(draft.Closing);
        plan.PrintTasksInAnnex(draft.TasksInAnnex);
        if (parentPlan is null)
        {
            plan.StopImplementing();
        }
        else
        {
            plan.Implement(parentPlan);
        }

        ApplyLegalBases(draft, plan, documents);
        ApplySections(draft, plan);
        Sync(plan.Kpis, draft.Kpis, d => d.Id, k => k.Id, plan.RemoveKpi,
            d => plan.AddKpi(d.Text, d.Comparator, d.Target, d.Unit, d.Group),
            (k, d) => plan.ChangeKpi(k, d.Text, d.Comparator, d.Target, d.Unit, d.Group), plan.MoveKpi);
        foreach (var (kpi, d) in plan.Kpis.Zip(draft.Kpis))
        {
            plan.AssignKpi(kpi, d.AssignedTo);
        }

        Sync(plan.Tasks, draft.Tasks, d => d.Id, t => t.Id, plan.RemoveTask,
            d => plan.AddTask(d.Area, d.Content, d.Group, d.Details),
            (t, d) => plan.ChangeTask(t, d.Area, d.Group, d.Content, d.Details), plan.MoveTask);
        foreach (var (task, d) in plan.Tasks.Zip(draft.Tasks))
        {
            plan.AssignTask(task, d.LeadUnit, d.CoordinatingUnits, PlanDrafts.Timeline(d, draft.Year), d.Product);
            plan.AssignTaskTo(task, d.AssignedTo);
        }

        Sync(plan.ReportingDeadlines, draft.ReportingDeadlines, d => d.Id, x => x.Id, plan.RemoveReportingDeadline,
            d => plan.AddReportingDeadline(d.Name, d.Period, Due(d), d.ReceivingUnit),
            (x, d) => plan.ChangeReportingDeadline(x, d.Name, d.Period, Due(d), d.ReceivingUnit), plan.MoveReportingDeadline);
        Sync(plan.BudgetLines, draft.BudgetLines, d => d.Id, x => x.Id, plan.RemoveBudgetLine,
            d => plan.AddBudgetLine(d.Content, d.Amount, d.FundingSource),
            (x, d) => plan.ChangeBudgetLine(x, d.Content, d.Amount, d.FundingSource), plan.MoveBudgetLine);
        Sync(plan.Responsibilities, draft.Responsibilities, d => d.Id, x => x.Id, plan.RemoveResponsibility,
            d => plan.AddResponsibility(d.Party, d.Duties),
            (x, d) => plan.ChangeResponsibility(x, d.Party, d.Duties), plan.MoveResponsibility);
        Sync(plan.Recipients, draft.Recipients, d => d.Id, x => x.Id, plan.RemoveRecipient,
            d => plan.AddRecipient(d.Name, d.Purpose),
            (x, d) => plan.ChangeRecipient(x, d.Name, d.Purpose), plan.MoveRecipient);
        plan.Sign(PlanDrafts.Signature(draft.Signature));
    }

    private static DateOnly Due(DeadlineDraft deadline) =>
        deadline.DueOn ?? throw new DomainRuleException($"Báo cáo \"{deadline.Name}\" chưa có hạn gửi.");

    private static void ApplyLegalBases(PlanDraft draft, Plan plan, IReadOnlyDictionary<int, LegalDocument> documents)
    {
        LegalDocument? DocumentOf(LegalBasisDraft d) =>
            d.LegalDocumentId is { } id
                ? documents.GetValueOrDefault(id) ?? throw new DomainRuleException("Văn bản được chọn không còn trong danh mục.")
                : null;

        // Remove first, so that a document moved between two entries is never cited twice in between.
        Sync(plan.LegalBases, draft.LegalBases, d => d.Id, b => b.Id, plan.RemoveLegalBasis,
            d => plan.AddLegalBasis(d.Verb, DocumentOf(d), d.IsCustom ? d.CitationText : null),
            (b, d) => plan.ChangeLegalBasis(b, d.Verb, DocumentOf(d), d.IsCustom ? d.CitationText : null), plan.MoveLegalBasis);
    }

    private static void ApplySections(PlanDraft draft, Plan plan)
    {
        Sync(plan.Sections, draft.Sections, d => d.Id, s => s.Id, plan.RemoveSection,
            d => plan.AddSection(d.Kind, d.Heading),
            (s, d) => plan.ChangeSection(s, d.Kind, d.Heading), plan.MoveSection);
        foreach (var (section, d) in plan.Sections.Zip(draft.Sections))
        {
            Sync(section.Items, d.Items, i => i.Id, i => i.Id, item => plan.RemoveItem(section, item),
                i => plan.AddItem(section, i.Style, i.Text),
                (item, i) => plan.ChangeItem(section, item, i.Style, i.Text),
                (item, position) => plan.MoveItem(section, item, position));
        }
    }

    /// <summary>Makes <paramref name="current"/> hold exactly the drafts, in their order.</summary>
    private static void Sync<TPart, TDraft>(
        IReadOnlyList<TPart> current, IReadOnlyList<TDraft> drafts,
        Func<TDraft, int> draftId, Func<TPart, int> partId,
        Action<TPart> remove, Func<TDraft, TPart> add, Action<TPart, TDraft> change, Action<TPart, int> move)
    {
        var kept = drafts.Select(draftId).Where(id => id != 0).ToHashSet();
        foreach (var part in current.Where(p => !kept.Contains(partId(p))).ToList())
        {
            remove(part);
        }

        var byId = current.ToDictionary(partId);
        var ordered = new List<TPart>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (draftId(draft) != 0 && byId.TryGetValue(draftId(draft), out var part))
            {
                change(part, draft);
                ordered.Add(part);
            }
            else
            {
                ordered.Add(add(draft));
            }
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            move(ordered[i], i);
        }
    }
}
