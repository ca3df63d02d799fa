using CchcPlanner.Common;

namespace CchcPlanner.Plans;

/// <summary>A report the unit owes: <c>Báo cáo quý I: gửi trước ngày 01/3/2023 về Phòng Nội vụ</c>.</summary>
public sealed class ReportingDeadline : IPositioned
{
    private ReportingDeadline()
    {
        Name = ReceivingUnit = string.Empty;
    }

    internal ReportingDeadline(string name, ReportingPeriod period, DateOnly dueOn, string receivingUnit)
        : this()
    {
        Change(name, period, dueOn, receivingUnit);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    public string Name { get; private set; }

    public ReportingPeriod Period { get; private set; }

    public DateOnly DueOn { get; private set; }

    public string ReceivingUnit { get; private set; }

    internal void Change(string name, ReportingPeriod period, DateOnly dueOn, string receivingUnit)
    {
        var cleanName = VietnameseText.Required(name, "Tên báo cáo");
        var cleanReceivingUnit = VietnameseText.Required(receivingUnit, "Nơi nhận báo cáo");
        Name = cleanName;
        Period = period;
        DueOn = dueOn;
        ReceivingUnit = cleanReceivingUnit;
    }

    void IPositioned.SetPosition(int position) => Position = position;
}

/// <summary>A costed line of the plan's budget (kinh phí), beside the section's free text.</summary>
public sealed class BudgetLine : IPositioned
{
    private BudgetLine()
    {
        Content = string.Empty;
    }

    internal BudgetLine(string content, decimal? amount, string? fundingSource)
        : this()
    {
        Change(content, amount, fundingSource);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    public string Content { get; private set; }

    /// <summary>In đồng; null when the plan names a source but no amount.</summary>
    public decimal? Amount { get; private set; }

    public string? FundingSource { get; private set; }

    internal void Change(string content, decimal? amount, string? fundingSource)
    {
        if (amount < 0)
        {
            throw new DomainRuleException("Kinh phí không được âm.");
        }

        Content = VietnameseText.Required(content, "Nội dung kinh phí");
        Amount = amount;
        FundingSource = VietnameseText.CleanOrNull(fundingSource);
    }

    void IPositioned.SetPosition(int position) => Position = position;
}

/// <summary>Who does what in carrying out the plan (tổ chức thực hiện): a party and its duties.</summary>
public sealed class Responsibility : IPositioned
{
    private Responsibility()
    {
        Duties = string.Empty;
    }

    internal Responsibility(string? party, string duties)
        : this()
    {
        Change(party, duties);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    /// <summary><c>Phòng Nội vụ</c>; empty when the duties are the unit's own.</summary>
    public string? Party { get; private set; }

    /// <summary>One duty per line, printed as <c>- …</c>.</summary>
    public string Duties { get; private set; }

    /// <summary>The duties one per line, without the list marks a user may have typed (<c>-</c>, <c>–</c>, <c>•</c>).</summary>
    public IReadOnlyList<string> DutyLines =>
        Duties.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart(ListMarks).TrimStart())
            .Where(line => line.Length > 0)
            .ToList();

    /// <summary>Marks that open a list line in Word or a typed note.</summary>
    internal static readonly char[] ListMarks = ['-', '–', '—', '•', '+', ' '];

    internal void Change(string? party, string duties)
    {
        var cleanDuties = VietnameseText.Required(duties, "Nhiệm vụ được giao").Replace("\r", string.Empty, StringComparison.Ordinal);
        Party = VietnameseText.CleanOrNull(party);
        Duties = cleanDuties;
    }

    void IPositioned.SetPosition(int position) => Position = position;
}

/// <summary>One line of <c>Nơi nhận:</c>.</summary>
public sealed class Recipient : IPositioned
{
    private Recipient()
    {
        Name = string.Empty;
    }

    internal Recipient(string name, string? purpose)
        : this()
    {
        Change(name, purpose);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    /// <summary><c>Phòng Nội vụ Q1</c>, <c>Lưu: VT</c>.</summary>
    public string Name { get; private set; }

    /// <summary><c>để b/c</c>, <c>để t/h</c>; printed in brackets after the name.</summary>
    public string? Purpose { get; private set; }

    public bool IsFileCopy => Name.StartsWith("Lưu", StringComparison.Ordinal);

    internal void Change(string name, string? purpose)
    {
        // The bullet and final punctuation are printed by the document, so a line typed as "- …;" keeps only its text.
        Name = VietnameseText.Required(VietnameseText.Clean(name).TrimStart(Responsibility.ListMarks).TrimEnd(';', '.', ' '), "Nơi nhận");
        Purpose = VietnameseText.CleanOrNull(purpose);
    }

    void IPositioned.SetPosition(int position) => Position = position;
}
