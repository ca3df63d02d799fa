namespace CchcPlanner.Documents;

/// <summary>Renders an <see cref="OfficialDocument"/> as a Word document (DocumentFormat.OpenXml).</summary>
public static class DocxRenderer
{
    public static byte[] Render(OfficialDocument document, DocumentLayout? layout = null) =>
        throw new NotSupportedException("DOCX output is being written.");
}
