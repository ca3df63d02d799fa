using CchcPlanner.Checks;
using CchcPlanner.Data;
using CchcPlanner.Import;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans.Json;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Plans.Creation;

/// <summary>Reading an existing plan from a file and saving it as a new draft of a unit the user drafts for.</summary>
public sealed partial class PlanLifecycle
{
    /// <summary>
    /// Imports an uploaded plan against the documents the user may cite and runs every check on it. A file that is not
    /// a plan comes back with the importer's Vietnamese message, never as an exception.
    /// </summary>
    public async Task<ImportedFile> ImportAsync(CurrentUser user, byte[] file, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await CitableAsync(db, user, tracked: false, cancellationToken);
        return ImportedFile.Read(file, fileName, documents, new CitationCatalogue(documents));
    }

    /// <summary>The units the user may save an imported plan into (their own unit, when they draft for it), by id and name.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> DraftableUnitsAsync(CurrentUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!PlanPermissions.CanDraftFor(user, user.UnitId))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.Where(u => u.Id == user.UnitId).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        return units.Select(u => (u.Id, u.Name)).ToList();
    }

    /// <summary>
    /// A new draft of <paramref name="unitId"/> holding the imported plan (as corrected by the user): legal bases point
    /// at the catalogue entries the user may cite, the number is left for the clerk.
    /// </summary>
    public async Task<LifecycleResult<int>> CreateFromImportAsync(CurrentUser user, int unitId, PlanJson plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(plan);
        if (!PlanPermissions.CanDraftFor(user, unitId))
        {
            return LifecycleResult.Refused<int>(NotADrafter);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await UnitOfAsync(db, user, cancellationToken) is not { } unit)
        {
            return LifecycleResult.Refused<int>(NoUnit);
        }

        // Tracked, so that the new plan's legal bases point at these rows.
        var documents = await CitableAsync(db, user, tracked: true, cancellationToken);
        var catalogue = new CitationCatalogue(documents);
        return await SaveNewAsync(db, user, () => PlanJsonReader.ToDraft(plan, unit, c => catalogue.Find(c.Symbol, c.Issuer)), cancellationToken);
    }

    /// <summary>National and general entries and those of the user's unit or a unit above it.</summary>
    private static async Task<List<LegalDocument>> CitableAsync(CchcDbContext db, CurrentUser user, bool tracked, CancellationToken cancellationToken)
    {
        var path = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        var unitIds = CatalogueSearch.CitingUnitIds(path);
        var documents = db.LegalDocuments.Where(d => d.IssuingUnitId == null || unitIds.Contains(d.IssuingUnitId.Value));
        return await (tracked ? documents : documents.AsNoTracking()).ToListAsync(cancellationToken);
    }
}
