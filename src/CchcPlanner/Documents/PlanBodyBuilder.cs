using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Documents;

/// <summary>
/// The numbered body: lead-in, each section (<c>I.</c>, <c>II.</c> …) with its free items and, by its kind, the
/// structured part in its usual place, then the closing paragraph. Sub-headings are numbered <c>1.</c>, <c>2.</c> …
/// across a section's items and its structured groups, as a typist would.
/// </summary>
internal static class PlanBodyBuilder
{
    public const string AnnexNote = "(Có phụ lục các nhiệm vụ, sản phẩm thực hiện kế hoạch kèm theo)";

    public static IReadOnlyList<DocumentBlock> Build(Plan plan)
    {
        var blocks = new List<DocumentBlock>();
        if (plan.LeadIn.Length > 0)
        {
            blocks.Add(Paragraph(plan.LeadIn));
        }

        var sections = plan.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var numbering = new Numbering();
            blocks.Add(new DocumentBlock(BlockStyle.SectionHeading, $"{RomanNumerals.Of(i + 1)}. {section.Heading}"));
            blocks.AddRange(section.Items.Select(item => Item(item, numbering)));
            blocks.AddRange(section.Kind switch
            {
                SectionKind.Kpis when plan.IsReport => ReportBodyBuilder.Kpis(plan.Report),
                SectionKind.Tasks when plan.IsReport => ReportBodyBuilder.Tasks(plan.Report, numbering),
                SectionKind.Kpis => Kpis(plan, numbering),
                SectionKind.Tasks => plan.TasksInAnnex ? [new DocumentBlock(BlockStyle.Note, AnnexNote)] : Tasks(plan, numbering),
                SectionKind.Reporting => plan.ReportingDeadlines.Select(Deadline),
                SectionKind.Budget => plan.BudgetLines.Select(BudgetLine),
                SectionKind.Responsibilities => Responsibilities(plan, numbering),
                _ => [],
            });
        }

        if (plan.Closing.Length > 0)
        {
            blocks.Add(Paragraph(plan.Closing));
        }

        return blocks;
    }

    private static DocumentBlock Item(SectionItem item, Numbering numbering) => item.Style switch
    {
        ItemStyle.Heading => numbering.Heading(item.Text),
        ItemStyle.Bullet => Paragraph($"- {item.Text}"),
        ItemStyle.SubBullet => Paragraph($"+ {item.Text}"),
        _ => Paragraph(item.Text),
    };

    /// <summary>KPIs under their group headings in order; a KPI without a group is a numbered item of its own.</summary>
    private static IEnumerable<DocumentBlock> Kpis(Plan plan, Numbering numbering)
    {
        string? group = null;
        foreach (var kpi in plan.Kpis)
        {
            if (kpi.Group is null)
            {
                group = null;
                yield return Paragraph($"{numbering.Next()}. {kpi.Text}");
                continue;
            }

            if (kpi.Group != group)
            {
                group = kpi.Group;
                yield return numbering.Heading(group);
            }

            yield return Paragraph($"- {kpi.Text}");
        }
    }

    private static IEnumerable<DocumentBlock> Tasks(Plan plan, Numbering numbering)
    {
        string? group = null;
        foreach (var task in plan.Tasks)
        {
            if (task.Group != group)
            {
                group = task.Group;
                yield return numbering.Heading(group);
            }

            yield return Paragraph($"- {task.Content}{Assignment(task)}");
            foreach (var line in Lines(task.Details))
            {
                yield return Paragraph($"+ {line}");
            }
        }
    }

    /// <summary>Who leads, when and what, when the plan says so: <c> (Chủ trì: …; thời gian: …; sản phẩm: …)</c>.</summary>
    private static string Assignment(PlanTask task)
    {
        var parts = new List<string>();
        if (task.LeadUnit is not null)
        {
            parts.Add($"Chủ trì: {task.LeadUnit}");
        }

        if (task.CoordinatingUnits is not null)
        {
            parts.Add($"phối hợp: {task.CoordinatingUnits}");
        }

        if (task.Timeline.Kind != TimelineKind.Unspecified)
        {
            parts.Add($"thời gian: {Lower(task.Timeline.ToString())}");
        }

        if (task.Product is not null)
        {
            parts.Add($"sản phẩm: {task.Product}");
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join("; ", parts)})";
    }

    private static DocumentBlock Deadline(ReportingDeadline deadline) =>
        Paragraph($"- {deadline.Name}: gửi {deadline.ReceivingUnit} trước ngày {VietnameseDates.Citation(deadline.DueOn)}.");

    private static DocumentBlock BudgetLine(BudgetLine line)
    {
        var amount = line.Amount is { } a ? $": {a.ToString("N0", VietnameseText.Culture)} đồng" : string.Empty;
        var source = line.FundingSource is null ? string.Empty : $" (nguồn: {line.FundingSource})";
        return Paragraph($"- {line.Content}{amount}{source}.".Replace("..", ".", StringComparison.Ordinal));
    }

    /// <summary>A party's duties under its numbered name; one duty reads as a paragraph, several as a list.</summary>
    private static IEnumerable<DocumentBlock> Responsibilities(Plan plan, Numbering numbering)
    {
        foreach (var responsibility in plan.Responsibilities)
        {
            var duties = responsibility.DutyLines;
            if (responsibility.Party is not null)
            {
                yield return numbering.Heading(responsibility.Party);
            }

            foreach (var duty in duties)
            {
                yield return Paragraph(duties.Count == 1 && responsibility.Party is not null ? duty : $"- {duty}");
            }
        }
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('+', '-', ' '))
            .Where(l => l.Length > 0);

    private static string Lower(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static DocumentBlock Paragraph(string text) => new(BlockStyle.Paragraph, text);

    /// <summary>The running <c>1.</c>, <c>2.</c> … of a section.</summary>
    internal sealed class Numbering
    {
        private int current;

        public int Next() => ++current;

        public DocumentBlock Heading(string text) => new(BlockStyle.SubHeading, $"{Next()}. {text}");
    }
}
