using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Plans;

/// <summary>
/// A plan (kế hoạch) of a unit: the aggregate root of everything printed in the document.
/// Each change goes through a method that checks the rules and gives the plan a new <see cref="Version"/>,
/// the optimistic-concurrency token that stops two editors from silently overwriting each other.
/// The parts live in <c>Plan.*.cs</c> files beside this one.
/// </summary>
public sealed partial class Plan
{
    private Plan()
    {
        Symbol = Place = Title = LeadIn = Closing = string.Empty;
    }

    public Plan(Unit unit, PlanKind kind, int year, string title)
        : this()
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
        UnitId = unit.Id;
        Kind = kind;
        Year = PlanYear.Validate(year);
        Title = VietnameseText.Required(title, "Trích yếu");
        Symbol = $"KH-{unit.Abbreviation}";
        Place = unit.PlaceName;
        Status = PlanStatus.Draft;
        Version = Guid.NewGuid();
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public Unit Unit { get; private set; } = null!;

    public PlanKind Kind { get; private set; }

    public int Year { get; private set; }

    /// <summary>The number in the unit's register; null until the clerk issues the plan.</summary>
    public int? Number { get; private set; }

    /// <summary>The symbol after the slash: <c>KH-MNTH</c>.</summary>
    public string Symbol { get; private set; }

    /// <summary>Place as printed before the date: <c>Quận 1</c>.</summary>
    public string Place { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>Trích yếu, printed under <c>KẾ HOẠCH</c>.</summary>
    public string Title { get; private set; }

    public string LeadIn { get; private set; }

    /// <summary>The closing paragraph (<c>Trên đây là Kế hoạch … ./.</c>).</summary>
    public string Closing { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>The plan of the body above that this plan carries out.</summary>
    public int? ParentPlanId { get; private set; }

    public Plan? ParentPlan { get; private set; }

    /// <summary>Whether tasks are printed as an annex table (Phụ lục) rather than in the body.</summary>
    public bool TasksInAnnex { get; private set; }

    public SignatureBlock? Signature { get; private set; }

    public Guid Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public bool IsEditable => Status is PlanStatus.Draft or PlanStatus.Returned;

    /// <summary><c>16/KH-MNTH</c>, <c>05/KH-MNTH</c>; blanks for the clerk when not numbered yet.</summary>
    public string NumberAndSymbol => PlanNumbers.Format(Number, Symbol);

    /// <summary>File name for downloads: <c>KH-16-MNTH-2023</c>.</summary>
    public string FileStem
    {
        get
        {
            var parts = Symbol.Split('-', 2);
            var number = Number?.ToString("00", CultureInfo.InvariantCulture) ?? "du-thao";
            var rest = parts.Length == 2 ? $"{parts[0]}-{number}-{parts[1]}" : $"{Symbol}-{number}";
            return $"{rest}-{Year.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    public void ChangeHeader(PlanKind kind, int year, string title, string place, DateOnly? issuedOn)
    {
        EnsureEditable();
        var validYear = PlanYear.Validate(year);
        var cleanTitle = VietnameseText.Required(title, "Trích yếu");
        var cleanPlace = VietnameseText.Required(place, "Địa danh");
        if (kind != Kind && (kind == PlanKind.Report || Kind == PlanKind.Report))
        {
            throw new DomainRuleException("Không thể đổi một kế hoạch thành báo cáo hay một báo cáo thành kế hoạch.");
        }

        Kind = kind;
        Year = validYear;
        Title = cleanTitle;
        Place = cleanPlace;
        IssuedOn = issuedOn;
        Touch();
    }

    public void ChangeSymbol(string symbol)
    {
        EnsureEditable();
        var clean = VietnameseText.Required(symbol, "Ký hiệu").Replace(" ", string.Empty, StringComparison.Ordinal);
        if (clean.Contains('/', StringComparison.Ordinal))
        {
            throw new DomainRuleException("Ký hiệu là phần sau dấu gạch chéo, ví dụ KH-MNTH.");
        }

        Symbol = clean;
        Touch();
    }

    public void ChangeLeadIn(string? leadIn)
    {
        EnsureEditable();
        LeadIn = VietnameseText.Clean(leadIn);
        Touch();
    }

    public void ChangeClosing(string? closing)
    {
        EnsureEditable();
        Closing = VietnameseText.Clean(closing);
        Touch();
    }

    public void PrintTasksInAnnex(bool inAnnex)
    {
        EnsureEditable();
        TasksInAnnex = inAnnex;
        Touch();
    }

    /// <summary>Sets the signature block; null removes it (a draft may not know its signer yet).</summary>
    public void Sign(SignatureBlock? signature)
    {
        EnsureEditable();
        Signature = signature;
        Touch();
    }

    /// <summary>Records that this plan carries out <paramref name="parent"/> (a plan of a unit above).</summary>
    public void Implement(Plan parent)
    {
        EnsureEditable();
        if (parent == this || parent.Id != 0 && parent.Id == Id)
        {
            throw new DomainRuleException("Kế hoạch không thể thực hiện chính nó.");
        }

        ParentPlan = parent;
        ParentPlanId = parent.Id == 0 ? null : parent.Id;
        Touch();
    }

    public void StopImplementing()
    {
        EnsureEditable();
        ParentPlan = null;
        ParentPlanId = null;
        Touch();
    }

    /// <summary>Names who made the change being saved, shown in lists as "last changed by".</summary>
    public void NoteEditor(string userName) => UpdatedBy = VietnameseText.Required(userName, "Người sửa");

    /// <summary>Called by persistence when the plan is saved.</summary>
    internal void Stamp(DateTimeOffset at, bool created)
    {
        if (created)
        {
            CreatedAt = at;
        }

        UpdatedAt = at;
    }

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainRuleException($"Kế hoạch đang ở trạng thái \"{Status.ToVietnamese()}\" nên không sửa được.");
        }
    }

    private void Touch() => Version = Guid.NewGuid();
}
