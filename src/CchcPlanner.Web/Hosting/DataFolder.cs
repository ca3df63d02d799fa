namespace CchcPlanner.Web.Hosting;

/// <summary>Where the app keeps its SQLite file, logs, data-protection keys and uploads (<c>Storage:DataFolder</c>).</summary>
internal static class DataFolder
{
    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Storage:DataFolder"];
        var folder = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        var full = Path.GetFullPath(folder, environment.ContentRootPath);
        Directory.CreateDirectory(full);
        return full;
    }
}
