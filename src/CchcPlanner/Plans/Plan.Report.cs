using System.Text.Json;
using CchcPlanner.Common;
using CchcPlanner.Reports;
using CchcPlanner.Units;

namespace CchcPlanner.Plans;

/// <summary>
/// A report (<see cref="PlanKind.Report"/>, BÁO CÁO …/BC-…) is a plan row that reports on an issued plan for one period:
/// it goes through the same editor (its free sections are the narrative), workflow and renderers as a plan, and carries
/// the plan's KPI results and task status frozen as <see cref="ReportContent"/>.
/// </summary>
public sealed partial class Plan
{
    private static readonly JsonSerializerOptions ReportJsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The plan this report reports on; null for plans.</summary>
    public int? ReportOnPlanId { get; private set; }

    /// <summary>The period this report covers; null for plans.</summary>
    public ReportingPeriod? ReportPeriod { get; private set; }

    /// <summary>The frozen <see cref="ReportContent"/> as JSON; null for plans.</summary>
    public string? ReportJson { get; private set; }

    public bool IsReport => Kind == PlanKind.Report;

    /// <summary>The frozen content of a report, or null for a plan.</summary>
    public ReportContent? Report => ReportJson is null ? null : JsonSerializer.Deserialize<ReportContent>(ReportJson, ReportJsonOptions);

    /// <summary>A new draft report of <paramref name="unit"/> on its plan, with the content frozen now.</summary>
    public static Plan NewReport(Unit unit, ReportContent content, string title)
    {
        ArgumentNullException.ThrowIfNull(content);
        var report = new Plan(unit, PlanKind.Report, content.Year, title)
        {
            Symbol = $"BC-{unit.Abbreviation}",
            ReportOnPlanId = content.PlanId,
            ReportPeriod = content.Period,
        };
        report.ReportJson = JsonSerializer.Serialize(content, ReportJsonOptions);
        return report;
    }

    /// <summary>Freezes the report's content again (at submission, with the results as they are then).</summary>
    public void FreezeReport(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsReport)
        {
            throw new DomainRuleException("Chỉ báo cáo mới mang số liệu kết quả thực hiện.");
        }

        EnsureEditable();
        ReportJson = JsonSerializer.Serialize(content, ReportJsonOptions);
        Touch();
    }

    /// <summary>For a throw-away copy (the editor's preview, a submitted version): the content the draft carried.</summary>
    internal void CarryReport(ReportContent? content)
    {
        ReportOnPlanId = content?.PlanId;
        ReportPeriod = content?.Period;
        ReportJson = content is null ? null : JsonSerializer.Serialize(content, ReportJsonOptions);
    }
}
