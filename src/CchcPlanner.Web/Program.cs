using CchcPlanner.Web.Account;
using CchcPlanner.Web.Api;
using CchcPlanner.Web.Deadlines;
using CchcPlanner.Web.Documents;
using CchcPlanner.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

// Serve the packages' static files (Radzen's CSS, fonts, script) from the build output in every environment,
// not only Development (./run.sh uses the Demo environment); a published app has them in wwwroot and skips this.
builder.WebHost.UseStaticWebAssets();
builder.AddCchcLogging();
builder.AddCchcData();
builder.AddCchcDeadlines();
builder.Services.AddCchcIdentity(builder.Environment, builder.Configuration);
builder.Services.AddCchcApi();
builder.Services.AddLoginRateLimit(builder.Configuration);
builder.Services.AddCchcWeb();
builder.Services.AddCchcDocuments(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCchcPipeline();
app.MapCchcEndpoints();
app.MapAccountEndpoints();
app.MapDocumentEndpoints();
app.MapCchcApi();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
