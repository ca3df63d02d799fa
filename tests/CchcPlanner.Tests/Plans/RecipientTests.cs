using System.Text;
using CchcPlanner.Common;

namespace CchcPlanner.Tests.Plans;

public sealed class RecipientTests
{
    [Theory]
    [InlineData("- Phòng Nội vụ Q1;", "Phòng Nội vụ Q1")]
    [InlineData("Phòng Nội vụ Q1", "Phòng Nội vụ Q1")]
    [InlineData("  -  Phòng GD&ĐT Q1 ; ", "Phòng GD&ĐT Q1")]
    [InlineData("- Lưu: VT.", "Lưu: VT")]
    public void AddRecipient_LineAsTyped_StripsDashAndFinalPunctuation(string typed, string expected)
    {
        var recipient = TestPlans.Draft().AddRecipient(typed);

        Assert.Equal(expected, recipient.Name);
    }

    [Fact]
    public void AddRecipient_DecomposedText_StoredNfc()
    {
        var recipient = TestPlans.Draft().AddRecipient("- Phòng Nội vụ Q1;".Normalize(NormalizationForm.FormD), " để b/c ");

        Assert.Equal("Phòng Nội vụ Q1", recipient.Name);
        Assert.Equal("để b/c", recipient.Purpose);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("- ;")]
    public void AddRecipient_NothingButPunctuation_Refused(string typed)
    {
        var plan = TestPlans.Draft();

        Assert.Throws<DomainRuleException>(() => plan.AddRecipient(typed));
        Assert.Empty(plan.Recipients);
    }

    [Theory]
    [InlineData("- Lưu: VT, Tổ VP.", true)]
    [InlineData("Phòng Nội vụ Q1", false)]
    public void IsFileCopy_LưuLine_Recognised(string typed, bool expected) =>
        Assert.Equal(expected, TestPlans.Draft().AddRecipient(typed).IsFileCopy);
}
