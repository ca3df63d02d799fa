using CchcPlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Cli;

/// <summary><c>cchc migrate</c>: applies pending migrations, then seeds roles and the national catalogue.</summary>
internal static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await initializer.MigrateAsync();
            await initializer.SeedReferenceDataAsync();
            await output.WriteLineAsync(pending.Count == 0
                ? $"Cơ sở dữ liệu {options.Provider} đã ở phiên bản mới nhất."
                : $"Đã cập nhật cơ sở dữ liệu {options.Provider}: {pending.Count} bước ({string.Join(", ", pending)}).");
            return CliApp.Ok;
        }
#pragma warning disable CA1031 // A terminal user gets one clear line and a non-zero exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"Không cập nhật được cơ sở dữ liệu {options.Provider}: {ex.GetBaseException().Message}");
            return CliApp.Failed;
        }
    }
}
