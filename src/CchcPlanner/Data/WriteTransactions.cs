using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CchcPlanner.Data;

/// <summary>
/// The transaction of a workflow step. On SQLite it takes the database's write lock at its first statement
/// (<c>BEGIN IMMEDIATE</c>): steps run one after another, and a step that finds the lock taken waits (the driver retries
/// SQLITE_BUSY until the command timeout) instead of failing half-way. On PostgreSQL it is read committed; the rows a step
/// writes (the register's counter, the plan under its concurrency token) are what serialise concurrent steps.
/// </summary>
internal static class WriteTransactions
{
    public static Task<IDbContextTransaction> BeginAsync(CchcDbContext db, CancellationToken cancellationToken) =>
        db.Database.IsSqlite()
            ? db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken)
            : db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
}
