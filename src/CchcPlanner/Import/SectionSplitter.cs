using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>A section as found: its heading (without the numeral) and its lines.</summary>
internal sealed record RawSection(string Heading, int Line, List<MarkedLine> Body);

/// <summary>
/// Splits the body at its Roman headings (<c>I.</c>, <c>II.</c> … in order; a Roman-looking line out of order and not in
/// capitals is text) and reads each section by its kind. A second section of a structured kind (two <c>CHỈ TIÊU</c>)
/// is read as free text, since a plan prints each structured part once.
/// </summary>
internal static class SectionSplitter
{
    public static List<RawSection> Split(IReadOnlyList<ImportLine> lines, int from, int to, string[] parts)
    {
        var sections = new List<RawSection>();
        var expected = 1;
        for (var i = from; i < to; i++)
        {
            var marked = LineMarks.Of(lines[i]);
            if (marked.Mark == LineMark.Roman && (marked.Roman == expected || marked.Roman > expected && LineMarks.IsUpper(marked.Text)))
            {
                var heading = VietnameseText.Upper(marked.Text.TrimEnd(':', '.', ' '));
                sections.Add(new RawSection(heading, i, []));
                expected = marked.Roman + 1;
            }
            else if (sections.Count > 0)
            {
                sections[^1].Body.Add(marked.Mark == LineMark.Roman ? marked with { Mark = LineMark.Plain, Text = lines[i].Text } : marked);
            }

            if (sections.Count > 0)
            {
                parts[i] = $"{RomanNumerals.Of(sections.Count)}. {sections[^1].Heading}";
            }
        }

        return sections;
    }

    public static List<SectionJson> Read(List<RawSection> sections, PlanParts plan)
    {
        var used = new HashSet<SectionKind>();
        var result = new List<SectionJson>(sections.Count);
        foreach (var section in sections)
        {
            var kind = SectionKinds.Of(section.Heading);
            if (kind == SectionKind.Free && section.Body.Any(l => l.Source.IsTableRow) && !used.Contains(SectionKind.Tasks))
            {
                kind = SectionKind.Tasks;
            }

            if (kind is not (SectionKind.Free or SectionKind.Objectives or SectionKind.Requirements) && !used.Add(kind))
            {
                plan.Warn(ImportWarningCodes.DuplicateSectionKind, $"Mục \"{section.Heading}\" trùng loại với một mục trước; được nhập như nội dung tự do.", section.Line);
                kind = SectionKind.Free;
            }

            var items = kind switch
            {
                SectionKind.Kpis => KpiReader.Read(section.Body, plan),
                SectionKind.Tasks => TaskReader.Read(section.Body, plan),
                SectionKind.Reporting => ReportingReader.Read(section.Body, plan),
                SectionKind.Budget => BudgetReader.Read(section.Body, plan),
                SectionKind.Responsibilities => ResponsibilityReader.Read(section.Body, plan),
                _ => ItemReader.Read(section.Body),
            };
            result.Add(new SectionJson(section.Heading, PlanJsonWriter.Name(kind), items));
        }

        return result;
    }
}
