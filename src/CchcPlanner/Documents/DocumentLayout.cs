using CchcPlanner.Common;
using Microsoft.Extensions.Configuration;

namespace CchcPlanner.Documents;

/// <summary>
/// Page and text settings of printed documents, held within the ranges of Nghị định 30/2020/NĐ-CP, Phụ lục I:
/// margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body text 13–14 pt; line spacing single to 1.5.
/// </summary>
public sealed record DocumentLayout
{
    public DocumentLayout(decimal topMm = 20, decimal bottomMm = 20, decimal leftMm = 30, decimal rightMm = 15, int bodyPt = 14, decimal lineSpacing = 1.0m)
    {
        TopMm = InRange(topMm, 20, 25, "Lề trên");
        BottomMm = InRange(bottomMm, 20, 25, "Lề dưới");
        LeftMm = InRange(leftMm, 30, 35, "Lề trái");
        RightMm = InRange(rightMm, 15, 20, "Lề phải");
        BodyPt = (int)InRange(bodyPt, 13, 14, "Cỡ chữ nội dung");
        LineSpacing = InRange(lineSpacing, 1.0m, 1.5m, "Giãn dòng");
    }

    public const string Section = "Documents";

    public static DocumentLayout Default { get; } = new();

    /// <summary>
    /// The layout from the <c>Documents</c> settings (<c>TopMm</c>, <c>BottomMm</c>, <c>LeftMm</c>, <c>RightMm</c>,
    /// <c>BodyPt</c>, <c>LineSpacing</c>); a value outside the decree's ranges is refused with the Vietnamese reason.
    /// </summary>
    public static DocumentLayout From(IConfiguration section)
    {
        var d = Default;
        decimal Get(string key, decimal fallback) => section.GetValue(key, fallback);
        try
        {
            return new DocumentLayout(
                Get(nameof(TopMm), d.TopMm), Get(nameof(BottomMm), d.BottomMm), Get(nameof(LeftMm), d.LeftMm),
                Get(nameof(RightMm), d.RightMm), (int)Get(nameof(BodyPt), d.BodyPt), Get(nameof(LineSpacing), d.LineSpacing));
        }
        catch (DomainRuleException e)
        {
            throw new SettingsException($"{Section}: {e.Message}", e);
        }
    }

    public decimal TopMm { get; }

    public decimal BottomMm { get; }

    public decimal LeftMm { get; }

    public decimal RightMm { get; }

    public int BodyPt { get; }

    public decimal LineSpacing { get; }

    /// <summary>The writing width of a portrait A4 page.</summary>
    public decimal TextWidthMm => 210 - LeftMm - RightMm;

    private static decimal InRange(decimal value, decimal min, decimal max, string name) =>
        value < min || value > max
            ? throw new DomainRuleException(string.Create(VietnameseText.Culture, $"{name} phải nằm trong khoảng {min}–{max} theo Nghị định 30/2020/NĐ-CP."))
            : value;
}
