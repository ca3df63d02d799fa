using CchcPlanner.Common;
using CchcPlanner.Web.Account;
using CchcPlanner.Web.Api;
using CchcPlanner.Web.Dashboard;
using CchcPlanner.Web.Deadlines;
using CchcPlanner.Web.Documents;
using CchcPlanner.Web.FollowUp;
using CchcPlanner.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    // Serve the packages' static files (Radzen's CSS, fonts, script) from the build output in every environment,
    // not only Development (./run.sh uses the Demo environment); a published app has them in wwwroot and skips this.
    builder.WebHost.UseStaticWebAssets();
    builder.AddCchcLogging();
    builder.AddCchcData();
    builder.AddCchcDeadlines();
    builder.Services.AddCchcIdentity(builder.Environment, builder.Configuration);
    builder.Services.AddCchcApi();
    builder.Services.AddLoginRateLimit(builder.Configuration);
    builder.Services.AddReverseProxySupport(builder.Configuration);
    builder.Services.AddCchcWeb();
    builder.Services.AddCchcDocuments(builder.Configuration);
    app = builder.Build();
}
catch (SettingsException e)
{
    // One line an IT officer can act on, and a failing exit code for systemd or Docker; no stack trace.
    await Console.Error.WriteLineAsync($"CchcPlanner cannot start: {e.Message}");
    return 1;
}

await app.PrepareDatabaseAsync();
app.UseCchcPipeline();
app.MapCchcEndpoints();
app.MapAccountEndpoints();
app.MapDocumentEndpoints();
app.MapEvidenceEndpoints();
app.MapDashboardEndpoints();
app.MapCchcApi();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
