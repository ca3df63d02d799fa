namespace CchcPlanner.Documents;

/// <summary>
/// An official document (văn bản hành chính) laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I, prescribes, independent
/// of the output format. Built from a plan by <see cref="PlanDocumentBuilder"/> (and later from a report); the HTML,
/// PDF and DOCX renderers only decide how each part looks.
/// </summary>
public sealed record OfficialDocument(
    DocumentHeader Header,
    string TypeName,
    string Summary,
    IReadOnlyList<string> LegalBases,
    IReadOnlyList<DocumentBlock> Body,
    DocumentClosing Closing,
    DocumentAnnex? Annex);

/// <summary>The two-column header: bodies and number on the left, national title, motto and date on the right.</summary>
public sealed record DocumentHeader(string ParentBody, string IssuingBody, string NumberLine, string PlaceAndDate)
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
}

/// <summary>How a body paragraph is printed.</summary>
public enum BlockStyle
{
    /// <summary><c>I. MỤC TIÊU</c>: bold, upper case.</summary>
    SectionHeading,

    /// <summary><c>1. Về giải quyết hồ sơ TTHC</c>: bold.</summary>
    SubHeading,

    /// <summary>An indented, justified paragraph.</summary>
    Paragraph,

    /// <summary>A paragraph in italics (notes such as "(Có phụ lục … kèm theo)").</summary>
    Note,

    /// <summary>A bordered table in the body (<see cref="DocumentBlock.Table"/>), such as a report's KPI results.</summary>
    Table,
}

/// <summary>
/// One paragraph of the body; the text already carries its number or list mark (<c>- </c>, <c>+ </c>). A
/// <see cref="BlockStyle.Table"/> block carries its <see cref="Table"/> instead, <see cref="Text"/> naming it.
/// </summary>
public sealed record DocumentBlock(BlockStyle Style, string Text)
{
    public DocumentTable? Table { get; init; }
}

/// <summary>
/// A table printed in the portrait body: its columns with their share of the text width in percent (summing to 100),
/// and rows as the annex has them (a group row spans the table after its number cell).
/// </summary>
public sealed record DocumentTable(IReadOnlyList<string> Columns, IReadOnlyList<int> Widths, IReadOnlyList<AnnexRow> Rows);

/// <summary>Recipients on the left, signature block on the right, kept together on one page.</summary>
public sealed record DocumentClosing(IReadOnlyList<string> Recipients, string? AuthorityLine, string SignerTitle, string SignerName);

/// <summary>The annex table (Phụ lục), printed on landscape pages with the header row repeated.</summary>
public sealed record DocumentAnnex(string Label, string Title, string Reference, IReadOnlyList<string> Columns, IReadOnlyList<AnnexRow> Rows);

/// <summary>A row of the annex table: a group heading spanning the table, or a task with one cell per column.</summary>
public sealed record AnnexRow(bool IsGroup, IReadOnlyList<string> Cells);
