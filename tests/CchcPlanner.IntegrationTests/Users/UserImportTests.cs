using System.Text;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.Identity.Administration;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Sheets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Users;

/// <summary>Users from a sheet, by a branch administrator of Quận 1: every account or none.</summary>
public sealed class UserImportTests(PostgresServer server) : DatabaseTests(server)
{
    private const string Header = "Họ và tên,Email,Đơn vị,Vai trò\n";

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ValidSheet_CreatesEveryAccountWithATemporaryPassword(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var admin = await world.BranchAdminAsync("quantri.q1@demo.vn", "Ủy ban nhân dân Quận 1");
        var sheet = Sheet(Header
            + "Nguyễn Văn An,an.nguyen@demo.vn,Trường mầm non Bến Nghé,\"Cán bộ soạn thảo, Thủ trưởng đơn vị\"\n"
            + "Lê Thị Bình,binh.le@demo.vn,THLNH,văn thư\n"
            + "Trần Văn Cường,cuong.tran@demo.vn,Ủy ban nhân dân Quận 1,Cán bộ thẩm định\n");

        var preview = await Import(world).PreviewAsync(admin, sheet, Token);
        var imported = await Import(world).ImportAsync(admin, sheet, "nguoi-dung.csv", Token);

        Assert.True(preview.Value!.CanImport, string.Join("\n", preview.Value.AllProblems));
        Assert.True(imported.Succeeded, imported.Refusal);
        Assert.Equal(["an.nguyen@demo.vn", "binh.le@demo.vn", "cuong.tran@demo.vn"], imported.Value!.Select(i => i.Email));
        foreach (var issued in imported.Value!)
        {
            Assert.True(await world.ChecksPasswordAsync(issued.Email, issued.Password));
            Assert.True((await world.FindAsync(issued.Email)).MustChangePassword);
        }

        Assert.Equal([Roles.Drafter, Roles.Head], (await world.AsAsync("an.nguyen@demo.vn")).Roles.Order());
        Assert.Equal((await world.UnitIdAsync("Trường tiểu học Lê Ngọc Hân"), Roles.Clerk), ((await world.FindAsync("binh.le@demo.vn")).UnitId, (await world.AsAsync("binh.le@demo.vn")).Roles.Single()));
        var audit = await world.CountAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.UserCreated && e.Detail.EndsWith("nhập từ tệp nguoi-dung.csv")).CountAsync(Token));
        Assert.Equal(3, audit);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_InvalidRows_PreviewTellsEachRowAndNothingIsWritten(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var admin = await world.BranchAdminAsync("quantri.q1@demo.vn", "Ủy ban nhân dân Quận 1");
        var before = await CountsAsync(world);
        var sheet = Sheet(Header
            + "Nguyễn Văn An,an.nguyen@demo.vn,Trường mầm non Bến Nghé,Cán bộ soạn thảo\n"
            + "Người Nhánh Khác,khac@demo.vn,Ủy ban nhân dân huyện Ninh Giang,Cán bộ soạn thảo\n"
            + "Trùng Email,soanthao@demo.vn,Trường mầm non Tuổi Hồng,Văn thư\n"
            + "Sai Vai Trò,sai.vaitro@demo.vn,Trường mầm non Tuổi Hồng,Hiệu trưởng\n"
            + ",AN.NGUYEN@demo.vn,UBND,\n");

        var preview = (await Import(world).PreviewAsync(admin, sheet, Token)).Value!;
        var imported = await Import(world).ImportAsync(admin, sheet, "nguoi-dung.csv", Token);

        Assert.False(preview.CanImport);
        Assert.Empty(preview.Rows[0].Problems);
        Assert.Equal(["Dòng 3: không tìm thấy đơn vị \"Ủy ban nhân dân huyện Ninh Giang\" trong các đơn vị bạn quản lý."], preview.Rows[1].Problems);
        Assert.Equal(["Dòng 4: email đã có người dùng."], preview.Rows[2].Problems);
        Assert.Equal(["Dòng 5: không có vai trò \"Hiệu trưởng\" (các vai trò: Cán bộ soạn thảo, Thủ trưởng đơn vị, Cán bộ thẩm định, Văn thư, Quản trị hệ thống)."], preview.Rows[3].Problems);
        Assert.Equal(
            ["Dòng 6: thiếu họ và tên.", "Dòng 6: email trùng với dòng 2.", "Dòng 6: thiếu vai trò."],
            preview.Rows[4].Problems);
        Assert.StartsWith("Bảng tính còn lỗi nên chưa tạo người dùng nào. Dòng 3:", imported.Refusal, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(world));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_DatabaseFailsOnTheThirdRow_NoAccountOfTheSheetRemains(DatabaseProvider provider)
    {
        await using var world = await UsersWorld.CreateAsync(await NewDatabaseAsync(provider));
        var admin = await world.BranchAdminAsync("quantri.q1@demo.vn", "Ủy ban nhân dân Quận 1");
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite ? SqliteTrap : PostgresTrap, Token);
        }

        var before = await CountsAsync(world);
        var sheet = Sheet(Header
            + "Nguyễn Văn An,an.nguyen@demo.vn,Trường mầm non Bến Nghé,Cán bộ soạn thảo\n"
            + "Lê Thị Bình,binh.le@demo.vn,Trường mầm non Bến Nghé,Văn thư\n"
            + "Người Bẫy,bay@demo.vn,Trường mầm non Bến Nghé,Văn thư\n");

        var imported = await Import(world).ImportAsync(admin, sheet, "nguoi-dung.csv", Token);

        Assert.Equal("Cơ sở dữ liệu không ghi được một người dùng của bảng tính nên chưa tạo người dùng nào; hãy thử lại hoặc báo quản trị hệ thống.", imported.Refusal);
        Assert.Equal(before, await CountsAsync(world));
        Assert.False(await world.CountAsync(db => db.Users.AnyAsync(u => u.Email == "an.nguyen@demo.vn", Token)));
    }

    private static UserImport Import(UsersWorld world) => new(world.Services.GetRequiredService<IServiceScopeFactory>());

    private static SheetTable Sheet(string csv) => SheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "nguoi-dung.csv");

    private static Task<(int Users, int Roles, int Audit)> CountsAsync(UsersWorld world) =>
        world.CountAsync(async db => (await db.Users.CountAsync(Token), await db.UserRoles.CountAsync(Token), await db.AuditEntries.CountAsync(Token)));

    // A fault at the database itself, on the third row: the accounts of the rows before it are already inserted when it fires.
    private const string SqliteTrap =
        "CREATE TRIGGER trap_user BEFORE INSERT ON \"AspNetUsers\" WHEN NEW.\"FullName\" = 'Người Bẫy' BEGIN SELECT RAISE(ABORT, 'injected fault'); END;";

    private const string PostgresTrap = """
        CREATE FUNCTION trap_user() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."FullName" = 'Người Bẫy' THEN RAISE EXCEPTION 'injected fault'; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER trap_user BEFORE INSERT ON "AspNetUsers" FOR EACH ROW EXECUTE FUNCTION trap_user();
        """;
}
