using System.Net.Http.Headers;
using System.Net.Http.Json;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Plans;
using CchcPlanner.Scans;
using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Api;

/// <summary>
/// The matrix's world, beside the demo: a parent unit with two children (own, sibling) and a child below own; one user per
/// role in own; in each unit a draft and an issued plan to read, and for each step, asker and unit a plan of its own in the
/// state the step starts from (so that an allowed step changes nothing another case reads). Every asker signed in once,
/// with the login page (cookie) and with the API (bearer token). One world per database provider.
/// </summary>
public abstract class MatrixWorld : IAsyncLifetime
{
    public const string Password = "MaTran@2026!";

    private const string TopHeadEmail = "thu-truong-cap-tren@ma-tran.vn";

    public static readonly string[] Steps = ["submit", "return", "approve", "issue"];

    private readonly Dictionary<Asker, WebSession> _browsers = [];
    private readonly Dictionary<Asker, HttpClient> _api = [];

    public CchcAppFactory App { get; private set; } = null!;

    public int Year { get; } = VietnameseDates.DateInVietnam(DateTimeOffset.UtcNow).Year;

    /// <summary>The report deadline each plan to read carries, as the calendar names it.</summary>
    public static string DeadlineName(string planTitle) => $"Báo cáo quý I – {planTitle}";

    /// <summary>Plans to read: (relation, "Draft" or "Issued") → id and title.</summary>
    public Dictionary<(Relation, string), (int Id, string Title)> ReadPlans { get; } = [];

    /// <summary>The KPI result with an evidence file (a PDF on disk) of each unit's issued plan: relation → result id.</summary>
    public Dictionary<Relation, int> EvidenceResults { get; } = [];

    /// <summary>Plans to act on: (step, asker, relation) → id.</summary>
    public Dictionary<(string, Asker, Relation), int> StepPlans { get; } = [];

    /// <summary>Submitted plans for the head of the parent unit, a unit at the top of the tree: (step, relation from the parent) → id.</summary>
    public Dictionary<(string, Relation), int> TopHeadPlans { get; } = [];

    /// <summary>The head of the parent unit (top of the tree), signed in with a bearer token.</summary>
    public HttpClient TopHead { get; private set; } = null!;

    public WebSession Browser(Asker asker) => _browsers[asker];

    public HttpClient Api(Asker asker) => _api[asker];

    public async ValueTask InitializeAsync()
    {
        App = await StartAsync();
        var units = await SaveUnitsAsync();
        await SavePlansAsync(units);
        await SaveUsersAsync(units[Relation.Own]);
        await SaveUserAsync(TopHeadEmail, Roles.Head, units[Relation.Parent]);
        foreach (var asker in Enum.GetValues<Asker>())
        {
            var browser = App.NewSession();
            var api = App.NewClient();
            if (asker != Asker.Anonymous)
            {
                var signedIn = await browser.SignInAsync(Email(asker), Password);
                Assert.Equal("/", signedIn.Location);
                await BearerAsync(api, Email(asker));
            }

            _browsers[asker] = browser;
            _api[asker] = api;
        }

        TopHead = App.NewClient();
        await BearerAsync(TopHead, TopHeadEmail);
    }

