using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// <c>TỔ CHỨC THỰC HIỆN</c>: each numbered line names a party (<c>2. Phòng Nội vụ</c>, also <c>2. Phòng Nội vụ: chủ trì …</c>)
/// and the lines under it are its duties; duties before any party are the unit's own (party null). A paragraph before
/// the first party, when there are parties, is the section's text.
/// </summary>
internal static class ResponsibilityReader
{
    private const int MaxPartyWords = 14;

    public static List<ItemJson> Read(IReadOnlyList<MarkedLine> body, PlanParts parts)
    {
        var items = new List<ItemJson>();
        var hasParties = body.Any(l => l.Mark == LineMark.Number);
        string? party = null;
        var duties = new List<string>();
        var started = false;
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.Mark == LineMark.Number)
            {
                Flush();
                var (name, duty) = Party(line.Text);
                (party, started) = (name, true);
                if (duty is not null)
                {
                    duties.Add(duty);
                }

                continue;
            }

            if (!started && hasParties && line.Mark == LineMark.Plain)
            {
                items.Add(ItemReader.Item(body, i));
                continue;
            }

            duties.Add(line.Mark is LineMark.Letter or LineMark.Plain ? line.Source.Text : line.Text);
        }

        Flush();
        return items;

        void Flush()
        {
            // A party without duties has nothing to carry out: it is read as a sub-heading of the section.
            if (duties.Count > 0)
            {
                parts.Responsibilities.Add(new ResponsibilityJson(party, duties.ToList()));
            }
            else if (party is not null)
            {
                items.Add(ItemReader.Of(Plans.ItemStyle.Heading, party));
            }

            duties.Clear();
            party = null;
        }
    }

    /// <summary>The party, and the duty written on its line after a colon when the part before it is short.</summary>
    private static (string Party, string? Duty) Party(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < text.Length - 1 && text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxPartyWords)
        {
            return (text[..colon].Trim(), text[(colon + 1)..].Trim());
        }

        return (text.TrimEnd(':', ' '), null);
    }
}
