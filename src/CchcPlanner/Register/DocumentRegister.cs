using CchcPlanner.Audit;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Register;

public sealed record RegisterRow(int Number, DateOnly IssuedOn, string NumberAndSymbol, string Summary, int? PlanId, string RegisteredBy, DateTimeOffset At)
{
    public string IssuedOnText => VietnameseDates.Table(IssuedOn);
}

/// <summary>One year of a unit's register of plans: the lines given so far and the number the next plan will take.</summary>
public sealed record RegisterBook(int UnitId, string UnitName, int Year, string DocumentType, int NextNumber, IReadOnlyList<RegisterRow> Rows);

/// <summary>
/// The register of documents issued (sổ đăng ký văn bản đi), per issuing unit, calendar year and type of document.
/// Numbers are taken by <see cref="TakeNextNumberAsync"/> inside the issuing transaction: one statement that creates or
/// moves the counter row and returns the number, holding the row (PostgreSQL) or the database (SQLite, <c>BEGIN
/// IMMEDIATE</c>) until the transaction ends. Two clerks therefore never get one number, and a number whose issue rolls
/// back is given to the next plan: no duplicates, no gaps.
/// </summary>
public sealed class DocumentRegister(IDbContextFactory<CchcDbContext> contexts)
{
    /// <summary>The type abbreviation of plans (kế hoạch) in symbols and registers.</summary>
    public const string PlanType = "KH";

    /// <summary>The register of a unit the user may see (default: their own) for a year.</summary>
    public async Task<LifecycleResult<RegisterBook>> ListAsync(CurrentUser user, int year, int? unitId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scope = await AccessScope.ForAsync(db, user, cancellationToken);
        var id = unitId ?? user.UnitId;
        var unit = await scope.ReadableUnits(db.Units).Where(u => u.Id == id).Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return LifecycleResult.Refused<RegisterBook>("Không tìm thấy đơn vị này, hoặc bạn không có quyền xem sổ đăng ký của đơn vị.");
        }

        var last = await db.RegisterCounters
            .Where(c => c.UnitId == id && c.Year == year && c.DocumentType == PlanType)
            .Select(c => (int?)c.LastNumber).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var rows = await db.RegisterEntries
            .Where(e => e.UnitId == id && e.Year == year && e.DocumentType == PlanType)
            .OrderBy(e => e.Number)
            .Select(e => new RegisterRow(e.Number, e.IssuedOn, e.NumberAndSymbol, e.Summary, e.PlanId, e.RegisteredBy, e.At))
            .ToListAsync(cancellationToken);
        return LifecycleResult.Done(new RegisterBook(unit.Id, unit.Name, year, PlanType, last + 1, rows));
    }

    /// <summary>
    /// For a unit that starts using the system during a year: the plans numbered on paper so far end at
    /// <paramref name="lastNumberOnPaper"/>, and the next one issued here takes the number after it. Only the unit's clerk,
    /// and only while the system has issued nothing in that year's register.
    /// </summary>
    public async Task<LifecycleResult<int>> StartAfterAsync(CurrentUser clerk, int year, int lastNumberOnPaper, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        if (!clerk.IsIn(Roles.Clerk))
        {
            return LifecycleResult.Refused<int>("Chỉ văn thư mới được đặt số bắt đầu của sổ đăng ký.");
        }

        if (lastNumberOnPaper < 0)
        {
            return LifecycleResult.Refused<int>("Số cuối cùng đã cấp trên sổ giấy không được âm.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransactions.BeginAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "RegisterCounters" ("UnitId", "Year", "DocumentType", "LastNumber") VALUES ({clerk.UnitId}, {year}, {PlanType}, {lastNumberOnPaper})
            ON CONFLICT ("UnitId", "Year", "DocumentType") DO UPDATE SET "LastNumber" = excluded."LastNumber"
            """,
            cancellationToken);
        if (await db.RegisterEntries.AnyAsync(e => e.UnitId == clerk.UnitId && e.Year == year && e.DocumentType == PlanType, cancellationToken))
        {
            return LifecycleResult.Refused<int>($"Sổ đăng ký năm {year} đã có văn bản được cấp số trong hệ thống; không đổi được số bắt đầu.");
        }

        db.AuditEntries.Add(AuditEntry.By(clerk, AuditActions.RegisterStarted, null, $"Sổ đăng ký kế hoạch năm {year}: số tiếp theo là {lastNumberOnPaper + 1}."));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LifecycleResult.Done(lastNumberOnPaper + 1);
    }

    /// <summary>The next number of a register, taken inside the caller's transaction (see the class summary).</summary>
    internal static async Task<int> TakeNextNumberAsync(CchcDbContext db, int unitId, int year, string documentType, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A number is taken inside the transaction that uses it, so that a rollback gives it back.");
        }

        var numbers = await db.Database.SqlQuery<int>(
            $"""
            INSERT INTO "RegisterCounters" ("UnitId", "Year", "DocumentType", "LastNumber") VALUES ({unitId}, {year}, {documentType}, 1)
            ON CONFLICT ("UnitId", "Year", "DocumentType") DO UPDATE SET "LastNumber" = "RegisterCounters"."LastNumber" + 1
            RETURNING "LastNumber" AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
