using System.Globalization;
using CchcPlanner.Common;

namespace CchcPlanner.Plans.Editing;

/// <summary>One readable difference between two versions of a plan, by part: "Chỉ tiêu" · "thêm: Tỷ lệ …".</summary>
public sealed record PlanChange(string Part, string Description);

/// <summary>
/// What changed between two versions of a plan, in words a drafter or reviewer reads: fields that differ, parts added,
/// removed, changed or reordered. Used to explain a refused save and what changed between submissions
/// (<see cref="Reviews.SubmittedVersions"/>).
/// </summary>
public static class PlanDiff
{
    public static IReadOnlyList<PlanChange> Compare(PlanDraft before, PlanDraft after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<PlanChange>();
        void Field(string name, object? a, object? b)
        {
            var (x, y) = (Show(a), Show(b));
            if (x != y)
            {
                changes.Add(new PlanChange("Thông tin chung", $"{name}: \"{x}\" → \"{y}\""));
            }
        }

        Field("Loại kế hoạch", before.Kind.ToVietnamese(), after.Kind.ToVietnamese());
        Field("Năm", before.Year, after.Year);
        Field("Trích yếu", before.Title, after.Title);
        Field("Ký hiệu", before.Symbol, after.Symbol);
        Field("Địa danh", before.Place, after.Place);
        Field("Ngày ban hành", before.IssuedOn, after.IssuedOn);
        Field("Lời mở đầu", before.LeadIn, after.LeadIn);
        Field("Đoạn kết", before.Closing, after.Closing);
        Field("In nhiệm vụ ở phụ lục", before.TasksInAnnex ? "có" : "không", after.TasksInAnnex ? "có" : "không");
        Field("Chữ ký", Signature(before.Signature), Signature(after.Signature));

        Rows(changes, "Căn cứ pháp lý", before.LegalBases, after.LegalBases, b => b.Id, b => $"{b.Verb.ToVietnamese()} {b.CitationText}");
        Rows(changes, "Các phần nội dung", before.Sections, after.Sections, s => s.Id,
            s => $"{s.Heading} ({s.Items.Count} mục): " + string.Join(" | ", s.Items.Select(i => i.Text)));
        Rows(changes, "Chỉ tiêu", before.Kpis, after.Kpis, k => k.Id,
            k => $"{k.Text} [{k.Comparator.ToVietnamese()} {Show(k.Target)} {k.Unit}]");
        Rows(changes, "Nhiệm vụ", before.Tasks, after.Tasks, t => t.Id,
            t => $"{t.Content} [{t.LeadUnit}; {PlanDrafts.Timeline(t, after.Year)}; {t.Product}]");
        Rows(changes, "Chế độ báo cáo", before.ReportingDeadlines, after.ReportingDeadlines, d => d.Id, d => $"{d.Name} – {Show(d.DueOn)} – {d.ReceivingUnit}");
        Rows(changes, "Kinh phí", before.BudgetLines, after.BudgetLines, l => l.Id, l => $"{l.Content} {Show(l.Amount)} {l.FundingSource}");
        Rows(changes, "Tổ chức thực hiện", before.Responsibilities, after.Responsibilities, r => r.Id, r => $"{r.Party}: {r.Duties}");
        Rows(changes, "Nơi nhận", before.Recipients, after.Recipients, r => r.Id, r => $"{r.Name} {r.Purpose}");
        return changes;
    }

    private static void Rows<T>(List<PlanChange> changes, string part, IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, int> id, Func<T, string> text)
    {
        var old = before.Where(r => id(r) != 0).ToDictionary(id);
        var kept = after.Where(r => id(r) != 0 && old.ContainsKey(id(r))).ToList();
        foreach (var row in after.Where(r => id(r) == 0 || !old.ContainsKey(id(r))))
        {
            changes.Add(new PlanChange(part, $"thêm: {Short(text(row))}"));
        }

        var now = after.Where(r => id(r) != 0).Select(id).ToHashSet();
        foreach (var row in before.Where(r => id(r) == 0 || !now.Contains(id(r))))
        {
            changes.Add(new PlanChange(part, $"xoá: {Short(text(row))}"));
        }

        foreach (var row in kept)
        {
            var (was, @is) = (text(old[id(row)]), text(row));
            if (was != @is)
            {
                changes.Add(new PlanChange(part, $"sửa: \"{Short(was)}\" → \"{Short(@is)}\""));
            }
        }

        var oldOrder = before.Select(id).Where(kept.Select(id).Contains).ToList();
        if (!oldOrder.SequenceEqual(kept.Select(id)))
        {
            changes.Add(new PlanChange(part, "đổi thứ tự"));
        }
    }

    private static string Signature(SignatureDraft s) =>
        s.IsEmpty ? string.Empty : $"{SignatureBlock.PrefixText(s.Prefix)} {s.Authority} / {s.Title} / {s.SignerName}".Trim();

    private static string Show(object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => VietnameseDates.Table(date),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Short(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "…");
}
