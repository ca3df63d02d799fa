using CchcPlanner.Data;
using CchcPlanner.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.Cli;

/// <summary>
/// <c>cchc admin create --email E --unit "Tên đơn vị" [--name "Họ tên"] [--abbreviation X --place P --head-title T]</c>:
/// the first administrator of an installation without demo data (docs/deployment.md). The temporary password is printed
/// once, on standard output, and nowhere else (not in the logs).
/// </summary>
internal static class AdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, CliOptions options, TextWriter output, TextWriter error)
    {
        if (options.Arguments is not ["create"])
        {
            await error.WriteLineAsync("Cách dùng: cchc admin create --email <email> --unit \"<tên đơn vị>\" [--name \"<họ tên>\"] [--abbreviation <viết tắt> --place \"<địa danh>\" --head-title \"<chức danh thủ trưởng>\"]");
            return CliApp.Usage;
        }

        string? Setting(string key) => options.Settings.GetValueOrDefault($"Admin:{key}");
        await using var scope = services.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<CchcDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await error.WriteLineAsync("Cơ sở dữ liệu chưa được cập nhật: chạy `cchc migrate` trước.");
                return CliApp.Failed;
            }

            var result = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().CreateAsync(new NewAdministrator(
                Setting("Email") ?? string.Empty, Setting("FullName") ?? string.Empty, Setting("Unit") ?? string.Empty,
                Setting("Abbreviation"), Setting("PlaceName"), Setting("HeadTitle")));
            if (result.Value is not { } created)
            {
                await error.WriteLineAsync(result.Refusal);
                return CliApp.Failed;
            }

            await output.WriteLineAsync(created.UnitCreated
                ? $"Đã tạo đơn vị \"{created.UnitName}\" và tài khoản quản trị {created.Email}."
                : $"Đã tạo tài khoản quản trị {created.Email} thuộc đơn vị \"{created.UnitName}\".");
            await output.WriteLineAsync($"Mật khẩu tạm thời (chỉ hiện một lần): {created.TemporaryPassword}");
            await output.WriteLineAsync("Hãy đăng nhập và đổi mật khẩu ngay.");
            return CliApp.Ok;
        }
#pragma warning disable CA1031 // A terminal user gets one clear line and a non-zero exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"Không tạo được tài khoản quản trị: {ex.GetBaseException().Message}");
            return CliApp.Failed;
        }
    }
}
