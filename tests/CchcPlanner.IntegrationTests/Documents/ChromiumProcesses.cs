using System.Globalization;

namespace CchcPlanner.IntegrationTests.Documents;

/// <summary>
/// The Chromium browser processes this test run started (through Playwright's driver), found in /proc by walking
/// parent ids up to this process. A browser is a process of Debian's chromium (or chromium-headless-shell) binary
/// whose parent is not one; its children are its zygotes, renderers and utilities.
/// </summary>
internal static class ChromiumProcesses
{
    public static IReadOnlySet<int> Browsers()
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid) && Parent(folder) is { } parent)
            {
                parents[pid] = parent;
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

        return parents.Keys.Where(pid => IsChromium(pid) && !IsChromium(parents[pid]) && IsOurs(pid)).ToHashSet();
    }

    private static bool IsChromium(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/exe").LinkTarget?.StartsWith("/usr/lib/chromium/", StringComparison.Ordinal) == true;
        }
        catch (IOException)
        {
            return false; // the process ended while it was read
        }
        catch (UnauthorizedAccessException)
        {
            return false; // another user's process
        }
    }

    /// <summary>The parent id from <c>/proc/&lt;pid&gt;/stat</c>: <c>pid (name) state ppid …</c>.</summary>
    private static int? Parent(string folder)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(folder, "stat"));
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
