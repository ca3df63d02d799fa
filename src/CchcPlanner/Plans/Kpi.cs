using CchcPlanner.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Plans;

/// <summary>How a KPI's result is compared with its target.</summary>
public enum Comparator
{
    /// <summary>No measurable target yet (a checker finding once submitted).</summary>
    None = 0,

    /// <summary><c>đạt từ 99% trở lên</c> (≥).</summary>
    AtLeast = 1,

    /// <summary><c>đạt 100%</c> (=).</summary>
    Exactly = 2,

    /// <summary><c>không quá</c> (≤).</summary>
    AtMost = 3,

    /// <summary><c>trên 86%</c> (&gt;).</summary>
    MoreThan = 4,

    /// <summary><c>dưới 5%</c> (&lt;).</summary>
    LessThan = 5,
}

/// <summary>A measurable target of the plan (chỉ tiêu), with the results recorded against it.</summary>
public sealed class Kpi : IPositioned
{
    private readonly List<KpiResult> _results = [];

    private Kpi()
    {
        Text = string.Empty;
    }

    internal Kpi(string text, Comparator comparator, decimal? target, string? unit, string? group)
        : this()
    {
        Change(text, comparator, target, unit, group);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    /// <summary>The sentence as printed: <c>Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt 100%</c>.</summary>
    public string Text { get; private set; }

    public Comparator Comparator { get; private set; }

    public decimal? Target { get; private set; }

    /// <summary><c>%</c>, <c>sản phẩm</c>, <c>lớp</c>…</summary>
    public string? Unit { get; private set; }

    /// <summary>The numbered heading the KPI is printed under (<c>Về giải quyết hồ sơ TTHC</c>), or none.</summary>
    public string? Group { get; private set; }

    /// <summary>The category of unit a parent plan assigns this KPI to, for units below to adopt.</summary>
    public UnitCategory? AssignedTo { get; private set; }

    public IReadOnlyList<KpiResult> Results => _results;

    public bool IsPercentage => Unit == "%";

    internal void Change(string text, Comparator comparator, decimal? target, string? unit, string? group)
    {
        var cleanUnit = VietnameseText.CleanOrNull(unit);
        if (target is null && comparator != Comparator.None)
        {
            throw new DomainRuleException("Chỉ tiêu có phép so sánh thì phải có giá trị mục tiêu.");
        }

        if (target is not null && comparator == Comparator.None)
        {
            throw new DomainRuleException("Chỉ tiêu có giá trị mục tiêu thì phải chọn phép so sánh (đạt, từ … trở lên, không quá…).");
        }

        if (cleanUnit == "%" && target is < 0 or > 100)
        {
            throw new DomainRuleException("Chỉ tiêu tính theo tỷ lệ phần trăm phải nằm trong khoảng từ 0 đến 100.");
        }

        if (target < 0)
        {
            throw new DomainRuleException("Giá trị mục tiêu không được âm.");
        }

        Text = VietnameseText.Required(text, "Nội dung chỉ tiêu");
        Comparator = comparator;
        Target = target;
        Unit = cleanUnit;
        Group = VietnameseText.CleanOrNull(group);
    }

    internal void AssignTo(UnitCategory? category) => AssignedTo = category;

    internal KpiResult RecordResult(ReportingPeriod period, decimal? value, string? note, string recordedBy, DateTimeOffset at)
    {
        if (IsPercentage && value is < 0 or > 100)
        {
            throw new DomainRuleException("Kết quả tính theo tỷ lệ phần trăm phải nằm trong khoảng từ 0 đến 100.");
        }

        var existing = _results.FirstOrDefault(r => r.Period == period);
        if (existing is not null)
        {
            existing.Change(value, note, recordedBy, at);
            return existing;
        }

        var result = new KpiResult(period, value, note, recordedBy, at);
        _results.Add(result);
        return result;
    }

    void IPositioned.SetPosition(int position) => Position = position;
}

/// <summary>The result of a KPI for one reporting period.</summary>
public sealed class KpiResult
{
    private KpiResult()
    {
        RecordedBy = string.Empty;
    }

    internal KpiResult(ReportingPeriod period, decimal? value, string? note, string recordedBy, DateTimeOffset at)
        : this()
    {
        Period = period;
        Change(value, note, recordedBy, at);
    }

    public int Id { get; private set; }

    public int KpiId { get; private set; }

    public ReportingPeriod Period { get; private set; }

    public decimal? Value { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Where the evidence file is stored, when one was attached.</summary>
    public string? EvidencePath { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal void Change(decimal? value, string? note, string recordedBy, DateTimeOffset at)
    {
        var cleanRecordedBy = VietnameseText.Required(recordedBy, "Người nhập");
        Value = value;
        Note = VietnameseText.CleanOrNull(note);
        RecordedBy = cleanRecordedBy;
        RecordedAt = at;
    }

    public void AttachEvidence(string path) => EvidencePath = VietnameseText.Required(path, "Tệp minh chứng");
}
