using CchcPlanner.Checks;
using CchcPlanner.Import;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Cli;

/// <summary>A plan file imported and checked, or the Vietnamese reason it could not be imported.</summary>
internal sealed record CheckedFile(string Path, ImportResult? Import, IReadOnlyList<Finding> Findings, string? ImportError)
{
    public static readonly string[] Extensions = [".docx", ".txt", ".md"];

    public string Name => System.IO.Path.GetFileName(Path);

    public bool HasErrors => ImportError is not null || Findings.Any(f => f.Severity == FindingSeverity.Error);

    public int Count(FindingSeverity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>Imports the file against the national catalogue and runs every check on it.</summary>
    public static async Task<CheckedFile> ReadAsync(string path, Catalogue catalogue)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path);
        }
        catch (IOException e)
        {
            return new CheckedFile(path, null, [], $"Không đọc được tệp: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return new CheckedFile(path, null, [], "Không có quyền đọc tệp.");
        }

        ImportResult result;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            result = PlanImporter.Import(stream, System.IO.Path.GetFileName(path), catalogue.Documents);
        }
        catch (ImportException e)
        {
            return new CheckedFile(path, null, [], e.Message);
        }

        var context = ImportChecks.Context(bytes, System.IO.Path.GetFileName(path), catalogue.Citations);
        return new CheckedFile(path, result, PlanChecker.Check(result.Plan, context), null);
    }

    /// <summary>The catalogue a terminal has without a database: the national documents.</summary>
    internal sealed class Catalogue
    {
        public IReadOnlyList<LegalDocument> Documents { get; } = NationalCatalogue.Create();

        public CitationCatalogue Citations => field ??= new CitationCatalogue(Documents);
    }
}
