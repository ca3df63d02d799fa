using System.Globalization;

namespace CchcPlanner.Benchmarks;

/// <summary>
/// Peak resident memory (VmHWM in /proc/&lt;pid&gt;/status) and CPU time (/proc/&lt;pid&gt;/stat) of this process and of
/// the Chromium it started. CPU time, unlike elapsed time, does not grow when other work shares the machine.
/// </summary>
internal static class ProcessMemory
{
    /// <summary>User plus system CPU time of the given processes, in milliseconds (clock ticks of 10 ms).</summary>
    public static double CpuMs(IEnumerable<int> pids) => pids.Sum(pid =>
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
        }
        catch (IOException)
        {
            return 0;
        }
    });

    /// <summary>The load average over the last minute: above the core count, elapsed times mean little.</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static long PeakKb(int pid) =>
        Field(pid, "VmHWM:") is { } value ? long.Parse(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) : 0;

    /// <summary>Every chromium process descending from this one (browser, zygotes, renderers, GPU/utility).</summary>
    public static IReadOnlyList<int> ChromiumDescendants() => Descendants("chromium");

    /// <summary>Every process descending from this one with the given command name (<c>node</c> is Playwright's driver).</summary>
    public static IReadOnlyList<int> Descendants(string command)
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
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

        return names.Where(n => n.Value == command && Descends(n.Key)).Select(n => n.Key).ToList();
    }

    private static string? Field(int pid, string name)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?[name.Length..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
