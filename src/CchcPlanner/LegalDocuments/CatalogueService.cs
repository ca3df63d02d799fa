using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.LegalDocuments;

/// <summary>
/// Finds documents a user may cite, and keeps the catalogue: drafters, heads and administrators add what is missing;
/// administrators correct entries and record which are no longer in force.
/// </summary>
public sealed class CatalogueService(IDbContextFactory<CchcDbContext> contexts, TimeProvider time)
{
    private const string NotFound = "Không tìm thấy văn bản này trong danh mục (có thể đã bị xoá).";
    private const string OnlyAdmins = "Chỉ quản trị hệ thống mới được sửa danh mục văn bản.";

    /// <summary>
    /// Entries the user may cite, best match first (<see cref="CatalogueSearch"/>): national and general ones, and those
    /// issued by the user's unit or a unit above it. Entries no longer in force are included, with their replacement.
    /// </summary>
    public async Task<IReadOnlyList<CatalogueHit>> SearchCitableAsync(CurrentUser user, string? query, int max = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unitIds = CatalogueSearch.CitingUnitIds(await UnitPathAsync(db, user, cancellationToken));
        var documents = db.LegalDocuments.Where(d => d.IssuingUnitId == null || unitIds.Contains(d.IssuingUnitId.Value));
        return await FindAsync(db, documents, query, max, cancellationToken);
    }

    /// <summary>What the catalogue page lists: every entry for administrators, who keep it; the citable ones for everyone else.</summary>
    public async Task<IReadOnlyList<CatalogueHit>> SearchAsync(CurrentUser user, string? query, int max = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CataloguePermissions.CanMaintain(user))
        {
            return await SearchCitableAsync(user, query, max, cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, db.LegalDocuments, query, max, cancellationToken);
    }

    /// <summary>Problems to show beside the form's fields while the user types; the same rules <see cref="AddAsync"/> applies.</summary>
    public IReadOnlyList<CatalogueProblem> Check(LegalDocumentInput input) => LegalDocumentRules.Validate(input, LegalDocumentRules.Today(time));

    public async Task<CatalogueOutcome> AddAsync(CurrentUser user, LegalDocumentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CataloguePermissions.CanAdd(user))
        {
            return new CatalogueOutcome.Refused("Chỉ cán bộ soạn thảo, thủ trưởng đơn vị hoặc quản trị hệ thống mới được thêm văn bản vào danh mục.");
        }

