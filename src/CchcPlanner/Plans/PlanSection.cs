using CchcPlanner.Common;

namespace CchcPlanner.Plans;

/// <summary>What a body section holds besides its free text, and so where the structured parts are printed.</summary>
public enum SectionKind
{
    Free = 0,
    Objectives = 1,
    Requirements = 2,
    Kpis = 3,
    Tasks = 4,
    Reporting = 5,
    Budget = 6,
    Responsibilities = 7,
}

/// <summary>
/// A numbered part of the body (<c>I. MỤC TIÊU</c>): its heading, its free-text items, and, by its kind,
/// the structured part printed after them (KPIs, tasks, reporting deadlines, budget, responsibilities).
/// </summary>
public sealed class PlanSection : IPositioned
{
    private readonly List<SectionItem> _items = [];

    private PlanSection()
    {
        Heading = string.Empty;
    }

    internal PlanSection(SectionKind kind, string heading)
        : this()
    {
        Kind = kind;
        Rename(heading);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    public SectionKind Kind { get; private set; }

    /// <summary>Printed in upper case after its Roman numeral.</summary>
    public string Heading { get; private set; }

    public IReadOnlyList<SectionItem> Items => Positions.Ordered(_items);

    internal void Rename(string heading) => Heading = VietnameseText.Upper(VietnameseText.Required(heading, "Tiêu đề mục"));

    internal void ChangeKind(SectionKind kind) => Kind = kind;

    internal SectionItem AddItem(ItemStyle style, string text) => Positions.Append(_items, new SectionItem(style, text));

    internal void RemoveItem(SectionItem item) => Positions.Remove(_items, item);

    internal void MoveItem(SectionItem item, int newPosition) => Positions.Move(_items, item, newPosition);

    internal bool ItemsAreContiguous => Positions.AreContiguous(_items);

    void IPositioned.SetPosition(int position) => Position = position;
}

/// <summary>How a free-text item is printed.</summary>
public enum ItemStyle
{
    /// <summary>A numbered sub-heading: <c>1. Mục đích</c>.</summary>
    Heading = 0,

    /// <summary>A plain indented paragraph.</summary>
    Paragraph = 1,

    /// <summary><c>- …</c></summary>
    Bullet = 2,

    /// <summary><c>+ …</c></summary>
    SubBullet = 3,
}

public sealed class SectionItem : IPositioned
{
    private SectionItem()
    {
        Text = string.Empty;
    }

    internal SectionItem(ItemStyle style, string text)
        : this()
    {
        Change(style, text);
    }

    public int Id { get; private set; }

    public int PlanSectionId { get; private set; }

    public int Position { get; private set; }

    public ItemStyle Style { get; private set; }

    public string Text { get; private set; }

    internal void Change(ItemStyle style, string text)
    {
        Style = style;
        Text = VietnameseText.Required(text, "Nội dung");
    }

    void IPositioned.SetPosition(int position) => Position = position;
}
