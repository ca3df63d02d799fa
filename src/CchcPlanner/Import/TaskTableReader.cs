using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// Tasks from a table (the annex of CchcPlanner's documents, or a drafter's own): group rows (a Roman numeral and one
/// text across the row) set the group and its area; each other row is a task, the first line of its content cell the
/// task and the others its details, its lead, coordination, timeline and product from their columns.
/// </summary>
internal static class TaskTableReader
{
    public static void Read(SourceTable table, string? group, PlanParts parts)
    {
        if (TaskTable.Columns(table) is not { } layout)
        {
            return;
        }

        var (header, columns) = layout;
        var area = ReformAreas.Of(group) ?? ReformArea.Other;
        for (var r = header + 1; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = TaskTable.Cells(row, columns.Length);
            if (TaskTable.IsGroupRow(row, columns))
            {
                group = cells.Where((c, i) => c.Length > 0 && columns[i] != TaskColumn.Number).Select(c => c.Replace('\n', ' ')).FirstOrDefault()
                    ?? row.Select(c => c.Text).LastOrDefault(t => t.Length > 0 && LineMarks.RomanValue(t.TrimEnd('.')) == 0);
                area = ReformAreas.Of(group) ?? ReformArea.Other;
                continue;
            }

            var content = Column(cells, columns, TaskColumn.Content);
            if (content is null)
            {
                continue;
            }

            var lines = content.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(l => LineMarks.Of(new ImportLine(0, l, false, false)))
                .ToList();
            var details = lines.Skip(1).Select(l => l.Mark is LineMark.Dash or LineMark.Plus ? l.Text : l.Source.Text).ToList();
            var first = lines[0].Mark is LineMark.Dash or LineMark.Plus ? lines[0].Text : lines[0].Source.Text;
            var assignment = new Assignment(
                Column(cells, columns, TaskColumn.Lead), Column(cells, columns, TaskColumn.Coordinating),
                Column(cells, columns, TaskColumn.Timeline), Column(cells, columns, TaskColumn.Product));
            parts.Tasks.Add(Task(area, group, first, details.Count > 0 ? string.Join('\n', details) : null, assignment, null, parts));
        }
    }

    /// <summary>A task as <see cref="TaskJson"/>, its timeline read from its text (a warning when it cannot be).</summary>
    public static TaskJson Task(ReformArea area, string? group, string content, string? details, Assignment assignment, int? paragraph, PlanParts parts)
    {
        var timeline = TaskTimelines.Read(assignment.Timeline, parts.Year);
        if (timeline is null)
        {
            parts.Warn(
                ImportWarningCodes.TaskTimelineUnrecognised,
                $"Không hiểu thời gian thực hiện \"{assignment.Timeline}\" của nhiệm vụ \"{content}\"; hãy chọn lại (thường xuyên, một ngày, hoặc một quý).",
                paragraph);
            timeline = TimelineParts.Unspecified;
        }

        return new TaskJson(
            PlanJsonWriter.Name(area), group, content, details, assignment.Lead, assignment.Coordinating,
            timeline.Name, timeline.Due, timeline.Quarter, assignment.Product, PlanJsonWriter.Name(PlanTaskStatus.NotStarted));
    }

    private static string? Column(string[] cells, TaskColumn[] columns, TaskColumn wanted)
    {
        var index = Array.IndexOf(columns, wanted);
        return index >= 0 && cells[index].Trim() is { Length: > 0 } text ? text.Replace('\n', wanted == TaskColumn.Content ? '\n' : ' ') : null;
    }
}

/// <summary>The annex of tasks (Phụ lục) and the note that announces it.</summary>
internal static class Annex
{
    /// <summary><c>(Có phụ lục các nhiệm vụ, sản phẩm thực hiện kế hoạch kèm theo)</c>.</summary>
    public static bool IsNote(string text)
    {
        var folded = FoldedWords.Of(text);
        return text.Length < 200 && text.StartsWith('(') && FoldedWords.Find(folded, "phu luc") >= 0 && FoldedWords.Find(folded, "kem theo") >= 0;
    }

    /// <summary>The annex's own heading: <c>Phụ lục</c>, <c>PHỤ LỤC I</c>.</summary>
    public static bool IsLabel(string text) => text.Length < 40 && FoldedWords.Of(text).TrimStart().StartsWith("phu luc", StringComparison.Ordinal);
}
