using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CchcPlanner.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CchcDbContext>
{
    public CchcDbContext CreateDbContext(string[] args) =>
        new(DatabaseRegistration.CreateOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
