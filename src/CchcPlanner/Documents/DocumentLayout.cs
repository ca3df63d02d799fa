using CchcPlanner.Common;

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

    public static DocumentLayout Default { get; } = new();

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
            ? throw new DomainRuleException($"{name} phải nằm trong khoảng {min}–{max} theo Nghị định 30/2020/NĐ-CP.")
            : value;
}
