namespace CchcPlanner.Documents.Docx;

/// <summary>
/// Identifiers of the named styles in styles.xml. Every part of the document is formatted through these styles, so a
/// clerk who changes one (say, the recipients' size) changes it everywhere, as in any official template.
/// </summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string TableNormal = "TableNormal";
    public const string ParentBody = "CchcParentBody";
    public const string IssuingBody = "CchcIssuingBody";
    public const string NationalTitle = "CchcNationalTitle";
    public const string Motto = "CchcMotto";
    public const string Number = "CchcNumber";
    public const string PlaceAndDate = "CchcPlaceAndDate";
    public const string Rule = "CchcRule";
    public const string DocumentType = "CchcDocumentType";
    public const string Summary = "CchcSummary";
    public const string LegalBasis = "CchcLegalBasis";
    public const string SectionHeading = "CchcSectionHeading";
    public const string SubHeading = "CchcSubHeading";
    public const string Note = "CchcNote";
    public const string RecipientsLabel = "CchcRecipientsLabel";
    public const string Recipient = "CchcRecipient";
    public const string Signature = "CchcSignature";
    public const string SignerName = "CchcSignerName";
    public const string AnnexLabel = "CchcAnnexLabel";
    public const string AnnexTitle = "CchcAnnexTitle";
    public const string AnnexReference = "CchcAnnexReference";
    public const string Table = "CchcTable";
    public const string TableText = "CchcTableText";
    public const string TableHeading = "CchcTableHeading";
    public const string TableGroup = "CchcTableGroup";
    public const string PageNumber = "CchcPageNumber";

    public static string For(BlockStyle style) => style switch
    {
        BlockStyle.SectionHeading => SectionHeading,
        BlockStyle.SubHeading => SubHeading,
        BlockStyle.Note => Note,
        _ => Normal,
    };
}
