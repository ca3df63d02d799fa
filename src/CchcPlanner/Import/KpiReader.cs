using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// A KPI section (<c>CHỈ TIÊU</c>): a numbered line that heads a list is a group (<c>1. Về giải quyết hồ sơ TTHC</c>),
/// each <c>-</c> or <c>+</c> line under it a KPI of that group; a numbered line heading nothing is a KPI of its own
/// (<c>3. 100% các phản ánh, kiến nghị …</c>). A plain line is a KPI when it states a target (its list mark lost in
/// conversion), the section's free text otherwise.
/// </summary>
internal static class KpiReader
{
    public static List<ItemJson> Read(IReadOnlyList<MarkedLine> body, PlanParts parts)
    {
        var items = new List<ItemJson>();
        string? group = null;
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            switch (line.Mark)
            {
                case LineMark.Number or LineMark.Letter when HeadsGroup(body, i):
                    group = line.Text;
                    break;
                case LineMark.Number:
                    group = null;
                    Add(line, null, parts);
                    break;
                case LineMark.Letter or LineMark.Dash or LineMark.Plus:
                    Add(line, group, parts);
                    break;
                default:
                    if (KpiTargets.Read(line.Text).Comparator != Comparator.None)
                    {
                        Add(line, group, parts);
                    }
                    else
                    {
                        items.Add(ItemReader.Item(body, i));
                    }

                    break;
            }
        }

        return items;
    }

    /// <summary>A numbered line heads a group when list items, or a plain line with a target, follow it.</summary>
    private static bool HeadsGroup(IReadOnlyList<MarkedLine> body, int i) =>
        i + 1 < body.Count
        && (body[i + 1].Mark is LineMark.Dash or LineMark.Plus
            || body[i + 1].Mark == LineMark.Plain && !body[i + 1].Source.IsTableRow && KpiTargets.Read(body[i + 1].Text).Comparator != Comparator.None
               && KpiTargets.Read(body[i].Text).Comparator == Comparator.None);

    private static void Add(MarkedLine line, string? group, PlanParts parts)
    {
        var target = KpiTargets.Read(line.Text);
        if (target.Unit == "%" && target.Target > 100)
        {
            parts.Warn(ImportWarningCodes.KpiTargetOutOfRange, $"Chỉ tiêu \"{line.Text}\" có tỷ lệ trên 100%; chưa ghi giá trị mục tiêu.", line.Index);
            target = KpiTarget.None;
        }

        parts.Kpis.Add(new KpiJson(line.Text, PlanJsonWriter.Name(target.Comparator), target.Target, target.Unit, group));
    }
}
