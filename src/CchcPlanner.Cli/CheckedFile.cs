using CchcPlanner.Checks;
using CchcPlanner.Import;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Cli;

/// <summary>A plan file on disk imported and checked (<see cref="ImportedFile"/>), or the Vietnamese reason it could not be.</summary>
internal sealed record CheckedFile(string Path, ImportedFile File)
{
    public static IReadOnlyList<string> Extensions => ImportedFile.Extensions;

    public string Name => System.IO.Path.GetFileName(Path);

    public ImportResult? Import => File.Import;

    public IReadOnlyList<Finding> Findings => File.Findings;

    public string? ImportError => File.ImportError;

    public bool HasErrors => File.HasErrors;

    public int Count(FindingSeverity severity) => File.Count(severity);

    /// <summary>Imports the file against the national catalogue and runs every check on it.</summary>
    public static async Task<CheckedFile> ReadAsync(string path, Catalogue catalogue)
    {
        var name = System.IO.Path.GetFileName(path);
        try
        {
            var bytes = await System.IO.File.ReadAllBytesAsync(path);
            return new CheckedFile(path, ImportedFile.Read(bytes, name, catalogue.Documents, catalogue.Citations));
        }
        catch (IOException e)
        {
            return Unread($"Không đọc được tệp: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return Unread("Không có quyền đọc tệp.");
        }

        CheckedFile Unread(string reason) => new(path, new ImportedFile(name, null, [], reason));
    }

    /// <summary>The catalogue a terminal has without a database: the national documents.</summary>
    internal sealed class Catalogue
    {
        public IReadOnlyList<LegalDocument> Documents { get; } = NationalCatalogue.Create();

        public CitationCatalogue Citations => field ??= new CitationCatalogue(Documents);
    }
}
