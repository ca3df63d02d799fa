using CchcPlanner.Common;
using CchcPlanner.Identity;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Security;

namespace CchcPlanner.Tests.Overview;

public sealed class SubmissionDeadlineTests
{
    private static readonly CurrentUser Reviewer = new("r", "thamdinh@demo.vn", "Lê Văn Minh", 3, "Ủy ban nhân dân Quận 1", new HashSet<string> { Roles.Reviewer });
    private static readonly CurrentUser Other = new("o", "khac@demo.vn", "Nguyễn Văn Khác", 3, "Ủy ban nhân dân Quận 1", new HashSet<string> { Roles.Reviewer });
    private static readonly DateTimeOffset Monday = new(2023, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(2023, 12, 15)]
    [InlineData(2024, 1, 12)]
    [InlineData(2024, 12, 31)]
    public void New_DueAtTheEndOfThePreviousYearOrDuringTheYear_IsKept(int year, int month, int day)
    {
        var deadline = new SubmissionDeadline(3, 2024, PlanKind.AnnualCchc, new DateOnly(year, month, day), Reviewer, Monday);

        Assert.Equal((new DateOnly(year, month, day), "Lê Văn Minh", "r", Monday), (deadline.DueOn, deadline.SetBy, deadline.SetById, deadline.SetAt));
    }

    [Theory]
    [InlineData(2022, 12, 31)]
    [InlineData(2025, 1, 1)]
    public void New_DueOutsideThePlanYearAndTheOneBefore_IsRefusedInVietnamese(int year, int month, int day)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new SubmissionDeadline(3, 2024, PlanKind.AnnualCchc, new DateOnly(year, month, day), Reviewer, Monday));

        Assert.Equal("Hạn gửi kế hoạch năm 2024 phải thuộc năm 2023 hoặc năm 2024.", refused.Message);
    }

    [Fact]
    public void New_ImplausibleYear_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => new SubmissionDeadline(3, 1999, PlanKind.AnnualCchc, new DateOnly(1999, 1, 1), Reviewer, Monday));
    }

    [Fact]
    public void Move_ByAnotherReviewer_KeepsWhoMovedItLast()
    {
        var deadline = new SubmissionDeadline(3, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), Reviewer, Monday);

        deadline.Move(new DateOnly(2024, 1, 19), Other, Monday.AddDays(3));

        Assert.Equal((new DateOnly(2024, 1, 19), "Nguyễn Văn Khác", Monday.AddDays(3)), (deadline.DueOn, deadline.SetBy, deadline.SetAt));
    }

    [Fact]
    public void Move_OutsideTheYears_LeavesTheDeadlineAsItWas()
    {
        var deadline = new SubmissionDeadline(3, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), Reviewer, Monday);

        Assert.Throws<DomainRuleException>(() => deadline.Move(new DateOnly(2025, 2, 1), Other, Monday.AddDays(3)));

        Assert.Equal((new DateOnly(2024, 1, 12), "Lê Văn Minh"), (deadline.DueOn, deadline.SetBy));
    }
}
