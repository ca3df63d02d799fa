using CchcPlanner.Common;

namespace CchcPlanner.Sheets;

/// <summary>
/// A table read from a CSV or XLSX file: the header row and the rows under it, every value a cleaned string
/// (NFC, trimmed; a blank cell is empty). Columns are found by their header, ignoring case, so a sheet may
/// order its columns freely.
/// </summary>
public sealed record SheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows)
{
    public bool HasColumn(string header) => Headers.Contains(VietnameseText.Clean(header), SheetRow.HeaderComparer);
}

/// <summary>One row under the header. <see cref="Number"/> is the row number the user sees in the spreadsheet (the header is row 1 of a CSV).</summary>
public sealed class SheetRow
{
    /// <summary>Headers match whatever the case, but "Loại" and "Lại" stay different (accents matter in Vietnamese).</summary>
    public static readonly StringComparer HeaderComparer = StringComparer.Create(VietnameseText.Culture, ignoreCase: true);

    private readonly Dictionary<string, string> cells;

    public SheetRow(int number, IReadOnlyDictionary<string, string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Number = number;
        this.cells = new Dictionary<string, string>(cells, HeaderComparer);
    }

    public int Number { get; }

    public IReadOnlyDictionary<string, string> Cells => cells;

    /// <summary>The value under <paramref name="header"/>; empty when the cell is blank or the column is absent.</summary>
    public string this[string header] => cells.TryGetValue(VietnameseText.Clean(header), out var value) ? value : string.Empty;
}

/// <summary>The file cannot be read as a table. The message is Vietnamese because the upload form shows it as is.</summary>
public sealed class SheetException : Exception
{
    public SheetException()
        : this("Không đọc được bảng tính.")
    {
    }

    public SheetException(string message)
        : base(message)
    {
    }

    public SheetException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
