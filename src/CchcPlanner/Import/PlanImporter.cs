using CchcPlanner.Import.Docx;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// Imports an existing plan (a clerk's DOCX, or its text as <c>.txt</c>/<c>.md</c>) into structure: header, legal bases,
/// sections with their KPIs, tasks, deadlines, budget and responsibilities, recipients and signature, and every cited
/// document matched against the catalogue. Anything that is not a plan ends in an <see cref="ImportException"/> with a
/// Vietnamese message, never in another exception.
/// </summary>
public static class PlanImporter
{
    /// <summary>The largest file accepted: a plan with its annex is well under 1 MB.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    /// <param name="file">The uploaded file; read to its end, not disposed.</param>
    /// <param name="fileName">Its name, for its extension; the content decides when they disagree.</param>
    /// <param name="catalogue">The catalogue to match citations against; none makes every citation unknown.</param>
    /// <exception cref="ImportException">The file is empty, too large, not a DOCX or text file, or holds no plan.</exception>
    public static ImportResult Import(Stream file, string fileName, IReadOnlyList<LegalDocument>? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bytes = ReadAll(file);
        return Guarded(() =>
        {
            var warnings = new List<ImportWarning>();
            var blocks = SourceFormats.Of(bytes, fileName ?? string.Empty) switch
            {
                SourceFormat.Docx => DocxTextReader.Read(bytes, warnings),
                _ => PlainTextReader.Read(bytes),
            };
            return Build(blocks, warnings, catalogue);
        });
    }

    /// <summary>Imports a plan given as text (pasted, or extracted elsewhere), as a .txt or .md file of it would be.</summary>
    /// <exception cref="ImportException">The text holds no plan.</exception>
    public static ImportResult ImportText(string text, IReadOnlyList<LegalDocument>? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Guarded(() =>
        {
            return Build(PlainTextReader.Read(text), [], catalogue);
        });
    }

    private static ImportResult Build(IReadOnlyList<SourceBlock> blocks, List<ImportWarning> warnings, IReadOnlyList<LegalDocument>? catalogue)
    {
        var lines = SourceLayout.Lines(SourceCleanup.Clean(blocks));
        if (lines.Count == 0)
        {
            throw new ImportException("Tệp không có nội dung văn bản để nhập.");
        }

        var read = PlanReader.Read(lines, warnings);
        var texts = lines.Select(l => l.Text).ToList();
        var own = read.Plan.Number is { } number ? SymbolRules.Normalise(number) : null;
        var header = read.Parts.TakeWhile(p => p == "Phần đầu").Count();
        var found = CitationFinder.FindAll(texts).Where(f => f.Paragraph >= header && f.Citation.Symbol != own).ToList();
        var plan = read.Plan with { Citations = CitationFinder.Distinct(found) };
        var matches = CitationFinder.Match(found, catalogue, p => p >= 0 && p < read.Parts.Length ? read.Parts[p] : string.Empty);
        return new ImportResult(plan, string.Join('\n', texts), warnings, matches);
    }

    /// <summary>
    /// The last line of the contract: a fault nobody foresaw (a library's exception on a strange file) still reaches the
    /// caller as an <see cref="ImportException"/>, with the fault kept as its inner exception.
    /// </summary>
    private static ImportResult Guarded(Func<ImportResult> import)
    {
        try
        {
            return import();
        }
        catch (ImportException)
        {
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            throw new ImportException("Không đọc được tệp kế hoạch: nội dung có chỗ không đúng định dạng.", e);
        }
    }

    private static byte[] ReadAll(Stream file)
    {
        try
        {
            if (file.CanSeek && file.Length - file.Position > MaxFileBytes)
            {
                throw TooLarge();
            }

            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                copy.Write(buffer, 0, read);
                if (copy.Length > MaxFileBytes)
                {
                    throw TooLarge();
                }
            }

            return copy.Length > 0 ? copy.ToArray() : throw new ImportException("Tệp rỗng: không có nội dung để nhập.");
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new ImportException("Không đọc được tệp tải lên.", e);
        }
    }

    private static ImportException TooLarge() => new("Tệp quá lớn: chỉ nhập được tệp kế hoạch đến 10 MB.");
}
