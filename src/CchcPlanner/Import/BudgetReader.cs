using System.Text.RegularExpressions;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// A budget section (<c>KINH PHÍ</c>): a line with an amount (<c>5.000.000 đồng</c>, <c>50 triệu đồng</c>, <c>1,5 tỷ đồng</c>)
/// or a bracketed source (<c>(nguồn: …)</c>) is a budget line; other lines (a source without an amount, as most plans
/// write it) stay the section's text.
/// </summary>
internal static partial class BudgetReader
{
    public static List<ItemJson> Read(IReadOnlyList<MarkedLine> body, PlanParts parts)
    {
        var items = new List<ItemJson>();
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.Mark is LineMark.Dash or LineMark.Plain && Line(line.Text) is { } budget)
            {
                parts.Budget.Add(budget);
            }
            else
            {
                items.Add(ItemReader.Item(body, i));
            }
        }

        return items;
    }

    public static BudgetLineJson? Line(string text)
    {
        var source = Source().Match(text);
        var amount = Amount().Match(text);
        if (!amount.Success && !source.Success)
        {
            return null;
        }

        decimal? value = null;
        var content = text;
        if (amount.Success && KpiTargets.ParseNumber(amount.Groups["n"].Value) is { } number)
        {
            var scale = amount.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "tỷ" => 1_000_000_000m,
                "triệu" => 1_000_000m,
                "nghìn" or "ngàn" => 1_000m,
                _ => 1m,
            };
            value = number * scale <= 1_000_000_000_000_000m ? number * scale : null;
            content = text[..amount.Index];
        }
        else if (source.Success)
        {
            content = text[..source.Index];
        }

        content = content.Trim().TrimEnd(':', ',', '-', ' ').Trim();
        if (content.EndsWith(" là", StringComparison.Ordinal))
        {
            content = content[..^3];
        }

        return content.Length == 0 ? null : new BudgetLineJson(content, value, source.Success ? source.Groups["s"].Value.Trim() : null);
    }

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*(?<scale>tỷ|triệu|nghìn|ngàn)?\s*(?:đồng|VNĐ|VND|đ)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\(\s*nguồn\s*:\s*(?<s>[^()]{1,300})\)", RegexOptions.IgnoreCase)]
    private static partial Regex Source();
}
