using System.Globalization;
using CchcPlanner.Plans;

namespace CchcPlanner.IntegrationTests.Plans;

/// <summary>
/// A plan as lines of text, part by part in printed order, so that two plans compare with a readable difference.
/// Decimals are written without trailing zeros: PostgreSQL returns 100 stored as numeric(18,4) as 100.0000.
/// </summary>
internal static class PlanSnapshot
{
    public static IReadOnlyList<string> Of(Plan plan)
    {
        var lines = new List<string>
        {
            $"header|{plan.Kind}|{plan.Year}|{plan.NumberAndSymbol}|{plan.Place}|{plan.IssuedOn:O}|{plan.Status}|{plan.TasksInAnnex}|{plan.Title}",
            $"parent|{plan.ParentPlan?.Title}",
            $"lead-in|{plan.LeadIn}",
            $"stamps|{plan.CreatedAt.UtcDateTime:O}|{plan.UpdatedAt.UtcDateTime:O}|{plan.UpdatedBy}",
        };
        lines.AddRange(plan.LegalBases.Select(b => $"basis {b.Position}|{b.Verb}|{b.LegalDocument?.Symbol}|{b.CitationText}"));
        foreach (var section in plan.Sections)
        {
            lines.Add($"section {section.Position}|{section.Kind}|{section.Heading}");
            lines.AddRange(section.Items.Select(i => $"  item {i.Position}|{i.Style}|{i.Text}"));
        }

        foreach (var kpi in plan.Kpis)
        {
            lines.Add($"kpi {kpi.Position}|{kpi.Group}|{kpi.Comparator}|{Number(kpi.Target)}|{kpi.Unit}|{kpi.TargetText()}|{kpi.AssignedTo}|{kpi.Text}");
            lines.AddRange(kpi.Results.OrderBy(r => r.Period).Select(r => $"  result|{r.Period}|{Number(r.Value)}|{r.Note}|{r.RecordedBy}|{r.RecordedAt.UtcDateTime:O}"));
        }

        foreach (var task in plan.Tasks)
        {
            lines.Add($"task {task.Position}|{task.Area}|{task.Group}|{task.LeadUnit}|{task.CoordinatingUnits}|{task.Timeline}|{task.Product}|{task.Status}|{task.AssignedTo}|{task.Content}|{task.Details}");
            lines.AddRange(task.Progress.Select(p => $"  progress|{p.On:O}|{p.Status}|{p.PercentComplete}|{p.RecordedBy}|{p.Note}"));
        }

        lines.AddRange(plan.ReportingDeadlines.Select(d => $"deadline {d.Position}|{d.Name}|{d.Period}|{d.DueOn:O}|{d.ReceivingUnit}"));
        lines.AddRange(plan.BudgetLines.Select(b => $"budget {b.Position}|{b.Content}|{Number(b.Amount)}|{b.FundingSource}"));
        lines.AddRange(plan.Responsibilities.Select(r => $"responsibility {r.Position}|{r.Party}|{r.Duties}"));
        lines.Add($"closing|{plan.Closing}");
        lines.AddRange(plan.Recipients.Select(r => $"recipient {r.Position}|{r.Name}|{r.Purpose}"));
        lines.Add($"signature|{plan.Signature?.Prefix}|{plan.Signature?.Authority}|{plan.Signature?.Title}|{plan.Signature?.SignerName}");
        return lines;
    }

    private static string Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture) ?? "-";
}
