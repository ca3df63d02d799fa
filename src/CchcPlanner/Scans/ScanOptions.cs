using Microsoft.Extensions.Configuration;

namespace CchcPlanner.Scans;

/// <summary>
/// Where uploaded files are kept (<c>&lt;Storage:DataFolder&gt;/scans</c>: signed scans, and KPI evidence under <c>evidence/</c>)
/// and how large one may be (<c>Storage:ScanMaxMegabytes</c>, default 20; <c>Storage:EvidenceMaxMegabytes</c>, default 10).
/// </summary>
public sealed class ScanOptions
{
    public const int DefaultMaxMegabytes = 20;

    public const int DefaultEvidenceMaxMegabytes = 10;

    public required string Folder { get; init; }

    public int MaxMegabytes { get; init; } = DefaultMaxMegabytes;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    public int EvidenceMaxMegabytes { get; init; } = DefaultEvidenceMaxMegabytes;

    public long EvidenceMaxBytes => EvidenceMaxMegabytes * 1024L * 1024L;

    public static ScanOptions From(IConfiguration configuration, string dataFolder) => new()
    {
        Folder = Path.Combine(dataFolder, "scans"),
        MaxMegabytes = configuration.GetValue("Storage:ScanMaxMegabytes", DefaultMaxMegabytes),
        EvidenceMaxMegabytes = configuration.GetValue("Storage:EvidenceMaxMegabytes", DefaultEvidenceMaxMegabytes),
    };
}
