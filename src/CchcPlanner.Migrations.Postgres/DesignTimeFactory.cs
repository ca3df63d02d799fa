using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CchcPlanner.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL; no server is contacted.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CchcDbContext>
{
    public CchcDbContext CreateDbContext(string[] args) =>
        new(DatabaseRegistration.CreateOptions(DatabaseProvider.Postgres, "Host=localhost;Database=cchcplanner_design"));
}
