using CchcPlanner.Identity;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// Fills an empty database with the demo: the unit tree, one user per role, the two example plans and a few more, with
/// the review record and register lines their states imply (<see cref="DemoReviews"/>).
/// Runs only when demo mode is on (never in production settings) and only on a database without units.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<CchcDbContext> contexts, UserManager<AppUser> users)
{
    public const string Password = "CchcDemo@2026";

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("soanthao@demo.vn", "Nguyễn Thị Thu Hà", Roles.Drafter, u => u.TuoiHong),
        new("hieutruong@demo.vn", "Vũ Thị Ngọc Bắc", Roles.Head, u => u.TuoiHong),
        new("vanthu@demo.vn", "Trần Thị Mai", Roles.Clerk, u => u.TuoiHong),
        new("thamdinh@demo.vn", "Lê Văn Minh", Roles.Reviewer, u => u.District1),
        new("quantri@demo.vn", "Phạm Quốc Bảo", Roles.Admin, u => u.Ministry),
        new("ninhgiang@demo.vn", "Đỗ Văn Hùng", Roles.Drafter, u => u.NinhGiang),
    ];

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return false;
        }

        var units = DemoUnits.Create();
        await SaveTreeAsync(db, [.. units.All, DemoReviews.SchoolWithoutPlan(units.District1)], cancellationToken);

        await DatabaseInitializer.AddMissingDocumentsAsync(db, DemoDocuments.Create(), cancellationToken);
        var catalogue = await db.LegalDocuments.ToListAsync(cancellationToken);
        LegalDocument Document(string symbol) => catalogue.Single(d => d.Symbol == symbol);

        var kindergarten = KindergartenPlan2023.Build(units.TuoiHong, Document);
        DemoResults.Add(kindergarten);
        db.Plans.Add(kindergarten);
        db.Plans.Add(NinhGiangPlan2022.Build(units.NinhGiang, Document));
        var others = OtherDemoPlans.Build(units, Document);
        db.Plans.AddRange(others);
        db.Plans.Add(District1Plan2024.Build(units.District1, Document));
        await db.SaveChangesAsync(cancellationToken);

        // Issued plans are catalogued so that the units below can cite them and start their own plans from them.
        foreach (var plan in db.Plans.Local.Where(p => p.Status.IsPublished()).ToList())
        {
            await PlanCitations.EnsureCataloguedAsync(db, plan, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        var accounts = new Dictionary<string, AppUser>();
        foreach (var demoUser in Users)
        {
            accounts[demoUser.Email] = await CreateUserAsync(demoUser, demoUser.Unit(units).Id);
        }

        var reviewer = accounts["thamdinh@demo.vn"];
        Plan InState(PlanStatus status) => others.Single(p => p.Status == status);
        var plans = new DemoPlans(
            InState(PlanStatus.Submitted), InState(PlanStatus.Returned), InState(PlanStatus.Approved), db.Plans.Local.Where(p => p.Status.IsPublished()).ToList());
        DemoReviews.Add(
            db,
            units,
            plans,
            new CurrentUser(reviewer.Id, reviewer.UserName!, reviewer.FullName, units.District1.Id, units.District1.Name, new HashSet<string> { Roles.Reviewer }));
        await db.SaveChangesAsync(cancellationToken);

        return true;
    }

    /// <summary>Saves units top-down so each knows its parent's id, then sets the materialised paths.</summary>
    private static async Task SaveTreeAsync(CchcDbContext db, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var unit in units)
        {
            unit.RefreshPath();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AppUser> CreateUserAsync(DemoUser demoUser, int unitId)
    {
        var user = new AppUser
        {
            UserName = demoUser.Email,
            Email = demoUser.Email,
            EmailConfirmed = true,
            FullName = demoUser.FullName,
            UnitId = unitId,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {demoUser.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, demoUser.Role);
        return user;
    }
}

public sealed record DemoUser(string Email, string FullName, string Role, Func<DemoUnits, Unit> Unit);
