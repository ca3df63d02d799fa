namespace CchcPlanner.Plans.Creation;

/// <summary>A copied plan and the places in it the drafter should read again before submitting.</summary>
public sealed record PlanCopy(Plan Plan, IReadOnlyList<ReReadItem> ReRead);

/// <summary>
/// Copies a plan whole into a new draft: the way most units start, from their own plan of last year. What was
/// recorded while the old plan was carried out (KPI results, task progress) stays with it, and so do its number
/// and date: the copy is a new document for the clerk to number.
/// </summary>
public static class PlanCopier
{
    public const string DuplicatePrefix = "Bản sao - ";

    /// <summary>
    /// The plan carried forward to <paramref name="year"/>: the plan's own year moves in the title, lead-in, closing and
    /// KPIs, dates and quarters move by the same number of years, and every place still naming the old year is listed.
    /// </summary>
    public static PlanCopy ToYear(Plan source, int year)
    {
        ArgumentNullException.ThrowIfNull(source);
        RefuseReport(source);
        var shift = PlanYear.Validate(year) - source.Year;
        string Move(string text) => YearMentions.Move(text, source.Year, year);

        // The parent plan is not carried: last year's parent is not this year's, and the drafter links the new one.
        var copy = Copy(source, year, Move(source.Title), Move, shift);
        return new PlanCopy(copy, ReReadList.For(copy, source.Year));
    }

    /// <summary>A second draft of the same plan, same year, for trying a variant or re-issuing a corrected plan.</summary>
    public static Plan Duplicate(Plan source)
    {
        ArgumentNullException.ThrowIfNull(source);
        RefuseReport(source);
        var copy = Copy(source, source.Year, DuplicatePrefix + source.Title, text => text, 0);
        if (source.ParentPlan is { } parent)
        {
            copy.Implement(parent);
        }

        return copy;
    }

    /// <summary>A timeline moved by whole years; 29 February becomes 28 February, and a quarter stays that quarter.</summary>
    internal static TaskTimeline Shift(TaskTimeline timeline, int years) => timeline.Kind switch
    {
        TimelineKind.ByDate => TaskTimeline.By(timeline.DueOn!.Value.AddYears(years)),
        TimelineKind.Quarter => TaskTimeline.InQuarter(timeline.Quarter!.Value, timeline.Year!.Value + years),
        _ => timeline,
    };

    private static Plan Copy(Plan source, int year, string title, Func<string, string> move, int shift)
    {
        var copy = new Plan(source.Unit, source.Kind, year, title);
        copy.ChangeHeader(source.Kind, year, title, source.Place, issuedOn: null);
        copy.ChangeSymbol(source.Symbol);
        copy.ChangeLeadIn(move(source.LeadIn));
        copy.ChangeClosing(move(source.Closing));
        copy.PrintTasksInAnnex(source.TasksInAnnex);
        foreach (var basis in source.LegalBases)
        {
            copy.AddLegalBasis(basis.Verb, basis.LegalDocument, basis.CustomText);
        }

        foreach (var section in source.Sections)
        {
            var copied = copy.AddSection(section.Kind, section.Heading);
            foreach (var item in section.Items)
            {
                copy.AddItem(copied, item.Style, item.Text);
            }
        }

        foreach (var kpi in source.Kpis)
        {
            var copied = copy.AddKpi(move(kpi.Text), kpi.Comparator, kpi.Target, kpi.Unit, kpi.Group is null ? null : move(kpi.Group));
            copy.AssignKpi(copied, kpi.AssignedTo);
        }

        foreach (var task in source.Tasks)
        {
            var copied = copy.AddTask(task.Area, task.Content, task.Group, task.Details);
            copy.AssignTask(copied, task.LeadUnit, task.CoordinatingUnits, Shift(task.Timeline, shift), task.Product);
            copy.AssignTaskTo(copied, task.AssignedTo);
        }

        CopyClosingParts(source, copy, shift);
        return copy;
    }

    private static void CopyClosingParts(Plan source, Plan copy, int shift)
    {
        foreach (var deadline in source.ReportingDeadlines)
        {
            copy.AddReportingDeadline(deadline.Name, deadline.Period, deadline.DueOn.AddYears(shift), deadline.ReceivingUnit);
        }

        foreach (var line in source.BudgetLines)
        {
            copy.AddBudgetLine(line.Content, line.Amount, line.FundingSource);
        }

        foreach (var responsibility in source.Responsibilities)
        {
            copy.AddResponsibility(responsibility.Party, responsibility.Duties);
        }

        foreach (var recipient in source.Recipients)
        {
            copy.AddRecipient(recipient.Name, recipient.Purpose);
        }

        copy.Sign(source.Signature is { } signature ? signature with { } : null);
    }

    /// <summary>A report's figures belong to its plan and period: a new report is made from the plan's page, not copied.</summary>
    private static void RefuseReport(Plan source)
    {
        if (source.IsReport)
        {
            throw new Common.DomainRuleException("Không sao chép được báo cáo; hãy lập báo cáo mới bằng \"Lập báo cáo\" trên trang của kế hoạch.");
        }
    }
}
