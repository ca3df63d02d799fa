using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// The free text of a section: <c>1.</c> and <c>1.1.</c> are sub-headings (printed renumbered), <c>a)</c> a sub-heading
/// when it heads a list and a paragraph that keeps its letter otherwise, <c>-</c> a bullet, <c>+</c> a sub-bullet, the
/// rest paragraphs.
/// </summary>
internal static class ItemReader
{
    public static List<ItemJson> Read(IReadOnlyList<MarkedLine> body)
    {
        var items = new List<ItemJson>(body.Count);
        for (var i = 0; i < body.Count; i++)
        {
            items.Add(Item(body, i));
        }

        return items;
    }

    public static ItemJson Item(IReadOnlyList<MarkedLine> body, int i)
    {
        var line = body[i];
        return line.Mark switch
        {
            LineMark.Number => Of(ItemStyle.Heading, line.Text),
            LineMark.Letter when line.ReadsAsHeading && HeadsList(body, i) => Of(ItemStyle.Heading, line.Text),
            LineMark.Dash => Of(ItemStyle.Bullet, line.Text),
            LineMark.Plus => Of(ItemStyle.SubBullet, line.Text),
            _ => Of(ItemStyle.Paragraph, line.Source.Text),
        };
    }

    /// <summary>Whether the next line is an item of a list under this one.</summary>
    public static bool HeadsList(IReadOnlyList<MarkedLine> body, int i) =>
        i + 1 < body.Count && body[i + 1].Mark is LineMark.Dash or LineMark.Plus;

    public static ItemJson Of(ItemStyle style, string text) => new(PlanJsonWriter.Name(style), text);
}
