using System.Globalization;
using System.Text.RegularExpressions;
using CchcPlanner.Checks;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Web.Plans.Editing;

namespace CchcPlanner.Web.Checks;

/// <summary>Where in the editor a finding's subject is: the part to open, the row to open in its grid, the field to focus.</summary>
public sealed record FindingPlace(EditorPart Part, object? Row, string? Field);

public static partial class FindingPlaces
{
    /// <summary>
    /// The place of <paramref name="subject"/> (<c>kpis[4]</c>, <c>sections[1].children[3]</c>, <c>header.number</c>) in
    /// <paramref name="draft"/>; null when it has none in the editor (the source text, the Word file).
    /// </summary>
    public static FindingPlace? Locate(string subject, PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(draft);
        var name = subject.Split('[', 2)[0];
        var indices = Index().Matches(subject).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var index = indices.Count > 0 ? indices[0] : -1;
        return name switch
        {
            Subjects.Number => new(EditorPart.Header, null, "plan-symbol"),
            Subjects.IssuedOn => new(EditorPart.Header, null, "plan-date"),
            Subjects.Title => new(EditorPart.Header, null, "plan-title"),
            Subjects.LegalBases => Row(EditorPart.LegalBases, draft.LegalBases, index),
            Subjects.LeadIn => new(EditorPart.Texts, null, "plan-lead-in"),
            Subjects.Closing => new(EditorPart.Texts, null, "plan-closing"),
            Subjects.Sections => new(EditorPart.Sections, null, SectionField(indices)),
            Subjects.Kpis => Row(EditorPart.Kpis, draft.Kpis, index),
            Subjects.Tasks => Row(EditorPart.Tasks, draft.Tasks, index),
            Subjects.ReportingDeadlines => Row(EditorPart.Reporting, draft.ReportingDeadlines, index),
            Subjects.Budget => Row(EditorPart.Budget, draft.BudgetLines, index),
            Subjects.Responsibilities => Row(EditorPart.Responsibilities, draft.Responsibilities, index),
            Subjects.Recipients => Row(EditorPart.Recipients, draft.Recipients, index),
            _ when name.StartsWith(Subjects.Signature, StringComparison.Ordinal) => new(EditorPart.Signature, null, "signature-title"),
            _ when name.StartsWith(Subjects.Header, StringComparison.Ordinal) => new(EditorPart.Header, null, null),
            _ => null,
        };
    }

    /// <summary>The CSS selector of a field named by <see cref="FindingPlace.Field"/> (Radzen puts the name on the input).</summary>
    public static string Selector(string field) => $"[name='{field}'], #{field}";

    /// <summary>The heading of <c>sections[i]</c>, or the paragraph of <c>sections[i].children[j]</c>, as <c>SectionCard</c> names them.</summary>
    private static string SectionField(List<int> indices) => indices.Count > 1
        ? string.Create(CultureInfo.InvariantCulture, $"section-{indices[0]}-item-{indices[1]}")
        : string.Create(CultureInfo.InvariantCulture, $"section-{(indices.Count > 0 ? indices[0] : 0)}-heading");

    private static FindingPlace Row<T>(EditorPart part, List<T> rows, int index) =>
        new(part, index >= 0 && index < rows.Count ? rows[index] : null, null);

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();
}
