using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.Data;
using CchcPlanner.EndToEndTests.Infrastructure;
using CchcPlanner.Identity;
using CchcPlanner.Security;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>
/// The administrator adds a school under Quận 1 in the unit dialog, then imports two units under it from a CSV sheet
/// (a sheet with a missing place name first, which imports nothing); the tree shows all three. Names carry a number of
/// their own, since the server is shared by the whole run, and the units are deactivated at the end.
/// </summary>
public sealed partial class UnitAdministrationTests : BrowserTest
{
    public UnitAdministrationTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Admin_CreatesAUnitInTheDialog_ThenImportsACsv_AndTheTreeShowsThem()
    {
        var n = Random.Shared.Next(10000, 99999).ToString(CultureInfo.InvariantCulture);
        var school = $"Trường tiểu học Thử Nghiệm {n}";
        try
        {
            await CreateAndImportAsync(n, school);
        }
        finally
        {
            await DeactivateAsync(n);
        }
    }

    private async Task CreateAndImportAsync(string n, string school)
    {
        await SignInAsync("quantri@demo.vn");
        await OpenAsync("don-vi");

        var dialog = await Page.OpenDialogAsync("Thêm đơn vị trực thuộc Ủy ban nhân dân Quận 1", "Thêm đơn vị");
        await dialog.GetByLabel("Tên đơn vị", new() { Exact = true }).FillAsync(school);
        await Page.ChooseAsync(dialog.GetByLabel("Loại đơn vị"), "Trường tiểu học");
        await dialog.GetByLabel("Viết tắt", new() { Exact = true }).FillAsync($"THTN{n}");
        await dialog.GetByLabel("Địa danh", new() { Exact = true }).FillAsync("Quận 1");
        await dialog.GetByLabel("Chức danh người đứng đầu", new() { Exact = true }).FillAsync("Hiệu trưởng");
        await ScreenshotAsync("unit-dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị", Exact = true }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var tree = Page.Locator(".unit-grid");
        await Expect(tree.Locator("tbody tr").Filter(new() { HasText = school })).ToContainTextAsync("HIỆU TRƯỞNG");
        await ScreenshotAsync("unit-tree-admin");
        var edit = await Page.OpenDialogAsync($"Sửa {school}", $"Sửa thông tin: {school}");
        await edit.GetByLabel("Chức danh người đứng đầu", new() { Exact = true }).FillAsync("Quyền Hiệu trưởng");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(edit).ToBeHiddenAsync();
        await Expect(tree.Locator("tbody tr").Filter(new() { HasText = school })).ToContainTextAsync("QUYỀN HIỆU TRƯỞNG");
        var move = await Page.OpenDialogAsync($"Chuyển {school}", $"Chuyển đơn vị: {school}");
        await Expect(move).ToContainTextAsync("Kế hoạch, tài khoản và lịch sử của đơn vị được giữ nguyên.");
        var benNghe = Page.GetByRole(AriaRole.Option, new() { Name = "Trường mầm non Bến Nghé", Exact = true });
        await PlanSteps.RepeatUntilAsync(
            () => move.GetByLabel("Đơn vị cấp trên mới").ClickAsync(),
            () => Expect(benNghe).ToBeVisibleAsync(new() { Timeout = PlanSteps.RetryAfterMs }));
        await Expect(Page.GetByRole(AriaRole.Option, new() { Name = school, Exact = true })).ToHaveCountAsync(0);
        await ScreenshotAsync("unit-move-dialog");
        await benNghe.ClickAsync();
        await move.GetByRole(AriaRole.Button, new() { Name = "Huỷ" }).ClickAsync();
        await Expect(move).ToBeHiddenAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ tệp" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(ImportPage());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Nhập đơn vị từ tệp", Level = 1 })).ToBeVisibleAsync();
        var input = Page.Locator("#unit-sheet");
        var office = $"Tổ chuyên môn Khối 1 {n}";
        var team = $"Nhóm Thư viện {n}";
        var broken = Sheet($"{office},{school},TCM{n},,Tổ trưởng,Khác");
        var preview = Page.Locator(".unit-preview");
        await PlanSteps.RepeatUntilAsync(
            () => input.SetInputFilesAsync(broken),
            () => Expect(preview).ToContainTextAsync("Dòng 2: thiếu Địa danh", new() { Timeout = PlanSteps.RetryAfterMs }));
        var import = Page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true });
        await Expect(import).ToBeDisabledAsync();
        await ScreenshotAsync("unit-import-invalid");

        await input.SetInputFilesAsync(Sheet($"{office},{school},TCM{n},Quận 1,Tổ trưởng,Khác", $"{team},{office},NTV{n},Quận 1,Trưởng nhóm,Khác"));
        await Expect(preview.GetByText("Hợp lệ")).ToHaveCountAsync(2);
        await ScreenshotAsync("unit-import-preview");
        await import.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nhập 2 đơn vị từ tệp don-vi.csv.");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Xem cây đơn vị" }).ClickAsync();
        await Expect(tree.Locator("tbody tr").Filter(new() { HasText = office })).ToBeVisibleAsync();
        await Expect(tree.Locator("tbody tr").Filter(new() { HasText = team })).ToContainTextAsync($"NTV{n}");

        // The reviewer of Quận 1 reads the same branch and changes nothing.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await SignInAsync("thamdinh@demo.vn");
        await OpenAsync("don-vi");
        await Expect(tree.Locator("tbody tr").Filter(new() { HasText = team })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Thao tác" })).ToHaveCountAsync(0);
        await ScreenshotAsync("unit-tree-reviewer");
    }

    /// <summary>
    /// Takes the test's units out of the tree again (the administration service, deepest first), so that the reviewer's
    /// overview and dashboard that other tests read show Quận 1's schools only.
    /// </summary>
    private async Task DeactivateAsync(string n)
    {
        var contexts = App.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var ministry = await db.Units.SingleAsync(u => u.ParentId == null && u.Name == "Bộ Nội vụ", TestContext.Current.CancellationToken);
        var mine = await db.Units.Where(u => u.Name.EndsWith(" " + n) && u.IsActive).ToListAsync(TestContext.Current.CancellationToken);
        var admin = new CurrentUser("e2e-cleanup", "quantri@demo.vn", "Phạm Quốc Bảo", ministry.Id, ministry.Name, new HashSet<string> { Roles.Admin });
        await using var scope = App.Services.CreateAsyncScope();
        var units = scope.ServiceProvider.GetRequiredService<UnitAdministration>();
        foreach (var unit in mine.OrderByDescending(u => u.Path.Length))
        {
            var done = await units.DeactivateAsync(admin, unit.Id, TestContext.Current.CancellationToken);
            Assert.True(done.Succeeded, done.Refusal);
        }
    }

    private static FilePayload Sheet(params string[] rows) => new()
    {
        Name = "don-vi.csv",
        MimeType = "text/csv",
        Buffer = Encoding.UTF8.GetBytes(string.Join("\r\n", ["Tên đơn vị,Đơn vị cấp trên,Viết tắt,Địa danh,Chức danh người đứng đầu,Loại", .. rows])),
    };

    [GeneratedRegex("/don-vi/nhap$")]
    private static partial Regex ImportPage();
}
