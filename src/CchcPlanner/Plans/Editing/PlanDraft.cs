namespace CchcPlanner.Plans.Editing;

/// <summary>
/// The editable copy of a plan that the editor binds to (never the entity itself). Children keep the id of the part
/// they came from (0 for new ones), so that saving changes the existing parts, adds the new and removes the dropped.
/// <see cref="Version"/> is the plan's concurrency token when the draft was loaded.
/// </summary>
public sealed class PlanDraft
{
    public int Id { get; set; }

    public Guid Version { get; set; }

    public int UnitId { get; set; }

    public PlanKind Kind { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Symbol { get; set; } = string.Empty;

    public string Place { get; set; } = string.Empty;

    public DateOnly? IssuedOn { get; set; }

    public string LeadIn { get; set; } = string.Empty;

    public string Closing { get; set; } = string.Empty;

    public bool TasksInAnnex { get; set; }

    public int? ParentPlanId { get; set; }

    public List<LegalBasisDraft> LegalBases { get; set; } = [];

    public List<SectionDraft> Sections { get; set; } = [];

    public List<KpiDraft> Kpis { get; set; } = [];

    public List<TaskDraft> Tasks { get; set; } = [];

    public List<DeadlineDraft> ReportingDeadlines { get; set; } = [];

    public List<BudgetLineDraft> BudgetLines { get; set; } = [];

    public List<ResponsibilityDraft> Responsibilities { get; set; } = [];

    public List<RecipientDraft> Recipients { get; set; } = [];

    public SignatureDraft Signature { get; set; } = new();

    /// <summary>For a report, its frozen content (not edited: the preview and submitted versions print it).</summary>
    public Reports.ReportContent? Report { get; set; }
}

public sealed class LegalBasisDraft
{
    public int Id { get; set; }

    public LegalBasisVerb Verb { get; set; }

    public int? LegalDocumentId { get; set; }

    /// <summary>The citation as printed, for display; for a hand-typed citation, the text itself.</summary>
    public string CitationText { get; set; } = string.Empty;

    public bool IsCustom => LegalDocumentId is null;
}

public sealed class SectionDraft
{
    public int Id { get; set; }

    public SectionKind Kind { get; set; }

    public string Heading { get; set; } = string.Empty;

    public List<ItemDraft> Items { get; set; } = [];
}

public sealed class ItemDraft
{
    public int Id { get; set; }

    public ItemStyle Style { get; set; } = ItemStyle.Bullet;

    public string Text { get; set; } = string.Empty;
}

public sealed class KpiDraft
{
    public int Id { get; set; }

    public string? Group { get; set; }

    public string Text { get; set; } = string.Empty;

    public Comparator Comparator { get; set; }

    public decimal? Target { get; set; }

    public string? Unit { get; set; }

    public Units.UnitCategory? AssignedTo { get; set; }

    /// <summary>Results already recorded: removing such a KPI removes them too, so the editor warns.</summary>
    public int ResultCount { get; set; }
}

public sealed class TaskDraft
{
    public int Id { get; set; }

    public ReformArea Area { get; set; } = ReformArea.Direction;

    public string? Group { get; set; }

    public string Content { get; set; } = string.Empty;

    public string? Details { get; set; }

    public string? LeadUnit { get; set; }

    public string? CoordinatingUnits { get; set; }

    public TimelineKind TimelineKind { get; set; }

    public DateOnly? DueOn { get; set; }

    public int? Quarter { get; set; }

    public string? Product { get; set; }

    public Units.UnitCategory? AssignedTo { get; set; }

    public int ProgressCount { get; set; }
}

public sealed class DeadlineDraft
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public ReportingPeriod Period { get; set; } = ReportingPeriod.Quarter1;

    public DateOnly? DueOn { get; set; }

    public string ReceivingUnit { get; set; } = string.Empty;
}

public sealed class BudgetLineDraft
{
    public int Id { get; set; }

    public string Content { get; set; } = string.Empty;

    public decimal? Amount { get; set; }

    public string? FundingSource { get; set; }
}

public sealed class ResponsibilityDraft
{
    public int Id { get; set; }

    public string? Party { get; set; }

    /// <summary>One duty per line.</summary>
    public string Duties { get; set; } = string.Empty;
}

public sealed class RecipientDraft
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Purpose { get; set; }
}

public sealed class SignatureDraft
{
    public SignaturePrefix Prefix { get; set; }

    public string? Authority { get; set; }

    public string? Title { get; set; }

    public string? SignerName { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(SignerName) && string.IsNullOrWhiteSpace(Authority);
}
