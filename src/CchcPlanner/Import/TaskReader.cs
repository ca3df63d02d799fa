using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// A tasks section (<c>NHIỆM VỤ</c>): numbered lines that head a list are groups, their reform area read from their
/// words (<see cref="ReformAreas"/>); each <c>-</c> line (or plain line) under them is a task, its <c>+</c> lines the
/// task's details. A short task with details of its own that opens with an area's words is of that area (<c>Tuyên
/// truyền, truyền thông về công tác CCHC</c> in a direction group). Paragraphs before the first group are the section's
/// text; task tables are read by their columns (<see cref="TaskTableReader"/>).
/// </summary>
internal static class TaskReader
{
    public static List<ItemJson> Read(IReadOnlyList<MarkedLine> body, PlanParts parts)
    {
        var items = new List<ItemJson>();
        var tasks = new TaskList(parts);
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (line.Source.IsTableRow)
            {
                var table = line.Source.Table!;
                while (i + 1 < body.Count && body[i + 1].Source.Table == table)
                {
                    i++;
                }

                tasks.Close();
                TaskTableReader.Read(table, tasks.Group, parts);
                continue;
            }

            switch (line.Mark)
            {
                case LineMark.Number when HeadsTasks(body, i, LineMark.Number):
                    tasks.StartGroup(line.Text, ReformAreas.Of(line.Text) ?? ReformArea.Other, topLevel: true);
                    break;
                case LineMark.Letter when HeadsTasks(body, i, LineMark.Letter):
                    tasks.StartGroup(line.Text, ReformAreas.Of(line.Text) ?? tasks.Area, topLevel: false);
                    break;
                case LineMark.Plus:
                    tasks.Detail(line);
                    break;
                case LineMark.Plain when !tasks.Started && !Annex.IsNote(line.Text):
                    items.Add(ItemReader.Item(body, i));
                    break;
                case LineMark.Plain when Annex.IsNote(line.Text):
                    break;
                default:
                    tasks.Add(line);
                    break;
            }
        }

        tasks.Close();
        return items;
    }

    /// <summary>A numbered line heads a group when what follows it is not another line of its own level or above.</summary>
    private static bool HeadsTasks(IReadOnlyList<MarkedLine> body, int i, LineMark level) =>
        i + 1 < body.Count && body[i + 1].Mark is not (LineMark.Number or LineMark.Roman)
        && !(level == LineMark.Letter && body[i + 1].Mark == LineMark.Letter);

    /// <summary>Tasks being read: the current group and area, and the task whose details are still coming.</summary>
    private sealed class TaskList(PlanParts parts)
    {
        private string? topGroup;
        private ReformArea topArea = ReformArea.Other;
        private MarkedLine? current;
        private readonly List<string> details = [];
        private Assignment assigned = Assignment.None;

        public string? Group { get; private set; }

        public ReformArea Area { get; private set; } = ReformArea.Other;

        /// <summary>Whether a group or a task has been seen: plain lines from then on are tasks.</summary>
        public bool Started { get; private set; }

        public void StartGroup(string heading, ReformArea area, bool topLevel)
        {
            Close();
            if (topLevel)
            {
                (topGroup, topArea) = (heading, area);
            }

            (Group, Area, Started) = (heading, area == ReformArea.Other && !topLevel ? topArea : area, true);
            if (topLevel)
            {
                Area = area;
            }
        }

        public void Add(MarkedLine line)
        {
            Close();
            (current, Started) = (line, true);
        }

        public void Detail(MarkedLine line)
        {
            if (current is null)
            {
                Add(line);
                return;
            }

            if (TaskAssignment.Line(line.Text) is { } assignment)
            {
                assigned = assigned.With(assignment);
                return;
            }

            details.Add(line.Text);
        }

        public void Close()
        {
            if (current is null)
            {
                return;
            }

            var (content, assignment) = TaskAssignment.Split(current.Text);
            assignment = assignment.With(assigned);
            var area = details.Count > 0 && content.Length <= 90 && !content.EndsWith('.') ? ReformAreas.Opening(content) ?? Area : Area;
            parts.Tasks.Add(TaskTableReader.Task(area, Group ?? topGroup, content, details.Count > 0 ? string.Join('\n', details) : null, assignment, current.Index, parts));
            (current, assigned) = (null, Assignment.None);
            details.Clear();
        }
    }
}
