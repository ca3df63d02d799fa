using CchcPlanner.Checks;
using CchcPlanner.Common;
using CchcPlanner.Import;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Web.Import;

/// <summary>
/// One uploaded file on the import page: what the importer read (or why it could not), the in-memory plan the page
/// shows it as, and the essentials the user corrects before saving it as a draft.
/// </summary>
public sealed class ImportedUpload
{
    public ImportedUpload(ImportedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
        Findings = file.Findings;
        if (file.Import is not { } import)
        {
            return;
        }

        var plan = import.Plan;
        Title = plan.Title;
        Year = plan.Year;
        Kind = Enum.TryParse<PlanKind>(plan.Kind, ignoreCase: true, out var kind) ? kind : PlanKind.AnnualCchc;
        Number = plan.Number ?? (plan.Symbol is { Length: > 0 } symbol ? $"/{symbol}" : null);
        IssuedOn = plan.IssuedOn;
        try
        {
            Preview = PlanJsonReader.From(plan);
        }
        catch (DomainRuleException e)
        {
            PreviewProblem = e.Message;
        }
    }

    /// <summary>A file refused before the importer saw it (wrong type, too large), with the Vietnamese reason.</summary>
    public static ImportedUpload Refused(string fileName, string reason) => new(new ImportedFile(fileName, null, [], reason));

    public ImportedFile File { get; }

    public string Name => File.FileName;

    /// <summary>The findings on the plan as corrected so far (<see cref="Recheck"/>).</summary>
    public IReadOnlyList<Finding> Findings { get; private set; }

    /// <summary>The import as a plan in memory, for the same views the plan page uses; null when it breaks a plan rule.</summary>
    public Plan? Preview { get; }

    public string? PreviewProblem { get; }

    public string Title { get; set; } = string.Empty;

    public int Year { get; set; }

    public PlanKind Kind { get; set; }

    public int? UnitId { get; set; }

    /// <summary><c>16/KH-MNTH</c> as read; a draft keeps the symbol after the slash, the clerk gives the number.</summary>
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>The draft this file was saved as, once it was.</summary>
    public int? SavedPlanId { get; set; }

    public string? Refusal { get; set; }

    /// <summary>Runs the checks again on the plan with the user's corrections (a year corrected can make a year stale).</summary>
    public void Recheck()
    {
        if (File.Import is not null)
        {
            Findings = PlanChecker.Check(Corrected(), File.Context);
        }
    }

    /// <summary>The imported plan with the user's corrections.</summary>
    public PlanJson Corrected() => File.Import!.Plan with
    {
        Title = Title,
        Year = Year,
        Kind = PlanJsonWriter.Name(Kind),
        Number = string.IsNullOrWhiteSpace(Number) ? null : Number.Trim(),
        Symbol = Number is { } n && n.Contains('/', StringComparison.Ordinal) ? n[(n.IndexOf('/', StringComparison.Ordinal) + 1)..].Trim() : Number?.Trim(),
        IssuedOn = IssuedOn,
    };
}
