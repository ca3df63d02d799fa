using System.Globalization;
using CchcPlanner.Audit;
using CchcPlanner.Dashboard;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.FollowUp;
using CchcPlanner.Identity;
using CchcPlanner.Identity.Administration;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Register;
using CchcPlanner.Reviews;
using CchcPlanner.Scans;
using CchcPlanner.Units;
using CchcPlanner.Web.Plans.Creation;
using CchcPlanner.Workflow;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.EntityFrameworkCore;
using Radzen;

namespace CchcPlanner.Web.Hosting;

internal static class ServiceSetup
{
    public static void AddCchcData(this WebApplicationBuilder builder)
    {
        var dataFolder = DataFolder.Resolve(builder.Configuration, builder.Environment);
        builder.Services.AddCchcDatabase(builder.Configuration, dataFolder);
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext());
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<PlanQueries>();
        builder.Services.AddScoped<UnitQueries>();
        builder.Services.AddScoped<UnitAdministration>();
        builder.Services.AddScoped<UnitImport>();
        builder.Services.AddScoped<CchcPlanner.Web.Units.UnitDialogs>();
        builder.Services.AddScoped<UserQueries>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<OwnPassword>();
        builder.Services.AddScoped<UserImport>();
        builder.Services.AddScoped<CchcPlanner.Web.Users.UserActions>();
        builder.Services.AddScoped<CatalogueService>();
        builder.Services.AddScoped<PlanEditor>();
        builder.Services.AddScoped<PlanRowActions>();
        builder.Services.AddScoped<PlanLifecycle>();
        builder.Services.AddScoped<PlanWorkflow>();
        builder.Services.AddScoped<SubmittedVersions>();
        builder.Services.AddScoped<ReviewComments>();
        builder.Services.AddScoped<DocumentRegister>();
        builder.Services.AddScoped<SignedScans>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<KpiResults>();
        builder.Services.AddScoped<KpiEvidence>();
        builder.Services.AddScoped<TaskProgressBook>();
        builder.Services.AddScoped<CchcPlanner.Reports.PlanReports>();
        builder.Services.AddScoped<PlanOverview>();
        builder.Services.AddScoped<ReviewerDashboards>();
        builder.Services.AddSingleton(ScanOptions.From(builder.Configuration, dataFolder));
        builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        builder.Services.AddDataProtection()
            .SetApplicationName("CchcPlanner")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));
        builder.Services.AddHealthChecks().AddDbContextCheck<CchcDbContext>(
            "database",
            customTestQuery: async (db, ct) =>
            {
                // Reads a real table: an unreadable SQLite file or an unmigrated database fails here.
                await db.Units.AnyAsync(ct);
                return true;
            });
    }

    public static void AddCchcWeb(this IServiceCollection services)
    {
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        CultureInfo.DefaultThreadCurrentCulture = vietnamese;
        CultureInfo.DefaultThreadCurrentUICulture = vietnamese;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddHttpLogging(logging =>
        {
            logging.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            logging.CombineLogs = true;
        });
        services.AddProblemDetails();
    }
}
