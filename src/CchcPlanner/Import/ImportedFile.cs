using CchcPlanner.Checks;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Import;

/// <summary>
/// A plan file imported and checked, or the Vietnamese reason it could not be imported; <paramref name="Context"/> is
/// what the checks knew of the file, to check the plan again once corrected.
/// </summary>
public sealed record ImportedFile(string FileName, ImportResult? Import, IReadOnlyList<Finding> Findings, string? ImportError, CheckContext? Context = null)
{
    /// <summary>The extensions the importer reads.</summary>
    public static readonly string[] Extensions = [".docx", ".txt", ".md"];

    public bool HasErrors => ImportError is not null || Findings.Any(f => f.Severity == FindingSeverity.Error);

    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Imports the file against <paramref name="documents"/> and runs every check on it.</summary>
    public static ImportedFile Read(byte[] file, string fileName, IReadOnlyList<LegalDocument> documents, CitationCatalogue citations)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(fileName);
        ImportResult result;
        try
        {
            using var stream = new MemoryStream(file, writable: false);
            result = PlanImporter.Import(stream, fileName, documents);
        }
        catch (ImportException e)
        {
            return new ImportedFile(fileName, null, [], e.Message);
        }

        var context = ImportChecks.Context(file, fileName, citations);
        return new ImportedFile(fileName, result, PlanChecker.Check(result.Plan, context), null, context);
    }
}
