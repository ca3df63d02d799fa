using System.Data;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcPlanner.Units;

/// <summary>
/// Every change to the tree runs in one serializable transaction, on both providers. A move rewrites the paths of every
/// unit below: a unit created or moved under it at the same moment must come wholly before or after, or its path would
/// keep the old prefix, and two crossing moves could make a cycle. SQLite takes its write lock at the first statement;
/// PostgreSQL lets both run and refuses one at commit (40001), which the user is asked to repeat.
/// </summary>
internal static class UnitTreeWrites
{
    public const string Conflict = "Cây đơn vị vừa được người khác thay đổi cùng lúc; hãy tải lại trang rồi thử lại.";

    /// <summary>Runs <paramref name="change"/> and commits when it succeeded; a refusal leaves nothing written.</summary>
    public static async Task<LifecycleResult<T>> RunAsync<T>(
        IDbContextFactory<CchcDbContext> contexts, Func<CchcDbContext, Task<LifecycleResult<T>>> change, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var result = await change(db);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        }
        catch (Exception e) when (IsSerializationFailure(e))
        {
            return LifecycleResult.Refused<T>(Conflict);
        }
    }

    public static bool IsSerializationFailure(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }
}
