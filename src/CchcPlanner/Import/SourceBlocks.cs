namespace CchcPlanner.Import;

/// <summary>A piece of a source document in reading order, before the plan's structure is known.</summary>
internal abstract record SourceBlock;

/// <summary>One paragraph (or line of a text file), bold or italic when every letter of it is.</summary>
internal sealed record SourceLine(string Text, bool Bold = false, bool Italic = false) : SourceBlock;

/// <summary>A table: rows of cells, each cell its lines; <see cref="SourceCell.Span"/> counts the grid columns it covers.</summary>
internal sealed record SourceTable(IReadOnlyList<IReadOnlyList<SourceCell>> Rows) : SourceBlock;

internal sealed record SourceCell(IReadOnlyList<SourceLine> Lines, int Span = 1)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}

/// <summary>
/// A paragraph as the parser reads it, numbered as in <see cref="ImportResult.SourceText"/>. A row of a task table
/// keeps its table, so that the columns (content, lead, timeline …) are read by their headers.
/// </summary>
internal sealed record ImportLine(int Index, string Text, bool Bold, bool Italic, SourceTable? Table = null, int Row = -1)
{
    public bool IsTableRow => Table is not null;
}
