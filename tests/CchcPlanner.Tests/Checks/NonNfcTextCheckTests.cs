using System.Text;
using CchcPlanner.Checks;

namespace CchcPlanner.Tests.Checks;

public sealed class NonNfcTextCheckTests
{
    [Fact]
    public void NonNfcText_ImportedSourceInNfd_IsOneWarningOnTheText()
    {
        var source = "KẾ HOẠCH\nThực hiện công tác cải cách hành chính năm 2023".Normalize(NormalizationForm.FormD);

        var finding = Assert.Single(CheckPlans.Check(CheckPlans.Clean(), CheckCodes.NonNfcText, new CheckContext { SourceText = source }));

        Assert.Equal((FindingSeverity.Warning, "text"), (finding.Severity, finding.Subject));
        Assert.StartsWith("Tệp gốc có 11 từ gõ ở dạng Unicode tổ hợp (NFD)", finding.Message, StringComparison.Ordinal);
        Assert.Equal("KẾ", finding.Quote);
        Assert.True(finding.Quote!.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void NonNfcText_JsonTextInNfd_PointsAtItsPart()
    {
        var plan = CheckPlans.Clean() with { LeadIn = "Trường xây dựng kế hoạch như sau:".Normalize(NormalizationForm.FormD) };

        var finding = Assert.Single(CheckPlans.Check(plan, CheckCodes.NonNfcText));

        Assert.Equal(("leadIn", "Trường"), (finding.Subject, finding.Quote));
    }

    [Fact]
    public void NonNfcText_NfcSourceAndPlan_FindsNothing()
    {
        Assert.Empty(CheckPlans.Check(CheckPlans.Clean(), CheckCodes.NonNfcText, new CheckContext { SourceText = "Kế hoạch năm 2023" }));
    }
}
