using System.Globalization;
using CchcPlanner.Common;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Reviews;
using CchcPlanner.Web.Plans.Editing;

namespace CchcPlanner.Web.Plans.Review;

/// <summary>A place a comment can point at, as the place picker lists it: <c>Chỉ tiêu 3 – Tỷ lệ hồ sơ…</c>.</summary>
public sealed record PlaceOption(string Key, CommentPlace Place, string Text);

/// <summary>
/// The places of a plan a comment can point at, read from the plan's structure (rows not saved yet have no id and
/// cannot be commented on), and the part of the editor each place is shown in.
/// </summary>
public static class CommentPlaces
{
    private const int ShortLength = 70;

    public static IReadOnlyList<PlaceOption> Of(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var places = new List<PlaceOption>
        {
            Fixed(PlanPart.WholePlan, "Toàn bộ kế hoạch"),
            Fixed(PlanPart.Header, "Thông tin chung"),
        };
        places.AddRange(Rows(PlanPart.LegalBasis, "Căn cứ pháp lý", draft.LegalBases, b => b.Id, b => b.CitationText));
        places.Add(Fixed(PlanPart.LeadIn, "Lời mở đầu"));
        for (var s = 0; s < draft.Sections.Count; s++)
        {
            var section = draft.Sections[s];
            var number = RomanNumerals.Of(s + 1);
            if (section.Id != 0)
            {
                places.Add(Option(PlanPart.Section, section.Id, $"Mục {number}", section.Heading));
            }

            places.AddRange(section.Items.Select((item, i) => (item, i)).Where(x => x.item.Id != 0)
                .Select(x => Option(PlanPart.SectionItem, x.item.Id, $"Mục {number}, đoạn {Ordinal(x.i)}", x.item.Text)));
        }

        places.AddRange(Rows(PlanPart.Kpi, "Chỉ tiêu", draft.Kpis, k => k.Id, k => k.Text));
        places.AddRange(Rows(PlanPart.Task, "Nhiệm vụ", draft.Tasks, t => t.Id, t => t.Content));
        places.AddRange(Rows(PlanPart.ReportingDeadline, "Chế độ báo cáo", draft.ReportingDeadlines, d => d.Id, d => d.Name));
        places.AddRange(Rows(PlanPart.BudgetLine, "Kinh phí", draft.BudgetLines, l => l.Id, l => l.Content));
        places.AddRange(Rows(PlanPart.Responsibility, "Tổ chức thực hiện", draft.Responsibilities, r => r.Id, r => r.Party));
        places.AddRange(Rows(PlanPart.Recipient, "Nơi nhận", draft.Recipients, r => r.Id, r => r.Name));
        places.Add(Fixed(PlanPart.Closing, "Đoạn kết"));
        places.Add(Fixed(PlanPart.Signature, "Chữ ký"));
        return places;
    }

    /// <summary>The part of the editor where a comment on <paramref name="part"/> is shown; null for the whole plan (shown everywhere).</summary>
    public static EditorPart? EditorPartOf(PlanPart part) => part switch
    {
        PlanPart.Header => EditorPart.Header,
        PlanPart.LeadIn or PlanPart.Closing => EditorPart.Texts,
        PlanPart.LegalBasis => EditorPart.LegalBases,
        PlanPart.Section or PlanPart.SectionItem => EditorPart.Sections,
        PlanPart.Kpi => EditorPart.Kpis,
        PlanPart.Task => EditorPart.Tasks,
        PlanPart.ReportingDeadline => EditorPart.Reporting,
        PlanPart.BudgetLine => EditorPart.Budget,
        PlanPart.Responsibility => EditorPart.Responsibilities,
        PlanPart.Recipient => EditorPart.Recipients,
        PlanPart.Signature => EditorPart.Signature,
        _ => null,
    };

    /// <summary>Whether a comment on <paramref name="part"/> belongs beside <paramref name="shown"/> (null: every part).</summary>
    public static bool Belongs(PlanPart part, EditorPart? shown) =>
        shown is null || part == PlanPart.WholePlan || EditorPartOf(part) == shown;

    private static PlaceOption Fixed(PlanPart part, string text) => new(Key(part, null), new CommentPlace(part), text);

    private static IEnumerable<PlaceOption> Rows<T>(PlanPart part, string name, IEnumerable<T> rows, Func<T, int> id, Func<T, string?> text) =>
        rows.Select((row, i) => (row, i)).Where(x => id(x.row) != 0)
            .Select(x => Option(part, id(x.row), $"{name} {Ordinal(x.i)}", text(x.row)));

    private static PlaceOption Option(PlanPart part, int id, string label, string? text) =>
        new(Key(part, id), new CommentPlace(part, id), string.IsNullOrWhiteSpace(text) ? label : $"{label} – {Short(text)}");

    private static string Key(PlanPart part, int? id) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)part}:{id}");

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= ShortLength ? line : string.Concat(line.AsSpan(0, ShortLength - 1), "…");
    }
}
