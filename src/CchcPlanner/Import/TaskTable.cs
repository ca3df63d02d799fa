using CchcPlanner.Common;

namespace CchcPlanner.Import;

/// <summary>What a column of a task table holds, by its header.</summary>
internal enum TaskColumn
{
    Other,
    Number,
    Content,
    Lead,
    Coordinating,
    Timeline,
    Product,
}

/// <summary>
/// A table of tasks (in the body or as the annex, Phụ lục): a header row naming at least the content and one of
/// lead, timeline or product (<c>Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm</c>).
/// </summary>
internal static class TaskTable
{
    /// <summary>The header row and each grid column's meaning, or null when the table is not a task table.</summary>
    public static (int HeaderRow, TaskColumn[] Columns)? Columns(SourceTable table)
    {
        for (var row = 0; row < Math.Min(3, table.Rows.Count); row++)
        {
            var columns = new List<TaskColumn>();
            foreach (var cell in table.Rows[row])
            {
                columns.AddRange(Enumerable.Repeat(Column(cell.Text), cell.Span));
            }

            if (columns.Contains(TaskColumn.Content)
                && (columns.Contains(TaskColumn.Lead) || columns.Contains(TaskColumn.Timeline) || columns.Contains(TaskColumn.Product)))
            {
                return (row, columns.ToArray());
            }
        }

        return null;
    }

    /// <summary>The cells of a row by grid column: a cell spanning two columns fills the first of them.</summary>
    public static string[] Cells(IReadOnlyList<SourceCell> row, int columns)
    {
        var cells = new string[columns];
        Array.Fill(cells, string.Empty);
        var at = 0;
        foreach (var cell in row)
        {
            if (at < columns)
            {
                cells[at] = cell.Text;
            }

            at += cell.Span;
        }

        return cells;
    }

    /// <summary>Whether a row is a group heading: one text spanning the row, or a Roman numeral and one text.</summary>
    public static bool IsGroupRow(IReadOnlyList<SourceCell> row, TaskColumn[] columns)
    {
        var filled = row.Where(c => c.Lines.Count > 0).ToList();
        if (row.Any(c => c.Span > 1) && filled.Count <= 2)
        {
            return true;
        }

        var cells = Cells(row, columns.Length);
        var text = cells.Where((c, i) => c.Length > 0 && columns[i] != TaskColumn.Number).ToList();
        var number = Array.IndexOf(columns, TaskColumn.Number) is var n and >= 0 ? cells[n] : string.Empty;
        return text.Count == 1 && (number.Length == 0 || LineMarks.RomanValue(number.Trim().TrimEnd('.')) > 0 || !number.Any(char.IsDigit));
    }

    private static TaskColumn Column(string header)
    {
        var folded = FoldedWords.Of(header);
        return folded.Trim() is "tt" or "stt" or "so tt" ? TaskColumn.Number
            : FoldedWords.Find(folded, "chu tri") >= 0 ? TaskColumn.Lead
            : FoldedWords.Find(folded, "phoi hop") >= 0 ? TaskColumn.Coordinating
            : FoldedWords.Find(folded, "thoi gian") >= 0 || FoldedWords.Find(folded, "thoi han") >= 0 || FoldedWords.Find(folded, "tien do") >= 0 ? TaskColumn.Timeline
            : FoldedWords.Find(folded, "san pham") >= 0 || FoldedWords.Find(folded, "ket qua") >= 0 ? TaskColumn.Product
            : FoldedWords.Find(folded, "noi dung") >= 0 || FoldedWords.Find(folded, "nhiem vu") >= 0 || FoldedWords.Find(folded, "cong viec") >= 0 ? TaskColumn.Content
            : TaskColumn.Other;
    }
}
