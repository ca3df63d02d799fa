using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace CchcPlanner.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog behind Microsoft.Extensions.Logging: JSON lines on the console (for containers and journald)
    /// and a daily rolling file in the data folder. Levels and extra sinks come from the <c>Serilog</c> settings.
    /// </summary>
    public static void AddCchcLogging(this WebApplicationBuilder builder)
    {
        var logFolder = Path.Combine(DataFolder.Resolve(builder.Configuration, builder.Environment), "logs");
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore.HttpLogging", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "CchcPlanner")
            .WriteTo.Console(new JsonFormatter(renderMessage: true))
            .WriteTo.File(
                new JsonFormatter(renderMessage: true),
                Path.Combine(logFolder, "cchcplanner-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
