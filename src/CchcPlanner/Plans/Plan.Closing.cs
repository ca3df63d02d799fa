using CchcPlanner.Common;

namespace CchcPlanner.Plans;

/// <summary>Reporting deadlines, budget, responsibilities and recipients.</summary>
public sealed partial class Plan
{
    private readonly List<ReportingDeadline> _reportingDeadlines = [];
    private readonly List<BudgetLine> _budgetLines = [];
    private readonly List<Responsibility> _responsibilities = [];
    private readonly List<Recipient> _recipients = [];

    public IReadOnlyList<ReportingDeadline> ReportingDeadlines => Positions.Ordered(_reportingDeadlines);

    public IReadOnlyList<BudgetLine> BudgetLines => Positions.Ordered(_budgetLines);

    public IReadOnlyList<Responsibility> Responsibilities => Positions.Ordered(_responsibilities);

    public IReadOnlyList<Recipient> Recipients => Positions.Ordered(_recipients);

    public ReportingDeadline AddReportingDeadline(string name, ReportingPeriod period, DateOnly dueOn, string receivingUnit)
    {
        EnsureEditable();
        Touch();
        return Positions.Append(_reportingDeadlines, new ReportingDeadline(name, period, dueOn, receivingUnit));
    }

    public void ChangeReportingDeadline(ReportingDeadline deadline, string name, ReportingPeriod period, DateOnly dueOn, string receivingUnit) =>
        Edit(_reportingDeadlines, deadline).Change(name, period, dueOn, receivingUnit);

    public void RemoveReportingDeadline(ReportingDeadline deadline) => Remove(_reportingDeadlines, deadline);

    public void MoveReportingDeadline(ReportingDeadline deadline, int newPosition) => Move(_reportingDeadlines, deadline, newPosition);

    public BudgetLine AddBudgetLine(string content, decimal? amount, string? fundingSource)
    {
        EnsureEditable();
        Touch();
        return Positions.Append(_budgetLines, new BudgetLine(content, amount, fundingSource));
    }

    public void ChangeBudgetLine(BudgetLine line, string content, decimal? amount, string? fundingSource) =>
        Edit(_budgetLines, line).Change(content, amount, fundingSource);

    public void RemoveBudgetLine(BudgetLine line) => Remove(_budgetLines, line);

    public void MoveBudgetLine(BudgetLine line, int newPosition) => Move(_budgetLines, line, newPosition);

    public Responsibility AddResponsibility(string? party, string duties)
    {
        EnsureEditable();
        Touch();
        return Positions.Append(_responsibilities, new Responsibility(party, duties));
    }

    public void ChangeResponsibility(Responsibility responsibility, string? party, string duties) =>
        Edit(_responsibilities, responsibility).Change(party, duties);

    public void RemoveResponsibility(Responsibility responsibility) => Remove(_responsibilities, responsibility);

    public void MoveResponsibility(Responsibility responsibility, int newPosition) => Move(_responsibilities, responsibility, newPosition);

    public Recipient AddRecipient(string name, string? purpose = null)
    {
        EnsureEditable();
        Touch();
        return Positions.Append(_recipients, new Recipient(name, purpose));
    }

    public void ChangeRecipient(Recipient recipient, string name, string? purpose) => Edit(_recipients, recipient).Change(name, purpose);

    public void RemoveRecipient(Recipient recipient) => Remove(_recipients, recipient);

    public void MoveRecipient(Recipient recipient, int newPosition) => Move(_recipients, recipient, newPosition);
}
