using CchcPlanner.Plans;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// Shorthands that let each demo plan read in the order of its document. Everything still goes through the
/// plan's own methods, so the demo data obeys the same rules as a user's edits.
/// </summary>
internal static class DemoPlanWriting
{
    public static void AddItems(this Plan plan, PlanSection section, ItemStyle style, params string[] texts)
    {
        foreach (var text in texts)
        {
            plan.AddItem(section, style, text);
        }
    }

    /// <summary>Tasks as the source prints them: content only, no lead unit or timeline.</summary>
    public static void AddTasks(this Plan plan, ReformArea area, string group, params string[] contents)
    {
        foreach (var content in contents)
        {
            plan.AddTask(area, content, group);
        }
    }

    public static PlanTask AddAssignedTask(
        this Plan plan,
        ReformArea area,
        string? group,
        string content,
        string leadUnit,
        string? coordinatingUnits,
        TaskTimeline timeline,
        string product,
        string? details = null)
    {
        var task = plan.AddTask(area, content, group, details);
        plan.AssignTask(task, leadUnit, coordinatingUnits, timeline, product);
        return task;
    }

    public static void AddRecipients(this Plan plan, params string[] names)
    {
        foreach (var name in names)
        {
            plan.AddRecipient(name);
        }
    }

    /// <summary>
    /// The reports Quận 1 asks of its units: quý I, 6 tháng, 9 tháng and năm, each due on the first day of the
    /// period's last month so that the district can consolidate them before its own deadline.
    /// </summary>
    public static void AddDistrict1ReportingDeadlines(this Plan plan, int year, string receivingUnit)
    {
        plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(year, 3, 1), receivingUnit);
        plan.AddReportingDeadline("Báo cáo 6 tháng", ReportingPeriod.FirstHalf, new DateOnly(year, 6, 1), receivingUnit);
        plan.AddReportingDeadline("Báo cáo 9 tháng", ReportingPeriod.NineMonths, new DateOnly(year, 9, 1), receivingUnit);
        plan.AddReportingDeadline("Báo cáo năm", ReportingPeriod.Year, new DateOnly(year, 12, 1), receivingUnit);
    }

    /// <summary>Multi-line fields (task details, duties) hold one entry per line.</summary>
    public static string Lines(params string[] lines) => string.Join('\n', lines);
}
