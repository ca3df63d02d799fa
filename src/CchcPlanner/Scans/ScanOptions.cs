using Microsoft.Extensions.Configuration;

namespace CchcPlanner.Scans;

/// <summary>Where signed scans are kept (<c>&lt;Storage:DataFolder&gt;/scans</c>) and how large one may be (<c>Storage:ScanMaxMegabytes</c>, default 20).</summary>
public sealed class ScanOptions
{
    public const int DefaultMaxMegabytes = 20;

    public required string Folder { get; init; }

    public int MaxMegabytes { get; init; } = DefaultMaxMegabytes;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    public static ScanOptions From(IConfiguration configuration, string dataFolder) => new()
    {
        Folder = Path.Combine(dataFolder, "scans"),
        MaxMegabytes = configuration.GetValue("Storage:ScanMaxMegabytes", DefaultMaxMegabytes),
    };
}
