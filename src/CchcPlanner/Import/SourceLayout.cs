namespace CchcPlanner.Import;

/// <summary>
/// Lays a cleaned document out as numbered paragraphs. A task table keeps one paragraph per row, pointing at its table;
/// any other table (the two-column header, the closing with recipients and signature) is read cell by cell, left
/// column before right, as a reader of the printed page would.
/// </summary>
internal static class SourceLayout
{
    public static List<ImportLine> Lines(IReadOnlyList<SourceBlock> blocks)
    {
        var lines = new List<ImportLine>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SourceLine line:
                    lines.Add(new ImportLine(lines.Count, line.Text, line.Bold, line.Italic));
                    break;
                case SourceTable table when TaskTable.Columns(table) is not null:
                    for (var row = 0; row < table.Rows.Count; row++)
                    {
                        var text = string.Join(" | ", table.Rows[row].Select(c => c.Text.Replace('\n', ' ')));
                        lines.Add(new ImportLine(lines.Count, text, false, false, table, row));
                    }

                    break;
                case SourceTable table:
                    foreach (var line in table.Rows.SelectMany(r => r).SelectMany(c => c.Lines))
                    {
                        lines.Add(new ImportLine(lines.Count, line.Text, line.Bold, line.Italic));
                    }

                    break;
            }
        }

        return lines;
    }
}