    public async Task<(PlanStatus Status, Guid Version)> StateAsync(int planId)
    {
        await using var db = NewContext();
        var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.Status, p.Version }).SingleAsync(TestContext.Current.CancellationToken);
        return (plan.Status, plan.Version);
    }

    public static string Email(Asker asker) => $"{asker.ToString().ToLowerInvariant()}@ma-tran.vn";

    public virtual async ValueTask DisposeAsync()
    {
        TopHead.Dispose();
        foreach (var client in _api.Values)
        {
            client.Dispose();
        }

        foreach (var browser in _browsers.Values)
        {
            browser.Dispose();
        }

        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The app on this world's database.</summary>
    protected abstract Task<CchcAppFactory> StartAsync();

    private static async Task BearerAsync(HttpClient api, string email)
    {
        using var login = await api.PostAsJsonAsync("/api/tai-khoan/login", new { email, password = Password }, TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<TokenAnswer>(TestContext.Current.CancellationToken))!.AccessToken;
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private CchcDbContext NewContext() => App.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext();

    private async Task<Dictionary<Relation, Unit>> SaveUnitsAsync()
    {
        await using var db = NewContext();
        var parent = new Unit("Sở Nội vụ tỉnh Ma Trận", "SNV", "Ma Trận", "GIÁM ĐỐC", UnitCategory.Department);
        var own = new Unit("Phòng Cải cách hành chính", "PCCHC", "Ma Trận", "TRƯỞNG PHÒNG", UnitCategory.Office, parent);
        var sibling = new Unit("Phòng Tổ chức biên chế", "PTCBC", "Ma Trận", "TRƯỞNG PHÒNG", UnitCategory.Office, parent);
        var child = new Unit("Tổ Kiểm soát thủ tục hành chính", "TKSTTHC", "Ma Trận", "TỔ TRƯỞNG", UnitCategory.Other, own);
        await TestData.SaveTreeAsync(db, [parent, own, sibling, child]);
        return new() { [Relation.Own] = own, [Relation.Child] = child, [Relation.Sibling] = sibling, [Relation.Parent] = parent };
    }

    private async Task SavePlansAsync(Dictionary<Relation, Unit> units)
    {
        await using var db = NewContext();
        var plans = new List<(Plan Plan, Action<int> Keep)>();
        foreach (var (relation, unit) in units)
        {
            var owner = await db.Units.SingleAsync(u => u.Id == unit.Id);
            foreach (var state in new[] { "Draft", "Issued" })
            {
                var title = $"Kế hoạch ma trận {state} của {owner.Name}";
                var plan = new Plan(owner, PlanKind.Other, Year, title);
                var kpi = plan.AddKpi("Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên", Comparator.AtLeast, 95, "%");
                plan.AddReportingDeadline(DeadlineName(title), ReportingPeriod.Quarter1, new DateOnly(Year, 3, 2), "Sở Nội vụ tỉnh Ma Trận");
                InState(plan, state);
                var evidence = state == "Issued" ? WithEvidence(plan, kpi, relation) : null;
                plans.Add((plan, id =>
                {
                    ReadPlans[(relation, state)] = (id, title);
                    if (evidence is not null)
                    {
                        EvidenceResults[relation] = evidence.Id;
                    }
                }));
            }

            foreach (var step in Steps)
            {
                foreach (var asker in Enum.GetValues<Asker>())
                {
                    var from = step switch { "submit" => "Draft", "issue" => "Approved", _ => "Submitted" };
                    var plan = InState(new Plan(owner, PlanKind.Other, Year, $"Kế hoạch ma trận {step} {asker} của {owner.Name}"), from);
                    plans.Add((plan, id => StepPlans[(step, asker, relation)] = id));
                }

                if (step is "return" or "approve" && relation is Relation.Parent or Relation.Own)
                {
                    var fromTop = relation == Relation.Parent ? Relation.Own : Relation.Child;
                    var plan = InState(new Plan(owner, PlanKind.Other, Year, $"Kế hoạch ma trận {step} thủ trưởng cấp trên của {owner.Name}"), "Submitted");
                    plans.Add((plan, id => TopHeadPlans[(step, fromTop)] = id));
                }
            }
        }

        db.Plans.AddRange(plans.Select(p => p.Plan));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        foreach (var (plan, keep) in plans)
        {
            keep(plan.Id);
        }
    }

    /// <summary>A Quý I result with a small PDF as its evidence, written into the app's storage.</summary>
    private KpiResult WithEvidence(Plan plan, Kpi kpi, Relation relation)
    {
        var result = plan.RecordKpiResult(kpi, ReportingPeriod.Quarter1, 96, null, "Người nhập ma trận", DateTimeOffset.UtcNow);
        var storedName = $"evidence/{Year}/ma-tran-{relation}.pdf";
        result.AttachEvidence(storedName);
        var path = Path.Combine(App.Services.GetRequiredService<ScanOptions>().Folder, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray());
        return result;
    }

    private Plan InState(Plan plan, string state)
    {
        if (state != "Draft")
        {
            plan.Submit();
        }

        if (state is "Approved" or "Issued")
        {
            plan.Approve();
        }

        if (state == "Issued")
        {
            plan.Issue(900, new DateOnly(Year, 1, 2));
        }

        return plan;
    }

    private async Task SaveUsersAsync(Unit own)
    {
        foreach (var asker in Enum.GetValues<Asker>().Where(a => a != Asker.Anonymous))
        {
            await SaveUserAsync(Email(asker), asker.ToString(), own);
        }
    }

    private async Task SaveUserAsync(string email, string role, Unit unit)
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = $"Người dùng {role}", UnitId = unit.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    private sealed record TokenAnswer(string AccessToken);
}

/// <summary>The matrix on SQLite.</summary>
public sealed class SqliteMatrixWorld : MatrixWorld
{
    protected override Task<CchcAppFactory> StartAsync() => Task.FromResult(CchcAppFactory.SqliteDemo());
}

/// <summary>The matrix on a throwaway PostgreSQL database (dropped at the end).</summary>
public sealed class PostgresMatrixWorld(PostgresServer server) : MatrixWorld
{
    private string? _connectionString;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await server.DropDatabaseAsync(_connectionString);
        }
    }

    protected override async Task<CchcAppFactory> StartAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        return CchcAppFactory.PostgresDemo(_connectionString);
    }
}
