extern alias cli;

using System.Net;
using System.Text.RegularExpressions;
using cli::CchcPlanner.Cli;
using CchcPlanner.Data;
using CchcPlanner.IntegrationTests.Cli;
using CchcPlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>
/// An installation's first start, as docs/deployment.md describes it: the app on an empty PostgreSQL with demo mode off,
/// then <c>cchc admin create</c>, then the administrator signs in and
/// changes the temporary password.
/// </summary>
public sealed partial class FirstRunTests(PostgresServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstStart_EmptyPostgres_NoDemoData_ThenTheFirstAdministratorSignsIn()
    {
        var connectionString = await server.CreateDatabaseAsync();
        try
        {
            await using var app = CchcAppFactory.PostgresWithoutDemo(connectionString);
            using var browser = app.NewSession();
            var health = await browser.GetAsync("/health");
            await using (var db = app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContext())
            {
                Assert.Equal((0, 0, 0), (await db.Users.CountAsync(Token), await db.Units.CountAsync(Token), await db.Plans.CountAsync(Token)));
                Assert.Equal(5, await db.Roles.CountAsync(Token));
                Assert.True(await db.LegalDocuments.CountAsync(Token) >= 30, "the national catalogue is seeded on a real installation too");
            }

            var created = await CliFolder.RunAsync("admin", "create", "--provider", "Postgres", "--connection", connectionString,
                "--email", "quantri@noivu.quan1.gov.vn", "--unit", "Phòng Nội vụ Quận 1", "--abbreviation", "PNV", "--place", "Quận 1", "--head-title", "TRƯỞNG PHÒNG");
            var password = PasswordLine().Match(created.Output).Groups["password"].Value;
            var wrong = await browser.SignInAsync("quantri@noivu.quan1.gov.vn", "Sai@MatKhau123");
            var forced = await browser.FollowAsync(await browser.SignInAsync("quantri@noivu.quan1.gov.vn", password));
            var home = await browser.FollowAsync(await browser.SubmitAsync(forced, "form.password-form", new Dictionary<string, string>
            {
                ["Input.Current"] = password,
                ["Input.New"] = "QuanTri@Quan1-2026",
                ["Input.Confirm"] = "QuanTri@Quan1-2026",
            }));

            Assert.Equal(HttpStatusCode.OK, health.Status);
            Assert.Equal(CliApp.Ok, created.ExitCode);
            Assert.Contains("Email hoặc mật khẩu không đúng", wrong.Text, StringComparison.Ordinal);
            Assert.Equal("/doi-mat-khau", forced.Url.AbsolutePath);
            Assert.Contains("mật khẩu tạm thời", forced.Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Contains("Quản trị hệ thống", home.Text, StringComparison.Ordinal);
            Assert.Contains("Phòng Nội vụ Quận 1", home.Text, StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    [GeneratedRegex(@"Mật khẩu tạm thời \(chỉ hiện một lần\): (?<password>\S+)")]
    private static partial Regex PasswordLine();
}
