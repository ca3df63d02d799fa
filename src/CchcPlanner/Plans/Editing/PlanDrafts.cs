namespace CchcPlanner.Plans.Editing;

/// <summary>Turns a plan into the draft the editor binds to.</summary>
public static class PlanDrafts
{
    public static PlanDraft From(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new PlanDraft
        {
            Id = plan.Id,
            Version = plan.Version,
            UnitId = plan.UnitId,
            Kind = plan.Kind,
            Year = plan.Year,
            Title = plan.Title,
            Symbol = plan.Symbol,
            Place = plan.Place,
            IssuedOn = plan.IssuedOn,
            LeadIn = plan.LeadIn,
            Closing = plan.Closing,
            TasksInAnnex = plan.TasksInAnnex,
            ParentPlanId = plan.ParentPlanId,
            LegalBases = plan.LegalBases.Select(b => new LegalBasisDraft
            {
                Id = b.Id, Verb = b.Verb, LegalDocumentId = b.LegalDocumentId, CitationText = b.CitationText,
            }).ToList(),
            Sections = plan.Sections.Select(s => new SectionDraft
            {
                Id = s.Id, Kind = s.Kind, Heading = s.Heading,
                Items = s.Items.Select(i => new ItemDraft { Id = i.Id, Style = i.Style, Text = i.Text }).ToList(),
            }).ToList(),
            Kpis = plan.Kpis.Select(k => new KpiDraft
            {
                Id = k.Id, Group = k.Group, Text = k.Text, Comparator = k.Comparator, Target = k.Target, Unit = k.Unit,
                AssignedTo = k.AssignedTo, ResultCount = k.Results.Count,
            }).ToList(),
            Tasks = plan.Tasks.Select(t => new TaskDraft
            {
                Id = t.Id, Area = t.Area, Group = t.Group, Content = t.Content, Details = t.Details, LeadUnit = t.LeadUnit,
                CoordinatingUnits = t.CoordinatingUnits, TimelineKind = t.Timeline.Kind, DueOn = t.Timeline.DueOn,
                Quarter = t.Timeline.Quarter, Product = t.Product, AssignedTo = t.AssignedTo, ProgressCount = t.Progress.Count,
            }).ToList(),
            ReportingDeadlines = plan.ReportingDeadlines.Select(d => new DeadlineDraft
            {
                Id = d.Id, Name = d.Name, Period = d.Period, DueOn = d.DueOn, ReceivingUnit = d.ReceivingUnit,
            }).ToList(),
            BudgetLines = plan.BudgetLines.Select(l => new BudgetLineDraft
            {
                Id = l.Id, Content = l.Content, Amount = l.Amount, FundingSource = l.FundingSource,
            }).ToList(),
            Responsibilities = plan.Responsibilities.Select(r => new ResponsibilityDraft { Id = r.Id, Party = r.Party, Duties = r.Duties }).ToList(),
            Recipients = plan.Recipients.Select(r => new RecipientDraft { Id = r.Id, Name = r.Name, Purpose = r.Purpose }).ToList(),
            Signature = plan.Signature is { } s
                ? new SignatureDraft { Prefix = s.Prefix, Authority = s.Authority, Title = s.Title, SignerName = s.SignerName }
                : new SignatureDraft(),
            Report = plan.Report,
        };
    }

    /// <summary>The timeline a task draft describes; a year comes from the plan for quarters.</summary>
    public static TaskTimeline Timeline(TaskDraft task, int year)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.TimelineKind switch
        {
            TimelineKind.Ongoing => TaskTimeline.Ongoing,
            TimelineKind.ByDate when task.DueOn is { } due => TaskTimeline.By(due),
            TimelineKind.Quarter when task.Quarter is { } quarter => TaskTimeline.InQuarter(quarter, year),
            _ => TaskTimeline.Unspecified,
        };
    }

    public static SignatureBlock? Signature(SignatureDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return draft.IsEmpty ? null : new SignatureBlock(draft.Prefix, draft.Authority, draft.Title ?? string.Empty, draft.SignerName ?? string.Empty);
    }
}
