using CchcPlanner.Plans.Json;

namespace CchcPlanner.Checks;

/// <summary>
/// Runs every check of <see cref="CheckCatalogue"/> on a plan in its common form and lists the findings in the order
/// of the document. Deterministic: the same plan and context always give the same findings in the same order.
/// </summary>
public static class PlanChecker
{
    private static readonly IPlanCheck[] Checks =
    [
        new MissingNumberCheck(),
        new MissingDateCheck(),
        new IncompleteCitationDateCheck(),
        new CitationDateConflictCheck(),
        new CitationTypeMismatchCheck(),
        new StaleYearCheck(),
        new MissingFileCopyCheck(),
        new KpiWithoutTargetCheck(),
        new TaskWithoutLeadCheck(),
        new TaskWithoutTimelineCheck(),
        new DeadlineBeforePlanCheck(),
        new SignatureTitleCheck(),
        new NonNfcTextCheck(),
        new DocxFormatCheck(),
    ];

    public static IReadOnlyList<Finding> Check(PlanJson plan, CheckContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var input = new CheckInput(plan, context ?? CheckContext.Default);
        var findings = new FindingList();
        foreach (var check in Checks)
        {
            check.Run(input, findings);
        }

        return findings.Ordered(plan);
    }

    /// <summary>The plan with its <c>findings</c> filled, as <c>cchc import</c> writes it.</summary>
    public static PlanJson WithFindings(PlanJson plan, CheckContext? context = null) =>
        plan with { Findings = Check(plan, context).Select(f => f.ToJson()).ToList() };
}
