
namespace CchcPlanner.Plans.Json;

/// <summary>The body of a JSON plan: sections, KPIs, tasks, deadlines, budget, responsibilities, recipients.</summary>
internal static class PlanJsonParts
{
    public static void AddBody(Plan plan, PlanJson json)
    {
        foreach (var section in json.Sections)
        {
            var added = plan.AddSection(PlanJsonReader.Parse<SectionKind>(section.Kind, "sections.kind"), section.Heading);
            foreach (var item in section.Children)
            {
                plan.AddItem(added, PlanJsonReader.Parse<ItemStyle>(item.Style, "sections.children.style"), item.Text);
            }
        }

        foreach (var kpi in json.Kpis)
        {
            plan.AddKpi(kpi.Text, PlanJsonReader.Parse<Comparator>(kpi.Comparator, "kpis.comparator"), kpi.Target, kpi.Unit, kpi.Group);
        }

        foreach (var task in json.Tasks)
        {
            var added = plan.AddTask(PlanJsonReader.Parse<ReformArea>(task.Area, "tasks.area"), task.Content, task.Group, task.Details);
            plan.AssignTask(added, task.LeadUnit, task.CoordinatingUnits, Timeline(task, plan.Year), task.Product);
        }

        foreach (var deadline in json.ReportingDeadlines)
        {
            plan.AddReportingDeadline(deadline.Name, PlanJsonReader.Parse<ReportingPeriod>(deadline.Period, "reportingDeadlines.period"), deadline.Due, deadline.ReceivingUnit);
        }

        foreach (var line in json.Budget)
        {
            plan.AddBudgetLine(line.Content, line.Amount, line.FundingSource);
        }

        foreach (var responsibility in json.Responsibilities)
        {
            plan.AddResponsibility(responsibility.Party, string.Join('\n', responsibility.Duties));
        }

        foreach (var recipient in json.Recipients)
        {
            plan.AddRecipient(recipient.Name, recipient.Purpose);
        }
    }

    private static TaskTimeline Timeline(TaskJson task, int year) =>
        PlanJsonReader.Parse<TimelineKind>(string.IsNullOrEmpty(task.Timeline) ? nameof(TimelineKind.Unspecified) : task.Timeline, "tasks.timeline") switch
        {
            TimelineKind.Ongoing => TaskTimeline.Ongoing,
            TimelineKind.ByDate when task.Due is { } due => TaskTimeline.By(due),
            TimelineKind.Quarter when task.Quarter is { } quarter => TaskTimeline.InQuarter(quarter, year),
            _ => TaskTimeline.Unspecified,
        };
}
