extern alias cli;

using System.Text.RegularExpressions;
using cli::CchcPlanner.Cli;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Cli;

/// <summary><c>cchc admin create</c> on an installation without demo data, as an IT officer runs it after <c>cchc migrate</c>.</summary>
public sealed partial class AdminCommandTests(PostgresServer server) : DatabaseTests(server)
{
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_EmptyInstallation_CreatesTheTopUnitAndAnAdministratorWhoSignsInWithThePrintedPassword(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        Assert.Equal(CliApp.Ok, (await RunAsync(database, "migrate")).ExitCode);

        var (exit, output, error) = await RunAsync(database, "admin", "create", "--email", "quantri@noivu.gov.vn", "--name", "Trần Văn Bình",
            "--unit", "Phòng Nội vụ Quận 1", "--abbreviation", "PNV", "--place", "Quận 1", "--head-title", "TRƯỞNG PHÒNG");
        var again = await RunAsync(database, "admin", "create", "--email", "quantri@noivu.gov.vn", "--unit", "Phòng Nội vụ Quận 1");

        Assert.Equal((CliApp.Ok, string.Empty), (exit, error));
        Assert.Contains("Đã tạo đơn vị \"Phòng Nội vụ Quận 1\" và tài khoản quản trị quantri@noivu.gov.vn.", output, StringComparison.Ordinal);
        var password = PasswordLine().Match(output).Groups["password"].Value;
        Assert.Equal(16, password.Length);
        await using var services = DemoDatabase.ServicesFor(database);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("quantri@noivu.gov.vn");
        Assert.NotNull(admin);
        Assert.True(await users.CheckPasswordAsync(admin, password));
        Assert.Equal([Roles.Admin], await users.GetRolesAsync(admin));
        Assert.Equal("Trần Văn Bình", admin.FullName);
        Assert.True(admin.MustChangePassword);
        await using var db = database.CreateDbContext();
        var unit = await db.Units.SingleAsync(Token);
        Assert.Equal((admin.UnitId, "PNV", "Quận 1", "TRƯỞNG PHÒNG", $"/{unit.Id}/", (int?)null), (unit.Id, unit.Abbreviation, unit.PlaceName, unit.HeadTitle, unit.Path, unit.ParentId));
        Assert.Equal((CliApp.Failed, "Đã có tài khoản quantri@noivu.gov.vn; không tạo lại."), (again.ExitCode, again.Error.Trim()));
        Assert.Equal(1, await db.Users.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Create_NewUnitWithoutItsDocumentFields_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider, migrate: false);
        await RunAsync(database, "migrate");

        var (exit, output, error) = await RunAsync(database, "admin", "create", "--email", "quantri@noivu.gov.vn", "--unit", "Sở Nội vụ");

        Assert.Equal((CliApp.Failed, string.Empty), (exit, output));
        Assert.StartsWith("Chưa có đơn vị \"Sở Nội vụ\". Để tạo đơn vị này, cho biết thêm --abbreviation", error, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal((0, 0), (await db.Units.CountAsync(Token), await db.Users.CountAsync(Token)));
    }

    [Fact]
    public async Task Create_BeforeMigrate_AsksForMigrateFirst()
    {
        await using var database = await NewDatabaseAsync(DatabaseProvider.Postgres, migrate: false);

        var (exit, _, error) = await RunAsync(database, "admin", "create", "--email", "a@b.vn", "--unit", "Sở Nội vụ");
        var usage = await RunAsync(database, "admin", "delete");

        Assert.Equal((CliApp.Failed, "Cơ sở dữ liệu chưa được cập nhật: chạy `cchc migrate` trước."), (exit, error.Trim()));
        Assert.Equal(CliApp.Usage, usage.ExitCode);
        Assert.StartsWith("Cách dùng: cchc admin create --email", usage.Error, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args) =>
        CliFolder.RunAsync([.. args, "--provider", database.Provider.ToString(), "--connection", database.ConnectionString]);

    [GeneratedRegex(@"Mật khẩu tạm thời \(chỉ hiện một lần\): (?<password>\S+)")]
    private static partial Regex PasswordLine();
}
