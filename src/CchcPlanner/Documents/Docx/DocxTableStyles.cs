using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcPlanner.Documents.Docx;

/// <summary>The table styles: Word's default "Normal Table" (no borders) and the bordered annex table.</summary>
internal static class DocxTableStyles
{
    /// <summary>0.75 pt, the HTML's border width, in eighths of a point.</summary>
    public const uint BorderEighths = 6;

    public static Style TableNormal()
    {
        var style = DocxStyles.Named(DocxStyleIds.TableNormal, "Normal Table", basedOn: null, StyleValues.Table);
        style.Default = true;
        style.CustomStyle = null;
        style.StyleTableProperties = new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa }));
        return style;
    }

    /// <summary>"CCHC Table": a 0.75 pt grid with 3 pt × 4 pt cell padding, as the annex table of the HTML.</summary>
    public static Style Annex()
    {
        var style = DocxStyles.Named(DocxStyleIds.Table, "CCHC Table", DocxStyleIds.TableNormal, StyleValues.Table);
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleTableProperties = new StyleTableProperties(
            Borders(),
            new TableCellMarginDefault(
                new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }));
        return style;
    }

    public static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = BorderEighths, Space = 0, Color = "000000" });
}
