using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>
/// The real app (Program.cs) on Kestrel at <see cref="Address"/>: SQLite, logs and data-protection keys in
/// <see cref="DataFolder"/>, demo data seeded on first start. A second server on the same port and folder
/// continues where the first stopped, as after a restart of the service.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Factory factory;

    private AppServer(string dataFolder, int port)
    {
        DataFolder = dataFolder;
        Port = port;
        factory = new Factory(dataFolder);
        factory.UseKestrel(port);
        factory.StartServer();
    }

    public string DataFolder { get; }

    public int Port { get; }

    public Uri Address => new($"http://localhost:{Port}/");

    /// <summary>The app's services, for a test that prepares data of its own the UI cannot make quickly (an issued plan).</summary>
    public IServiceProvider Services => factory.Services;

    public static AppServer Start(string dataFolder, int? port = null) => new(dataFolder, port ?? FreePort());

    public string Url(string path) => new Uri(Address, path).ToString();

    /// <summary>Stops the server the way a service restart does: open connections are closed, the process's port is freed.</summary>
    public ValueTask DisposeAsync() => factory.DisposeAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // The environment of ./run.sh, not WebApplicationFactory's Development: outside Development an unpublished
            // build serves the packages' files (_content/Radzen.Blazor/…) only because Program.cs asks for them.
            builder.UseEnvironment("Demo");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Storage:DataFolder", dataFolder);
            builder.UseSetting("Demo:Enabled", "true");
            // Every test signs in from this machine: the login rate limit (10 a minute by default) would refuse them.
            builder.UseSetting("Security:LoginAttemptsPerMinute", "1000");

            // The app's JSON request log would drown the test output; warnings and errors still show.
            builder.UseSetting("Serilog:MinimumLevel", "Warning");
            builder.ConfigureServices(services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2)));
        }
    }
}