        return await SaveAsync(input, null, cancellationToken);
    }

    public async Task<CatalogueOutcome> UpdateAsync(CurrentUser user, int id, LegalDocumentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CataloguePermissions.CanMaintain(user) ? await SaveAsync(input, id, cancellationToken) : new CatalogueOutcome.Refused(OnlyAdmins);
    }

    /// <summary>Records that <paramref name="replacementId"/>, a later entry, replaced the entry: it is no longer in force.</summary>
    public Task<CatalogueOutcome> MarkReplacedAsync(CurrentUser user, int id, int replacementId, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(user, id, async (db, document) =>
        {
            var replacement = await db.LegalDocuments.SingleOrDefaultAsync(d => d.Id == replacementId, cancellationToken);
            if (replacement is null)
            {
                return "Không tìm thấy văn bản thay thế trong danh mục.";
            }

            if (replacement.Id != document.Id && replacement.IssuedOn <= document.IssuedOn)
            {
                return $"Văn bản thay thế phải ban hành sau văn bản bị thay thế: {replacement.Symbol} ngày {VietnameseDates.Table(replacement.IssuedOn)}, "
                    + $"{document.Symbol} ngày {VietnameseDates.Table(document.IssuedOn)}.";
            }

            document.MarkReplacedBy(replacement);
            return null;
        }, cancellationToken);

    public Task<CatalogueOutcome> MarkInForceAsync(CurrentUser user, int id, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(user, id, (_, document) =>
        {
            document.MarkInForce();
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    private static async Task<IReadOnlyList<CatalogueHit>> FindAsync(CchcDbContext db, IQueryable<LegalDocument> documents, string? query, int max, CancellationToken cancellationToken)
    {
        var candidates = await documents.AsNoTracking().ToListAsync(cancellationToken);
        var found = CatalogueSearch.Rank(candidates, query).Take(max).ToList();
        var replacementIds = found.Select(d => d.ReplacedById).OfType<int>().Distinct().ToList();
        var replacements = await db.LegalDocuments.Where(d => replacementIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Symbol, cancellationToken);
        return found.Select(d => new CatalogueHit(d, d.ReplacedById is { } r ? replacements.GetValueOrDefault(r) : null)).ToList();
    }

    private static Task<string?> UnitPathAsync(CchcDbContext db, CurrentUser user, CancellationToken cancellationToken) =>
        db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);

    private async Task<CatalogueOutcome> SaveAsync(LegalDocumentInput input, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Check(input) is { Count: > 0 } problems)
        {
            return new CatalogueOutcome.Invalid(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = id is { } existingId ? await db.LegalDocuments.SingleOrDefaultAsync(d => d.Id == existingId, cancellationToken) : null;
        if (id is not null && document is null)
        {
            return new CatalogueOutcome.Refused(NotFound);
        }

        var symbol = SymbolRules.Normalise(input.Symbol);
        var issuer = LegalDocumentRules.CleanIssuer(input.Issuer);
        if (await FindDuplicateAsync(db, symbol, issuer, input.IssuedOn, id, cancellationToken) is { } duplicate)
        {
            return new CatalogueOutcome.Duplicate(duplicate);
        }

        try
        {
            if (document is null)
            {
                document = LegalDocumentRules.Create(input);
                db.LegalDocuments.Add(document);
            }
            else
            {
                LegalDocumentRules.Apply(input, document);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new CatalogueOutcome.Saved(document);
        }
        catch (DomainRuleException e)
        {
            return new CatalogueOutcome.Invalid([new CatalogueProblem(nameof(LegalDocumentInput.Symbol), e.Message)]);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same document between our check and our save, and the unique index caught it.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await FindDuplicateAsync(fresh, symbol, issuer, input.IssuedOn, id, cancellationToken) is { } saved)
            {
                return new CatalogueOutcome.Duplicate(saved);
            }

            throw;
        }
    }

    /// <summary>
    /// The entry with the same symbol, issuer and date, compared as users read them (case and spacing ignored). A symbol
    /// without a year repeats across years (99/NQ-CP of 2020 and of 2023), so the date is part of the identity.
    /// </summary>
    private static async Task<LegalDocument?> FindDuplicateAsync(
        CchcDbContext db, string symbol, string issuer, DateOnly? issuedOn, int? exceptId, CancellationToken cancellationToken)
    {
        var number = SymbolRules.Parse(symbol)?.Number ?? symbol;
        var sameNumber = await db.LegalDocuments.AsNoTracking()
            .Where(d => d.Id != exceptId && d.Symbol.StartsWith(number))
            .ToListAsync(cancellationToken);
        return sameNumber.FirstOrDefault(d =>
            string.Equals(d.Symbol, symbol, StringComparison.OrdinalIgnoreCase)
            && d.IssuedOn == issuedOn
            && VietnameseText.Comparer.Equals(LegalDocumentRules.CleanIssuer(d.Issuer), issuer));
    }

    private async Task<CatalogueOutcome> ChangeStatusAsync(
        CurrentUser user, int id, Func<CchcDbContext, LegalDocument, Task<string?>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CataloguePermissions.CanMaintain(user))
        {
            return new CatalogueOutcome.Refused(OnlyAdmins);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.LegalDocuments.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return new CatalogueOutcome.Refused(NotFound);
        }

        try
        {
            if (await change(db, document) is { } refusal)
            {
                return new CatalogueOutcome.Refused(refusal);
            }
        }
        catch (DomainRuleException e)
        {
            return new CatalogueOutcome.Refused(e.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CatalogueOutcome.Saved(document);
    }
}
