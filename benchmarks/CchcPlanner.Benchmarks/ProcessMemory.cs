using System.Globalization;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// Peak resident memory (VmHWM in /proc/&lt;pid&gt;/status) and CPU time (/proc/&lt;pid&gt;/stat) of this process and of
/// the Chromium it started. CPU time, unlike elapsed time, does not grow when other work shares the machine.
/// </summary>
internal static class ProcessMemory
{
    /// <summary>
    /// User plus system CPU time of the given processes and of their children that have ended (Chromium starts a
    /// print compositor process per document), in milliseconds (clock ticks of 10 ms).
    /// </summary>
    public static double CpuMs(IEnumerable<int> pids) => pids.Sum(pid =>
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[11..15].Sum(f => long.Parse(f, CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (IOException)
        {
            return 0;
        }
    });

    /// <summary>The load average over the last minute: above the core count, elapsed times mean little.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static long PeakKb(int pid) => Kb(Field($"/proc/{pid}/status", "VmHWM:"));

    /// <summary>Proportional set size now: shared pages divided among the processes sharing them, so the sum is honest.</summary>
    public static long PssKb(int pid) => Kb(Field($"/proc/{pid}/smaps_rollup", "Pss:"));

    private static long Kb(string? value) =>
        value is null ? 0 : long.Parse(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);

    /// <summary>Every Chromium process descending from this one (browser, zygotes, renderers, GPU, utilities).</summary>
    public static IReadOnlyList<int> ChromiumDescendants() => Descendants("/chromium/");

    /// <summary>Every process descending from this one whose executable's path contains <paramref name="path"/> (<c>/node</c>: Playwright's driver).</summary>
    public static IReadOnlyList<int> Descendants(string path)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
        }

        bool Descends(int pid)
        {
            for (var p = pid; parents.TryGetValue(p, out var parent); p = parent)
            {
                if (parent == Environment.ProcessId)
                {
                    return true;
                }
            }

            return false;
        }

        return parents.Keys.Where(pid => Descends(pid) && Executable(pid).Contains(path, StringComparison.Ordinal)).ToList();
    }

    private static string Executable(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/exe").LinkTarget ?? string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static string? Field(string file, string name)
    {
        try
        {
            return File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
