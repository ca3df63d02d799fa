using CchcPlanner.Common;

namespace CchcPlanner.Plans;

/// <summary>
/// The states a plan passes through. The entity allows only the transitions of the workflow;
/// who may make them is decided where the user is known.
/// </summary>
public sealed partial class Plan
{
    public void Submit() => Transition(PlanStatus.Submitted, PlanStatus.Draft, PlanStatus.Returned);

    public void Return() => Transition(PlanStatus.Returned, PlanStatus.Submitted);

    public void Approve() => Transition(PlanStatus.Approved, PlanStatus.Submitted);

    /// <summary>The clerk gives the plan its number in the register and its date.</summary>
    public void Issue(int number, DateOnly issuedOn)
    {
        if (number < 1)
        {
            throw new DomainRuleException("Số văn bản phải là số nguyên dương.");
        }

        if (issuedOn.Year != Year && issuedOn.Year != Year - 1)
        {
            throw new DomainRuleException($"Ngày ban hành phải thuộc năm {Year} hoặc cuối năm trước đó.");
        }

        Transition(PlanStatus.Issued, PlanStatus.Approved);
        Number = number;
        IssuedOn = issuedOn;
    }

    public void MarkSigned() => Transition(PlanStatus.Signed, PlanStatus.Issued);

    private void Transition(PlanStatus to, params PlanStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new DomainRuleException(
                $"Không thể chuyển kế hoạch từ trạng thái \"{Status.ToVietnamese()}\" sang \"{to.ToVietnamese()}\".");
        }

        Status = to;
        Touch();
    }
}
