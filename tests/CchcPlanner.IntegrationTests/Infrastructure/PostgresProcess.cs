using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>Runs the PostgreSQL server programs; as root they run as the <c>postgres</c> user, since initdb refuses root.</summary>
internal static class PostgresProcess
{
    private const string ServerUser = "postgres";

    /// <summary><c>$PG_BIN</c>, else the highest <c>/usr/lib/postgresql/N/bin</c>; null when neither has initdb and pg_ctl.</summary>
    public static string? FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServer(configured) ? configured : null;
        }

        const string installed = "/usr/lib/postgresql";
        if (!Directory.Exists(installed))
        {
            return null;
        }

        return Directory.GetDirectories(installed)
            .Select(version => (Number: int.TryParse(Path.GetFileName(version), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1, Bin: Path.Combine(version, "bin")))
            .Where(v => v.Number >= 0 && HasServer(v.Bin))
            .OrderByDescending(v => v.Number)
            .Select(v => v.Bin)
            .FirstOrDefault();
    }

    public static async Task GiveToServerUserAsync(string folder)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await ExecuteAsync("chown", ["-R", $"{ServerUser}:{ServerUser}", folder]);
        }
    }

    public static Task RunAsync(string bin, string program, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(bin, program);
        return Environment.IsPrivilegedProcess
            ? ExecuteAsync("runuser", ["-u", ServerUser, "--", path, .. arguments])
            : ExecuteAsync(path, arguments);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool HasServer(string bin) => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"));

    private static async Task ExecuteAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
