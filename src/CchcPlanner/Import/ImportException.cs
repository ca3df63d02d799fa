namespace CchcPlanner.Import;

/// <summary>
/// The file cannot be imported as a plan: not a DOCX or text file, empty, too large, or no plan in it. The message is
/// Vietnamese because the upload form shows it as is; <see cref="Exception.InnerException"/> keeps the library's reason.
/// </summary>
public sealed class ImportException : Exception
{
    public ImportException()
        : this("Không nhập được tệp kế hoạch.")
    {
    }

    public ImportException(string message)
        : base(message)
    {
    }

    public ImportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
