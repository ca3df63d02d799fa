using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Data;

public sealed class MigrationsTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrations_ForEachProvider_MatchTheModel(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        await using var db = database.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Token));
    }
}
