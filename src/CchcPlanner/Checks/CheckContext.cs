using CchcPlanner.Plans.Json;

namespace CchcPlanner.Checks;

/// <summary>
/// What the checker knows beside the plan: whether the plan is meant to be final, the text and file it was imported
/// from, the catalogue, and how citations are found in its texts. <see cref="Default"/> suits a plan from the database.
/// </summary>
public sealed record CheckContext
{
    public static CheckContext Default { get; } = new();

    /// <summary>
    /// Whether the plan counts as issued: blanks left for the clerk are then errors. Null (the default) takes it from
    /// the plan's status (<c>issued</c> or <c>signed</c>).
    /// </summary>
    public bool? Issued { get; init; }

    /// <summary>The text an import read, before it was normalised; null for plans from the database or the editor.</summary>
    public string? SourceText { get; init; }

    /// <summary>The Word file the plan was imported from, for the format checks; null for any other source.</summary>
    public ReadOnlyMemory<byte>? Docx { get; init; }

    /// <summary>Real dates of cited documents; without it a date conflict cannot say which date is right.</summary>
    public CitationCatalogue? Catalogue { get; init; }

    public ICitationFinder CitationFinder { get; init; } = ImportCitationFinder.Instance;

    /// <summary>Whether <paramref name="plan"/> counts as issued in this context.</summary>
    public bool IsIssued(PlanJson plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Issued ?? plan.Status is "issued" or "signed";
    }
}
