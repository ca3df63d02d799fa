using CchcPlanner.Checks;

namespace CchcPlanner.Tests.Checks;

public sealed class HeaderChecksTests
{
    [Fact]
    public void MissingNumber_Draft_IsANoteForTheClerk()
    {
        var finding = Assert.Single(CheckPlans.Check(CheckPlans.Clean() with { Number = null, Status = "draft" }, CheckCodes.MissingNumber));

        Assert.Equal(FindingSeverity.Info, finding.Severity);
        Assert.Equal("header.number", finding.Subject);
        Assert.Equal("Số:      /KH-MNTH", finding.Quote);
    }

    [Theory]
    [InlineData("issued")]
    [InlineData("signed")]
    public void MissingNumber_IssuedPlan_IsAnError(string status)
    {
        var finding = Assert.Single(CheckPlans.Check(CheckPlans.Clean() with { Number = null, Status = status }, CheckCodes.MissingNumber));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("đã ban hành", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingNumber_ContextSaysIssued_OverridesTheDraftStatus()
    {
        var plan = CheckPlans.Clean() with { Number = "   /KH-SGDĐT", Symbol = null, Status = "draft" };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.MissingNumber, new CheckContext { Issued = true }));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("Số:      /KH-SGDĐT", finding.Quote);
    }

    [Fact]
    public void MissingDate_Draft_IsANote()
    {
        var finding = Assert.Single(CheckPlans.Check(CheckPlans.Clean() with { IssuedOn = null, Status = "draft" }, CheckCodes.MissingDate));

        Assert.Equal((FindingSeverity.Info, "header.issuedOn"), (finding.Severity, finding.Subject));
        Assert.Equal("Quận 1, ngày   tháng   năm 2023", finding.Quote);
    }

    [Fact]
    public void MissingDate_SignedPlan_IsAnError()
    {
        var finding = Assert.Single(CheckPlans.Check(CheckPlans.Clean() with { IssuedOn = null }, CheckCodes.MissingDate));

        Assert.Equal(FindingSeverity.Error, finding.Severity);
    }

    [Fact]
    public void HeaderChecks_NumberedAndDatedPlan_FindNothing()
    {
        Assert.DoesNotContain(CheckPlans.Check(CheckPlans.Clean()), f => f.Code is CheckCodes.MissingNumber or CheckCodes.MissingDate);
    }
}
