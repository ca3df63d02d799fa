using System.Text.RegularExpressions;
using CchcPlanner.Common;

namespace CchcPlanner.Import;

/// <summary>Who leads a task, with whom, when and what it produces, as the text states it.</summary>
internal sealed record Assignment(string? Lead, string? Coordinating, string? Timeline, string? Product)
{
    public static readonly Assignment None = new(null, null, null, null);

    public bool IsEmpty => Lead is null && Coordinating is null && Timeline is null && Product is null;

    public Assignment With(Assignment other) => new(Lead ?? other.Lead, Coordinating ?? other.Coordinating, Timeline ?? other.Timeline, Product ?? other.Product);
}

/// <summary>
/// Reads a task's assignment from its text: a closing bracket <c>(Chủ trì: Phòng Nội vụ; phối hợp: …; thời gian: Quý II;
/// sản phẩm: …)</c>, as CchcPlanner prints it, or a detail line <c>+ Chủ trì: …</c>.
/// </summary>
internal static partial class TaskAssignment
{
    /// <summary>The content without its assignment bracket, and the assignment.</summary>
    public static (string Content, Assignment Assignment) Split(string text)
    {
        var bracket = Bracket().Match(text);
        if (!bracket.Success)
        {
            return (text, Assignment.None);
        }

        var assignment = Fields(bracket.Groups["fields"].Value);
        return assignment.IsEmpty ? (text, Assignment.None) : (text[..bracket.Index].TrimEnd(), assignment);
    }

    /// <summary>The assignment stated by a detail line, or null when the line is a detail.</summary>
    public static Assignment? Line(string text)
    {
        var assignment = Fields(text);
        return assignment.IsEmpty || Key(text.Split(':', 2)[0]) is null ? null : assignment;
    }

    private static Assignment Fields(string text)
    {
        string? lead = null, coordinating = null, timeline = null, product = null;
        foreach (var field in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = field.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || parts[1].Length == 0)
            {
                continue;
            }

            var value = parts[1].TrimEnd('.', ';');
            switch (Key(parts[0]))
            {
                case TaskColumn.Lead:
                    lead ??= value;
                    break;
                case TaskColumn.Coordinating:
                    coordinating ??= value;
                    break;
                case TaskColumn.Timeline:
                    timeline ??= value;
                    break;
                case TaskColumn.Product:
                    product ??= value;
                    break;
            }
        }

        return new Assignment(lead, coordinating, timeline, product);
    }

    private static TaskColumn? Key(string key)
    {
        var folded = VietnameseText.Fold(key).Trim();
        return folded switch
        {
            "chu tri" or "don vi chu tri" or "co quan chu tri" or "bo phan chu tri" or "nguoi chu tri" or "chu tri thuc hien" => TaskColumn.Lead,
            "phoi hop" or "don vi phoi hop" or "co quan phoi hop" or "bo phan phoi hop" => TaskColumn.Coordinating,
            "thoi gian" or "thoi han" or "tien do" or "thoi gian thuc hien" or "thoi gian hoan thanh" => TaskColumn.Timeline,
            "san pham" or "ket qua" or "san pham dau ra" => TaskColumn.Product,
            _ => null,
        };
    }

    /// <summary>A bracket at the end of the text whose first field names the lead, the timeline or the product.</summary>
    [GeneratedRegex(@"\s*\((?<fields>[^()]{3,600})\)\s*[.;]?\s*$")]
    private static partial Regex Bracket();
}
