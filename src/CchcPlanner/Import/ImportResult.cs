using CchcPlanner.Plans.Json;

namespace CchcPlanner.Import;

/// <summary>
/// What an import found: the plan in its JSON form (read it with <c>PlanJsonReader.From</c> to apply the plan's
/// rules), the cleaned text it was read from (one paragraph per line; warnings and citations point at these lines),
/// what could not be read with certainty, and every cited document matched against the catalogue.
/// </summary>
public sealed record ImportResult(
    PlanJson Plan,
    string SourceText,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<CitationMatch> Citations)
{
    /// <summary>The paragraphs of <see cref="SourceText"/>, as numbered by <see cref="ImportWarning.Paragraph"/>.</summary>
    public IReadOnlyList<string> Paragraphs => SourceText.Length == 0 ? [] : SourceText.Split('\n');
}

/// <summary>
/// Something the importer guessed or could not read; <paramref name="Paragraph"/> is the 0-based line of
/// <see cref="ImportResult.SourceText"/> it concerns, when there is one. Codes are listed in <see cref="ImportWarningCodes"/>.
/// </summary>
public sealed record ImportWarning(string Code, string Message, int? Paragraph = null);

/// <summary>The codes of <see cref="ImportWarning"/>, stable for callers that act on them.</summary>
public static class ImportWarningCodes
{
    public const string NoNumber = "no-number";
    public const string NoDate = "no-date";
    public const string NoPlace = "no-place";
    public const string YearGuessed = "year-guessed";
    public const string IssuingBodyMissing = "issuing-body-missing";
    public const string UnitNameInferred = "unit-name-inferred";
    public const string NoTitle = "no-title";
    public const string NoLegalBases = "no-legal-bases";
    public const string NoSections = "no-sections";
    public const string DuplicateSectionKind = "duplicate-section-kind";
    public const string KpiTargetOutOfRange = "kpi-target-out-of-range";
    public const string TaskTimelineUnrecognised = "task-timeline-unrecognised";
    public const string ReportingUnitMissing = "reporting-unit-missing";
    public const string AnnexMissing = "annex-missing";
    public const string NoClosing = "no-closing";
    public const string NoRecipients = "no-recipients";
    public const string RecipientsLabelMissing = "recipients-label-missing";
    public const string NoSignature = "no-signature";
    public const string SignatureIncomplete = "signature-incomplete";
    public const string DocxPartUnreadable = "docx-part-unreadable";
}
