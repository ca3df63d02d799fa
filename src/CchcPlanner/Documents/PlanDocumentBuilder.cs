using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Documents;

/// <summary>Lays a plan out as an official KẾ HOẠCH: the plan must be loaded with every part (<c>PlanLoading.WithEverything</c>).</summary>
public static class PlanDocumentBuilder
{
    public const string TypeName = "KẾ HOẠCH";

    /// <summary>The type name of a report (<see cref="PlanKind.Report"/>).</summary>
    public const string ReportTypeName = "BÁO CÁO";

    public static OfficialDocument Build(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var header = new DocumentHeader(
            plan.Unit.ParentBodyHeader,
            plan.Unit.IssuingBodyHeader,
            $"Số: {plan.NumberAndSymbol}",
            VietnameseDates.PlaceAndDate(plan.Place, plan.IssuedOn, plan.Year));
        return new OfficialDocument(
            header,
            plan.IsReport ? ReportTypeName : TypeName,
            plan.Title,
            LegalBases(plan),
            PlanBodyBuilder.Build(plan),
            Closing(plan),
            !plan.IsReport && plan.TasksInAnnex && plan.Tasks.Count > 0 ? AnnexBuilder.Build(plan) : null);
    }

    /// <summary>One citation per line in italics, each ending <c>;</c> and the last <c>.</c>.</summary>
    public static IReadOnlyList<string> LegalBases(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var bases = plan.LegalBases;
        return bases.Select((b, i) => $"{b.VerbText} {b.CitationText.TrimEnd(';', '.', ' ')}{(i == bases.Count - 1 ? "." : ";")}").ToList();
    }

    /// <summary><c>Nơi nhận:</c> lines (<c>- Phòng Nội vụ Q1;</c> … <c>- Lưu: VT.</c>) and the signature block.</summary>
    public static DocumentClosing Closing(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var recipients = plan.Recipients;
        var lines = recipients.Select((r, i) =>
            $"- {r.Name}{(r.Purpose is null ? string.Empty : $" ({r.Purpose})")}{(i == recipients.Count - 1 ? "." : ";")}").ToList();
        var signature = plan.Signature;
        return new DocumentClosing(lines, signature?.AuthorityLine, signature?.Title ?? plan.Unit.HeadTitle, signature?.SignerName ?? string.Empty);
    }
}
