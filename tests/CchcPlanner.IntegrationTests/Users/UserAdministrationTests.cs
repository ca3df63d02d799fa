using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.Identity.Administration;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Users;

/// <summary>Accounts managed by administrators, on the demo tree; each test makes its own database and users.</summary>
public sealed class UserAdministrationTests(PostgresServer server) : DatabaseTests(server)
{
    private const string District1 = "Ủy ban nhân dân Quận 1";
    private const string TuoiHong = "Trường mầm non Tuổi Hồng";
    private const string NinhGiang = "Ủy ban nhân dân huyện Ninh Giang";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateAsync_UnitInTheSubtree_GivesATemporaryPasswordToChangeAndAuditsWithoutIt(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var admin = await world.BranchAdminAsync("quantri.q1@demo.vn", District1);

        var created = await world.Administration.CreateAsync(
            admin, new NewUser(" moi.soanthao@demo.vn ", "Nguyễn Văn Mới", await world.UnitIdAsync(TuoiHong), [Roles.Drafter, Roles.Head]), Token);

        Assert.True(created.Succeeded, created.Refusal);
        var password = created.Value!.Password;
        Assert.Equal(16, password.Length);
        Assert.True(await world.ChecksPasswordAsync("moi.soanthao@demo.vn", password));
        var user = await world.FindAsync("moi.soanthao@demo.vn");
        Assert.True(user.MustChangePassword);
        Assert.True(user.IsActive);
        Assert.Equal([Roles.Drafter, Roles.Head], (await world.AsAsync("moi.soanthao@demo.vn")).Roles.Order());
        var audit = await world.CountAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserCreated && e.UserName == "quantri.q1@demo.vn", Token));
        Assert.Equal(
            $"Tạo tài khoản moi.soanthao@demo.vn (Nguyễn Văn Mới), {TuoiHong}, vai trò: Cán bộ soạn thảo, Thủ trưởng đơn vị",
            audit.Detail);
        Assert.False(await world.CountAsync(db => db.AuditEntries.AnyAsync(e => e.Detail.Contains(password), Token)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BranchAdmin_AnotherBranch_IsRefusedEverythingAndNothingChanges(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var admin = await world.BranchAdminAsync("quantri.q1@demo.vn", District1);
        var other = await world.FindAsync("ninhgiang@demo.vn");
        var auditBefore = await world.CountAsync(db => db.AuditEntries.CountAsync(Token));

        var create = await world.Administration.CreateAsync(admin, new NewUser("la@demo.vn", "Người Lạ", await world.UnitIdAsync(NinhGiang), [Roles.Drafter]), Token);
        var edit = await world.Administration.UpdateAsync(admin, other.Id, new UserChange("Đổi Tên", other.UnitId, [Roles.Admin]), Token);
        var pull = await world.Administration.UpdateAsync(
            admin, (await world.FindAsync("soanthao@demo.vn")).Id, new UserChange("Nguyễn Thị Thu Hà", await world.UnitIdAsync(NinhGiang), [Roles.Drafter]), Token);
        var deactivate = await world.Administration.SetActiveAsync(admin, other.Id, active: false, Token);
        var reset = await world.Administration.ResetPasswordAsync(admin, other.Id, Token);
        var above = await world.Administration.ResetPasswordAsync(admin, (await world.FindAsync(UsersWorld.RootAdminEmail)).Id, Token);

        Assert.Equal("Chỉ gắn người dùng vào đơn vị của bạn hoặc các đơn vị trực thuộc.", create.Refusal);
        Assert.Equal("Chỉ gắn người dùng vào đơn vị của bạn hoặc các đơn vị trực thuộc.", pull.Refusal);
        const string NotFound = "Không tìm thấy người dùng này trong các đơn vị bạn quản lý.";
        Assert.All(new[] { edit.Refusal, deactivate.Refusal, reset.Refusal, above.Refusal }, r => Assert.Equal(NotFound, r));
        var after = await world.FindAsync("ninhgiang@demo.vn");
        Assert.Equal((other.FullName, true, other.PasswordHash, other.SecurityStamp), (after.FullName, after.IsActive, after.PasswordHash, after.SecurityStamp));
        Assert.Equal([Roles.Drafter], (await world.AsAsync("ninhgiang@demo.vn")).Roles);
        Assert.Null(await world.CountAsync(db => db.Users.SingleOrDefaultAsync(u => u.Email == "la@demo.vn", Token)));
        Assert.Equal(auditBefore, await world.CountAsync(db => db.AuditEntries.CountAsync(Token)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UpdateAsync_UserInTheSubtree_ChangesNameUnitAndRolesAndRenewsTheStamp(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var admin = await world.BranchAdminAsync("quantri.q1@demo.vn", District1);
        var before = await world.FindAsync("vanthu@demo.vn");

        var changed = await world.Administration.UpdateAsync(
            admin, before.Id, new UserChange("Trần Thị Mai Anh", await world.UnitIdAsync(District1), [Roles.Clerk, Roles.Reviewer]), Token);
        var again = await world.Administration.UpdateAsync(
            admin, before.Id, new UserChange("Trần Thị Mai Anh", await world.UnitIdAsync(District1), [Roles.Reviewer, Roles.Clerk]), Token);
        var dropOwnAdmin = await world.Administration.UpdateAsync(admin, admin.UserId, new UserChange("Quản trị nhánh", admin.UnitId, [Roles.Reviewer]), Token);

        Assert.True(changed.Value);
        Assert.True(again.Succeeded);
        Assert.False(again.Value);
        Assert.Equal("Bạn không tự bỏ vai trò quản trị hệ thống của mình được.", dropOwnAdmin.Refusal);
        var after = await world.FindAsync("vanthu@demo.vn");
        Assert.Equal(("Trần Thị Mai Anh", await world.UnitIdAsync(District1)), (after.FullName, after.UnitId));
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.Equal([Roles.Clerk, Roles.Reviewer], (await world.AsAsync("vanthu@demo.vn")).Roles.Order());
        var audit = await world.CountAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserEdited, Token));
        Assert.Equal(
            $"Sửa tài khoản vanthu@demo.vn: họ tên Trần Thị Mai → Trần Thị Mai Anh; đơn vị {TuoiHong} → {District1}; vai trò Văn thư → Cán bộ thẩm định, Văn thư",
            audit.Detail);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SetActiveAsync_Deactivated_KeepsTheUserTheirPlansAndTheirHistory(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var root = await world.AsAsync(UsersWorld.RootAdminEmail);
        var drafter = await world.AsAsync("soanthao@demo.vn");
        await world.Services.GetRequiredService<AuditTrail>().RecordAsync(drafter, AuditActions.DocumentDownloaded, null, "KH-TH.pdf", Token);
        var before = await world.FindAsync("soanthao@demo.vn");
        var plans = await world.CountAsync(db => db.Plans.CountAsync(p => p.UnitId == drafter.UnitId, Token));

        var deactivated = await world.Administration.SetActiveAsync(root, drafter.UserId, active: false, Token);
        var self = await world.Administration.SetActiveAsync(root, root.UserId, active: false, Token);
        var reset = await world.Administration.ResetPasswordAsync(root, drafter.UserId, Token);

        Assert.True(deactivated.Value);
        Assert.Equal("Bạn không tự ngừng sử dụng tài khoản của mình được.", self.Refusal);
        Assert.Equal("Tài khoản đang ngừng sử dụng; cho dùng lại trước khi cấp mật khẩu mới.", reset.Refusal);
        var after = await world.FindAsync("soanthao@demo.vn");
        Assert.False(after.IsActive);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.True((await world.FindAsync(UsersWorld.RootAdminEmail)).IsActive);
        Assert.Equal(plans, await world.CountAsync(db => db.Plans.CountAsync(p => p.UnitId == drafter.UnitId, Token)));
        Assert.True(plans > 0);
        Assert.True(await world.CountAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == drafter.UserId && e.Detail == "KH-TH.pdf", Token)));
        Assert.Equal(
            "Ngừng sử dụng tài khoản soanthao@demo.vn (Nguyễn Thị Thu Hà)",
            (await world.CountAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UserDeactivated, Token))).Detail);

        var reactivated = await world.Administration.SetActiveAsync(root, drafter.UserId, active: true, Token);
        Assert.True(reactivated.Value);
        Assert.True((await world.FindAsync("soanthao@demo.vn")).IsActive);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ResetPasswordAsync_LockedOutUser_NewTemporaryPasswordOnlyAndUnlocked(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var root = await world.AsAsync(UsersWorld.RootAdminEmail);
        await using (var db = world.Database.CreateDbContext())
        {
            var locked = await db.Users.SingleAsync(u => u.Email == "hieutruong@demo.vn", Token);
            locked.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            locked.AccessFailedCount = 5;
            await db.SaveChangesAsync(Token);
        }

        var reset = await world.Administration.ResetPasswordAsync(root, (await world.FindAsync("hieutruong@demo.vn")).Id, Token);
        var own = await world.Administration.ResetPasswordAsync(root, root.UserId, Token);

        Assert.True(reset.Succeeded, reset.Refusal);
        Assert.True(await world.ChecksPasswordAsync("hieutruong@demo.vn", reset.Value!.Password));
        Assert.False(await world.ChecksPasswordAsync("hieutruong@demo.vn", DemoSeeder.Password));
        var user = await world.FindAsync("hieutruong@demo.vn");
        Assert.Equal((true, null, 0), (user.MustChangePassword, user.LockoutEnd, user.AccessFailedCount));
        Assert.Equal("Mật khẩu của chính bạn đổi ở trang Đổi mật khẩu.", own.Refusal);
        Assert.Equal(
            "Cấp lại mật khẩu tạm thời cho hieutruong@demo.vn (Vũ Thị Ngọc Bắc)",
            (await world.CountAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.PasswordReset, Token))).Detail);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateAsync_InvalidRequests_AreRefusedInVietnamese(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var root = await world.AsAsync(UsersWorld.RootAdminEmail);
        var drafter = await world.AsAsync("soanthao@demo.vn");
        var unit = await world.UnitIdAsync(TuoiHong);

        async Task<string?> RefusalAsync(CurrentUser who, NewUser request) => (await world.Administration.CreateAsync(who, request, Token)).Refusal;

        Assert.Equal("Email soanthao@demo.vn đã có người dùng.", await RefusalAsync(root, new NewUser("soanthao@demo.vn", "Trùng", unit, [Roles.Drafter])));
        Assert.Equal("Email không hợp lệ: khong-phai-email", await RefusalAsync(root, new NewUser("khong-phai-email", "Sai", unit, [Roles.Drafter])));
        Assert.Equal("Cần họ và tên.", await RefusalAsync(root, new NewUser("a@demo.vn", "  ", unit, [Roles.Drafter])));
        Assert.Equal("Chọn ít nhất một vai trò.", await RefusalAsync(root, new NewUser("a@demo.vn", "An", unit, [])));
        Assert.Equal("Chỉ quản trị hệ thống mới được quản lý người dùng.", await RefusalAsync(drafter, new NewUser("a@demo.vn", "An", unit, [Roles.Drafter])));
        Assert.False(await world.CountAsync(db => db.Users.AnyAsync(u => u.Email == "a@demo.vn", Token)));
    }
}
