using System.Globalization;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// The Chromium browser processes this test run started (through Playwright's driver), found in /proc by walking
/// parent ids up to this process: a browser is a <c>chromium</c> process whose parent is not one.
/// </summary>
internal static class ChromiumProcesses
{
    public static IReadOnlySet<int> Browsers()
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) && Stat(folder) is { } stat)
            {
                (names[pid], parents[pid]) = stat;
            }
        }

        bool IsOurs(int pid)
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

        return names.Where(n => n.Value == "chromium" && names.GetValueOrDefault(parents[n.Key]) != "chromium" && IsOurs(n.Key))
            .Select(n => n.Key).ToHashSet();
    }

    /// <summary>The command name and parent id from <c>/proc/&lt;pid&gt;/stat</c>: <c>pid (name) state ppid …</c>.</summary>
    private static (string Name, int Parent)? Stat(string folder)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(folder, "stat"));
            var close = stat.LastIndexOf(')');
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var fields = stat[(close + 2)..].Split(' ');
            return (stat[(open + 1)..close], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return null; // the process ended while the folder was read
        }
    }
}
