using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Plans;

/// <summary>Legal bases and body sections.</summary>
public sealed partial class Plan
{
    private readonly List<LegalBasis> _legalBases = [];
    private readonly List<PlanSection> _sections = [];

    public IReadOnlyList<LegalBasis> LegalBases => Positions.Ordered(_legalBases);

    public IReadOnlyList<PlanSection> Sections => Positions.Ordered(_sections);

    public LegalBasis AddLegalBasis(LegalBasisVerb verb, LegalDocument? document, string? customText = null)
    {
        EnsureEditable();
        if (document is not null && _legalBases.Any(b => b.LegalDocument == document))
        {
            throw new DomainRuleException($"Văn bản {document.Symbol} đã có trong căn cứ pháp lý.");
        }

        Touch();
        return Positions.Append(_legalBases, new LegalBasis(verb, document, customText));
    }

    public void ChangeLegalBasis(LegalBasis basis, LegalBasisVerb verb, LegalDocument? document, string? customText)
    {
        var owned = Edit(_legalBases, basis);
        if (document is not null && _legalBases.Any(b => b != owned && b.LegalDocument == document))
        {
            throw new DomainRuleException($"Văn bản {document.Symbol} đã có trong căn cứ pháp lý.");
        }

        owned.Change(verb, document, customText);
    }

    public void RemoveLegalBasis(LegalBasis basis) => Remove(_legalBases, basis);

    public void MoveLegalBasis(LegalBasis basis, int newPosition) => Move(_legalBases, basis, newPosition);

    public PlanSection AddSection(SectionKind kind, string heading)
    {
        EnsureEditable();
        Touch();
        return Positions.Append(_sections, new PlanSection(kind, heading));
    }

    public void ChangeSection(PlanSection section, SectionKind kind, string heading)
    {
        var owned = Edit(_sections, section);
        owned.Rename(heading);
        owned.ChangeKind(kind);
    }

    public void RemoveSection(PlanSection section) => Remove(_sections, section);

    public void MoveSection(PlanSection section, int newPosition) => Move(_sections, section, newPosition);

    public SectionItem AddItem(PlanSection section, ItemStyle style, string text) => Edit(_sections, section).AddItem(style, text);

    public void ChangeItem(PlanSection section, SectionItem item, ItemStyle style, string text)
    {
        Edit(_sections, section);
        OwnedItem(section, item).Change(style, text);
    }

    public void RemoveItem(PlanSection section, SectionItem item) => Edit(_sections, section).RemoveItem(OwnedItem(section, item));

    public void MoveItem(PlanSection section, SectionItem item, int newPosition) =>
        Edit(_sections, section).MoveItem(OwnedItem(section, item), newPosition);

    /// <summary>The first section of a kind, where its structured part is printed.</summary>
    public PlanSection? SectionOf(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>Whether every ordered list of the plan is numbered 0, 1, 2… without gaps.</summary>
    public bool PositionsAreContiguous =>
        Positions.AreContiguous(_legalBases) && Positions.AreContiguous(_sections) && _sections.All(s => s.ItemsAreContiguous)
        && Positions.AreContiguous(_kpis) && Positions.AreContiguous(_tasks) && Positions.AreContiguous(_reportingDeadlines)
        && Positions.AreContiguous(_budgetLines) && Positions.AreContiguous(_responsibilities) && Positions.AreContiguous(_recipients);

    private static SectionItem OwnedItem(PlanSection section, SectionItem item) =>
        section.Items.Contains(item) ? item : throw new DomainRuleException("Mục này không thuộc phần đã chọn.");

    /// <summary>Checks that the plan may change and owns <paramref name="item"/>, and marks the plan changed.</summary>
    private T Edit<T>(List<T> items, T item)
    {
        EnsureEditable();
        if (!items.Contains(item))
        {
            throw new DomainRuleException("Mục này không thuộc kế hoạch.");
        }

        Touch();
        return item;
    }

    private void Remove<T>(List<T> items, T item)
        where T : IPositioned
    {
        Positions.Remove(items, Edit(items, item));
    }

    private void Move<T>(List<T> items, T item, int newPosition)
        where T : IPositioned
    {
        Positions.Move(items, Edit(items, item), newPosition);
    }
}
