using System.Globalization;
using System.Text.RegularExpressions;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Checks;

/// <summary>
/// Collects findings with where in their text they were found, and lists them in the order of the document:
/// header, title, legal bases, lead-in, each section with the structured part printed in it (KPIs, tasks, deadlines,
/// budget, responsibilities after the section's own paragraphs), closing, recipients, signature, then the source text
/// and the Word file. Within one place: by position in the text, then by the order of <see cref="CheckCatalogue"/>.
/// </summary>
internal sealed partial class FindingList
{
    private readonly List<(Finding Finding, int Offset)> _items = [];

    public void Add(string code, FindingSeverity severity, string message, string subject, string? quote = null, int offset = 0) =>
        _items.Add((new Finding(code, severity, message, subject, quote), offset));

    public IReadOnlyList<Finding> Ordered(PlanJson plan)
    {
        var order = new SubjectOrder(plan);
        return _items
            .Select((item, index) => (item, index, key: order.Key(item.Finding.Subject)))
            .OrderBy(x => x.key.Major).ThenBy(x => x.key.Section).ThenBy(x => x.key.Part).ThenBy(x => x.key.Index)
            .ThenBy(x => x.item.Offset).ThenBy(x => CheckCatalogue.Rank(x.item.Finding.Code)).ThenBy(x => x.index)
            .Select(x => x.item.Finding)
            .ToList();
    }

    private readonly record struct Key(int Major, int Section, int Part, int Index);

    private sealed partial class SubjectOrder(PlanJson plan)
    {
        private const int SectionsMajor = 5;

        /// <summary>The structured parts in the order they are printed when they share a section.</summary>
        private static readonly (string List, string Kind)[] Parts =
        [
            (Subjects.Kpis, "kpis"), (Subjects.Tasks, "tasks"), (Subjects.ReportingDeadlines, "reporting"),
            (Subjects.Budget, "budget"), (Subjects.Responsibilities, "responsibilities"),
        ];

        public Key Key(string subject)
        {
            var name = subject.Split('[', 2)[0];
            var indices = Index().Matches(subject).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            var first = indices.Count > 0 ? indices[0] : -1;
            switch (name)
            {
                case Subjects.Number: return new Key(0, 0, 0, 0);
                case Subjects.IssuedOn: return new Key(1, 0, 0, 0);
                case Subjects.Title: return new Key(3, 0, 0, 0);
                case Subjects.LegalBases: return new Key(4, 0, 0, first);
                case Subjects.LeadIn: return new Key(4, 1, 0, 0);
                case Subjects.Sections: return new Key(SectionsMajor, first, indices.Count > 1 ? 1 : 0, indices.Count > 1 ? indices[1] : 0);
                case Subjects.Closing: return new Key(6, 0, 0, 0);
                case Subjects.Recipients: return new Key(7, 0, 0, first);
                case Subjects.Signature: return new Key(8, 0, 0, 0);
                case Subjects.Text: return new Key(9, 0, 0, 0);
            }

            if (name.StartsWith(Subjects.Docx, StringComparison.Ordinal))
            {
                return new Key(10, name == Subjects.Docx + ".sections" ? 0 : 1, 0, Math.Max(first, 0));
            }

            if (name.StartsWith(Subjects.Header, StringComparison.Ordinal))
            {
                return new Key(2, 0, 0, 0);
            }

            var part = Array.FindIndex(Parts, p => p.List == name);
            if (part < 0)
            {
                return new Key(10, 0, 0, first);
            }

            var section = plan.Sections.ToList().FindIndex(s => s.Kind == Parts[part].Kind);
            return new Key(SectionsMajor, section < 0 ? int.MaxValue - 1 : section, 2 + part, first);
        }

        [GeneratedRegex(@"\[(\d+)\]")]
        private static partial Regex Index();
    }
}
