using System.Text.RegularExpressions;
using CchcPlanner.EndToEndTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CchcPlanner.EndToEndTests;

/// <summary>Who sees which plans: the reviewer of UBND Quận 1 sees the schools below; a school sees only its own drafts.</summary>
public sealed partial class PlanAccessTests : BrowserTest
{
    private static readonly string[] District1Schools =
    [
        "Trường mầm non Tuổi Hồng", "Trường mầm non Bến Nghé", "Trường tiểu học Lê Ngọc Hân", "Trường trung học cơ sở Văn Lang",
    ];

    public PlanAccessTests(ServerFixture server, BrowserFixture browser)
        : base(browser) => App = server.App;

    [Fact]
    public async Task Reviewer_SeesUnitsBelow()
    {
        await SignInAsync("thamdinh@demo.vn");

        foreach (var school in District1Schools)
        {
            await Expect(Page.GetByRole(AriaRole.Link, new() { Name = Plan2024Title(school) })).ToBeVisibleAsync();
        }

        await ScreenshotAsync("reviewer-plan-list");

        var unitsMenu = Page.GetByRole(AriaRole.Menuitem, new() { Name = "Đơn vị" });
        await Expect(unitsMenu).ToBeVisibleAsync();
        await unitsMenu.ClickAsync();
        await Expect(Page).ToHaveURLAsync(UnitsPage());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Đơn vị", Exact = true })).ToBeVisibleAsync();
        var tree = Page.Locator(".unit-grid");
        await Expect(tree.GetByText("Ủy ban nhân dân Quận 1", new() { Exact = true })).ToBeVisibleAsync();
        foreach (var school in District1Schools)
        {
            await Expect(tree.GetByText(school, new() { Exact = true })).ToBeVisibleAsync();
        }

        await Expect(tree.GetByText("Ủy ban nhân dân huyện Ninh Giang")).ToHaveCountAsync(0);
        await ScreenshotAsync("reviewer-units");
    }

    [Fact]
    public async Task Drafter_CannotOpenOtherSchoolsDraft_ByTypingUrl()
    {
        await SignInAsync("thamdinh@demo.vn");
        var href = await Page.GetByRole(AriaRole.Link, new() { Name = Plan2024Title("Trường tiểu học Lê Ngọc Hân") }).GetAttributeAsync("href");
        var planPath = Assert.IsType<string>(href);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(LoginPage());

        await SignInAsync("soanthao@demo.vn");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = Plan2024Title("Trường tiểu học Lê Ngọc Hân") })).ToHaveCountAsync(0);
        await OpenAsync(planPath);

        await Expect(Page.GetByText("Không tìm thấy kế hoạch này, hoặc bạn không có quyền xem")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Trần Thị Minh Nguyệt")).ToHaveCountAsync(0);
        await ScreenshotAsync("drafter-other-school-draft");
    }

    private static string Plan2024Title(string school) => $"Thực hiện công tác cải cách hành chính tại {school} năm 2024";

    [GeneratedRegex("/dang-nhap$")]
    private static partial Regex LoginPage();

    [GeneratedRegex("/don-vi$")]
    private static partial Regex UnitsPage();
}
