using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Plans.Creation;

/// <summary>A place in a copied plan that still names the old year, named as the drafter finds it in the document.</summary>
public sealed record ReReadItem(string Place, string Snippet);

/// <summary>
/// Where a plan carried forward from another year still speaks of that year. Reviewers see "last year's text copied
/// forward" (<c>chủ đề công tác năm 2022</c> in a 2023 plan) more than any other slip, so every such place is listed
/// rather than guessed at: some are right (a document dated last year), most need rewriting.
/// </summary>
public static class ReReadList
{
    public static IReadOnlyList<ReReadItem> For(Plan plan, int oldYear)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var items = new List<ReReadItem>();
        void Check(string place, params string?[] texts)
        {
            foreach (var text in texts.OfType<string>())
            {
                if (YearMentions.FirstMention(text, oldYear) is { } index)
                {
                    items.Add(new ReReadItem(place, YearMentions.Snippet(text, index)));
                    return;
                }
            }
        }

        Check("Trích yếu", plan.Title);
        foreach (var (basis, number) in Numbered(plan.LegalBases))
        {
            var place = $"Căn cứ pháp lý {number}";
            if (CitesPlanOfYear(basis, oldYear))
            {
                // The parent's plan of last year is issued in December of the year before it, so its date alone says nothing.
                items.Add(new ReReadItem(place, Shortened(basis.CitationText)));
            }
            else
            {
                Check(place, basis.CitationText);
            }
        }

        Check("Lời mở đầu", plan.LeadIn);
        foreach (var (section, number) in Numbered(plan.Sections))
        {
            var part = $"Phần {RomanNumerals.Of(number)}";
            Check(part, section.Heading);
            foreach (var (item, itemNumber) in Numbered(section.Items))
            {
                Check($"{part}, mục {itemNumber}", item.Text);
            }
        }

        foreach (var (kpi, number) in Numbered(plan.Kpis))
        {
            Check($"Chỉ tiêu {number}", kpi.Text, kpi.Group);
        }

        foreach (var (task, number) in Numbered(plan.Tasks))
        {
            Check($"Nhiệm vụ {number}", task.Content, task.Details, task.Group, task.Product, task.LeadUnit, task.CoordinatingUnits);
        }

        foreach (var (deadline, number) in Numbered(plan.ReportingDeadlines))
        {
            Check($"Chế độ báo cáo {number}", deadline.Name, deadline.ReceivingUnit);
        }

        foreach (var (line, number) in Numbered(plan.BudgetLines))
        {
            Check($"Kinh phí {number}", line.Content, line.FundingSource);
        }

        foreach (var (responsibility, number) in Numbered(plan.Responsibilities))
        {
            Check($"Tổ chức thực hiện {number}", responsibility.Party, responsibility.Duties);
        }

        Check("Đoạn kết", plan.Closing);
        foreach (var (recipient, number) in Numbered(plan.Recipients))
        {
            Check($"Nơi nhận {number}", recipient.Name, recipient.Purpose);
        }

        return items;
    }

    /// <summary>A plan cited as a basis, issued in the old year or at the end of the year before it.</summary>
    private static bool CitesPlanOfYear(LegalBasis basis, int oldYear)
    {
        if (basis.LegalDocument is { Type: LegalDocumentType.Plan } document)
        {
            return document.IssuedOn.Year == oldYear || document.IssuedOn.Year == oldYear - 1;
        }

        return basis.CustomText is { } text && text.StartsWith("Kế hoạch", StringComparison.OrdinalIgnoreCase)
            && (YearMentions.FirstMention(text, oldYear) is not null || YearMentions.FirstMention(text, oldYear - 1) is not null);
    }

    private static string Shortened(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 119), "…");

    private static IEnumerable<(T Part, int Number)> Numbered<T>(IEnumerable<T> parts) => parts.Select((part, i) => (part, i + 1));
}
