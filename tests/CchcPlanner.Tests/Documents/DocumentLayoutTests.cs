using CchcPlanner.Common;
using CchcPlanner.Documents;
using Microsoft.Extensions.Configuration;

namespace CchcPlanner.Tests.Documents;

public sealed class DocumentLayoutTests
{
    [Fact]
    public void From_NoSettings_GivesTheDecreesDefaults()
    {
        var layout = DocumentLayout.From(Settings());

        Assert.Equal((20m, 20m, 30m, 15m, 14, 1.0m), (layout.TopMm, layout.BottomMm, layout.LeftMm, layout.RightMm, layout.BodyPt, layout.LineSpacing));
        Assert.Equal(165m, layout.TextWidthMm);
    }

    [Fact]
    public void From_SettingsWithinRanges_AreUsed()
    {
        var layout = DocumentLayout.From(Settings(("TopMm", "25"), ("LeftMm", "35"), ("RightMm", "20"), ("BodyPt", "13"), ("LineSpacing", "1.5")));

        Assert.Equal((25m, 35m, 20m, 13, 1.5m), (layout.TopMm, layout.LeftMm, layout.RightMm, layout.BodyPt, layout.LineSpacing));
    }

    [Theory]
    [InlineData("LeftMm", "25", "Lề trái phải nằm trong khoảng 30–35")]
    [InlineData("TopMm", "30", "Lề trên phải nằm trong khoảng 20–25")]
    [InlineData("BodyPt", "12", "Cỡ chữ nội dung phải nằm trong khoảng 13–14")]
    [InlineData("LineSpacing", "2", "Giãn dòng phải nằm trong khoảng 1,0–1,5")]
    public void From_SettingOutsideTheDecreesRange_IsRefusedWithTheReason(string key, string value, string expected)
    {
        var error = Assert.Throws<SettingsException>(() => DocumentLayout.From(Settings((key, value))));

        Assert.StartsWith($"Documents: {expected}", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
