using CchcPlanner.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Plans.Creation;

/// <summary>What a template knows when it writes: the unit, the year, and who in the unit does what.</summary>
internal sealed record TemplateContext(Unit Unit, int Year, TemplateParties Parties)
{
    /// <summary>Reports go to the body above; a unit at the top of the tree names it generically.</summary>
    public string ReportsTo => Unit.Parent?.Name ?? "cơ quan cấp trên";

    public TaskTimeline Quarter(int quarter) => TaskTimeline.InQuarter(quarter, Year);
}

/// <summary>
/// One kind of plan as a starting point: the documents it rests on, its title, lead-in and closing, and the body it
/// fills in. The parts every kind shares (legal bases, reporting deadlines, recipients, signature) are added by
/// <see cref="PlanTemplates"/>, so that each template holds only what is particular to its kind.
/// </summary>
internal sealed record PlanTemplate(
    PlanKind Kind,
    IReadOnlyList<string> LegalBasisSymbols,
    Func<int, string> Title,
    Func<TemplateContext, string> LeadIn,
    Action<Plan, TemplateContext> FillBody,
    Func<TemplateContext, string> Closing);

/// <summary>Shorthands that keep each template in the order of the document it writes.</summary>
internal static class TemplateWriting
{
    public static void AddItems(this Plan plan, PlanSection section, ItemStyle style, params string[] texts)
    {
        foreach (var text in texts)
        {
            plan.AddItem(section, style, text);
        }
    }

    /// <summary>A heading (<c>1. Mục đích</c>) followed by its bullets.</summary>
    public static void AddPoint(this Plan plan, PlanSection section, string heading, params string[] bullets)
    {
        plan.AddItem(section, ItemStyle.Heading, heading);
        plan.AddItems(section, ItemStyle.Bullet, bullets);
    }

    /// <summary>A task as a template writes it: always with a lead, a timeline and a product, so the checker has nothing to find.</summary>
    public static void AddAssignedTask(
        this Plan plan, ReformArea area, string content, string lead, string? coordinating, TaskTimeline timeline, string product, string? group = null)
    {
        var task = plan.AddTask(area, content, group);
        plan.AssignTask(task, lead, coordinating, timeline, product);
    }

    /// <summary>The text with its first letter in upper case, to open a sentence: <c>Cán bộ, giáo viên, nhân viên</c>.</summary>
    public static string Capitalised(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpper(VietnameseText.Culture), text.AsSpan(1));

    /// <summary>Duties one per line, as <see cref="Responsibility.Duties"/> holds them.</summary>
    public static void AddDuties(this Plan plan, string party, params string[] duties) =>
        plan.AddResponsibility(party, string.Join('\n', duties));
}
