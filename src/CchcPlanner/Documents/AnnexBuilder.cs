using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Documents;

/// <summary>The task annex (Phụ lục): one row per task under its group, with lead, coordination, timeline and product.</summary>
internal static class AnnexBuilder
{
    public static readonly IReadOnlyList<string> Columns =
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"];

    public static DocumentAnnex Build(Plan plan)
    {
        var rows = new List<AnnexRow>();
        var groups = 0;
        var number = 0;
        string? group = null;
        foreach (var task in plan.Tasks)
        {
            if (task.Group != group)
            {
                group = task.Group;
                rows.Add(new AnnexRow(true, [RomanNumerals.Of(++groups), VietnameseText.Upper(group)]));
                number = 0;
            }

            var content = task.Details is null ? task.Content : $"{task.Content}\n{task.Details}";
            rows.Add(new AnnexRow(false,
                [$"{++number}", content, task.LeadUnit ?? string.Empty, task.CoordinatingUnits ?? string.Empty, task.Timeline.ToString(), task.Product ?? string.Empty]));
        }

        var date = plan.IssuedOn is { } d ? VietnameseDates.Citation(d) : $"     /     /{plan.Year}";
        return new DocumentAnnex(
            "Phụ lục",
            $"NHIỆM VỤ, SẢN PHẨM THỰC HIỆN KẾ HOẠCH {VietnameseText.Upper(plan.Title)}",
            $"(Kèm theo Kế hoạch số {plan.NumberAndSymbol.Trim()} ngày {date} của {plan.Unit.Name})",
            Columns,
            rows);
    }
}
