using CchcPlanner.Web.Account;
using CchcPlanner.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCchcLogging();
builder.AddCchcData();
builder.Services.AddCchcIdentity();
builder.Services.AddCchcWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCchcPipeline();
app.MapCchcEndpoints();
app.MapAccountEndpoints();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
