using Microsoft.Data.Sqlite;

namespace CchcPlanner.EndToEndTests.Infrastructure;

/// <summary>One app server for the whole run, in a temporary data folder that is deleted afterwards.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public AppServer App { get; private set; } = null!;

    public static string NewDataFolder() => Directory.CreateTempSubdirectory("cchc-e2e-").FullName;

    public static void DeleteDataFolder(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held open: the folder is in /tmp and harmless.
        }
    }

    public ValueTask InitializeAsync()
    {
        App = AppServer.Start(NewDataFolder());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        DeleteDataFolder(App.DataFolder);
    }
}
