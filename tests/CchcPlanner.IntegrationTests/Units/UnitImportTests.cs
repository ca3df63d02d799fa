using System.Text;
using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Sheets;
using CchcPlanner.Tests.Sheets;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Units;

/// <summary>A sheet of units goes in whole, under the administrator's branch, or not at all.</summary>
public sealed class UnitImportTests(PostgresServer server) : DatabaseTests(server)
{
    private const string Header = "Tên đơn vị;Đơn vị cấp trên;Viết tắt;Địa danh;Chức danh người đứng đầu;Loại;Tên cơ quan cấp trên in trên văn bản";

    private static SheetTable Csv(params string[] rows) =>
        SheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]))), "don-vi.csv");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ValidCsv_CreatesEveryUnitUnderItsParentAndAuditsEach(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin);
        var sheet = Csv(
            "Phòng Giáo dục và Đào tạo Quận 1;Ủy ban nhân dân Quận 1;PGDĐT;Quận 1;Trưởng phòng;Phòng chuyên môn;",
            "Trường tiểu học Hòa Bình;Phòng Giáo dục và Đào tạo Quận 1;THHB;Quận 1;Hiệu trưởng;Trường tiểu học;Ủy ban nhân dân Quận 1",
            "Trường mầm non Sơn Ca;MNTH;MNSC;Quận 1;hiệu trưởng;truong mam non;");
        var import = new UnitImport(database);

        var preview = (await import.PreviewAsync(admin, sheet, Token)).Value!;
        var imported = await import.ImportAsync(admin, sheet, "don-vi.csv", Token);

        Assert.True(preview.CanImport, string.Join(" ", preview.AllProblems));
        Assert.Equal(3, imported.Value);
        await using var db = database.CreateDbContext();
        var office = await db.Units.SingleAsync(u => u.Name == "Phòng Giáo dục và Đào tạo Quận 1", Token);
        var school = await db.Units.Include(u => u.Parent).SingleAsync(u => u.Name == "Trường tiểu học Hòa Bình", Token);
        var kindergarten = await db.Units.SingleAsync(u => u.Name == "Trường mầm non Sơn Ca", Token);
        Assert.Equal($"{world.Units.District1.Path}{office.Id}/", office.Path);
        Assert.Equal($"{office.Path}{school.Id}/", school.Path);
        Assert.Equal(("ỦY BAN NHÂN DÂN QUẬN 1", UnitCategory.PrimarySchool), (school.ParentBodyHeader, school.Category));
        Assert.Equal((world.Units.TuoiHong.Id, UnitCategory.Kindergarten, "HIỆU TRƯỞNG"), (kindergarten.ParentId!.Value, kindergarten.Category, kindergarten.HeadTitle));
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.UnitCreated && e.Detail.EndsWith("nhập từ tệp don-vi.csv"), Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_ValidXlsx_CreatesTheUnits(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin);
        var bytes = XlsxFixture.Write(
            ["Loại", "Tên đơn vị", "Đơn vị cấp trên", "Viết tắt", "Địa danh", "Chức danh người đứng đầu"],
            ["Phòng chuyên môn", "Phòng Nội vụ Quận 3", "Ủy ban nhân dân Quận 3", "PNV", "Quận 3", "Trưởng phòng"]);
        var sheet = SheetReader.Read(new MemoryStream(bytes), "don-vi.xlsx");

        var imported = await new UnitImport(database).ImportAsync(admin, sheet, "don-vi.xlsx", Token);

        Assert.Equal(1, imported.Value);
        await using var db = database.CreateDbContext();
        Assert.Equal(world.District3.Id, (await db.Units.SingleAsync(u => u.Name == "Phòng Nội vụ Quận 3", Token)).ParentId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task PreviewAndImport_InvalidRows_ListEachProblemAndWriteNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin);
        var sheet = Csv(
            "Trường tiểu học Hợp Lệ;Ủy ban nhân dân Quận 1;THHL;Quận 1;Hiệu trưởng;Trường tiểu học;",
            "Trường thiếu địa danh;Ủy ban nhân dân Quận 1;TTDD;;Hiệu trưởng;Trường tiểu học;",
            "Trường ngoài phạm vi;Ủy ban nhân dân Quận 3;TNPV;Quận 3;Hiệu trưởng;Trường học;",
            "Trường dưới dòng sau;Phòng Sau;TDDS;Quận 1;Hiệu trưởng;Khác;",
            "Phòng Sau;Ủy ban nhân dân Quận 1;ps;Quận 1;Trưởng phòng;Khác;",
            "Trường mầm non Tuổi Hồng;Ủy ban nhân dân Quận 1;MNTH;Quận 1;Hiệu trưởng;Trường mầm non;");
        var import = new UnitImport(database);

        var preview = (await import.PreviewAsync(admin, sheet, Token)).Value!;
        var imported = await import.ImportAsync(admin, sheet, "don-vi.csv", Token);

        Assert.False(preview.CanImport);
        Assert.Equal([true, false, false, false, false, false], preview.Rows.Select(r => r.IsValid));
        Assert.Equal(
            [
                "Dòng 3: thiếu Địa danh",
                "Dòng 4: loại \"Trường học\" không có; ghi một trong: Ủy ban nhân dân; Sở, ban, ngành; Phòng chuyên môn; Trường mầm non; Trường tiểu học; Trường trung học cơ sở; Trường trung học phổ thông; Đơn vị sự nghiệp công lập; Khác.",
                "Dòng 4: không tìm thấy đơn vị cấp trên \"Ủy ban nhân dân Quận 3\" trong các đơn vị bạn quản lý hay ở các dòng trên.",
                "Dòng 5: đơn vị cấp trên \"Phòng Sau\" ở dòng 6; hãy đặt dòng đó lên trước dòng này.",
                "Dòng 6: chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch nối, không có khoảng trắng (ví dụ: MNTH, UBND, SGDĐT).",
                "Dòng 7: đã có đơn vị \"Trường mầm non Tuổi Hồng\" trực thuộc \"Ủy ban nhân dân Quận 1\".",
            ],
            preview.AllProblems);
        Assert.StartsWith("Bảng tính còn lỗi nên chưa nhập đơn vị nào. Dòng 3: thiếu Địa danh", imported.Refusal, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(10, await db.Units.CountAsync(Token));
        Assert.False(await db.AuditEntries.AnyAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ImportAsync_DatabaseRefusesTheThirdRow_WritesNoUnitAtAll(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin);
        await using (var db = database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite ? SqliteTrap : PostgresTrap, Token);
        }

        var sheet = Csv(
            "Phòng Một;Ủy ban nhân dân Quận 1;PM;Quận 1;Trưởng phòng;Khác;",
            "Phòng Hai;Phòng Một;PH;Quận 1;Trưởng phòng;Khác;",
            "Phòng Bẫy;Ủy ban nhân dân Quận 1;PB;Quận 1;Trưởng phòng;Khác;",
            "Phòng Bốn;Ủy ban nhân dân Quận 1;PB;Quận 1;Trưởng phòng;Khác;");

        var imported = await new UnitImport(database).ImportAsync(admin, sheet, "don-vi.csv", Token);

        Assert.StartsWith("Cơ sở dữ liệu không ghi được một đơn vị của bảng tính nên chưa nhập đơn vị nào", imported.Refusal, StringComparison.Ordinal);
        await using var check = database.CreateDbContext();
        Assert.Equal(10, await check.Units.CountAsync(Token));
        Assert.False(await check.AuditEntries.AnyAsync(Token));
    }

    // A fault at the database itself, on one row in the middle of the sheet: the rows before it are already inserted when it fires.
    private const string SqliteTrap =
        "CREATE TRIGGER trap_unit BEFORE INSERT ON \"Units\" WHEN NEW.\"Name\" = 'Phòng Bẫy' BEGIN SELECT RAISE(ABORT, 'injected fault'); END;";

    private const string PostgresTrap = """
        CREATE FUNCTION trap_unit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."Name" = 'Phòng Bẫy' THEN RAISE EXCEPTION 'injected fault'; END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER trap_unit BEFORE INSERT ON "Units" FOR EACH ROW EXECUTE FUNCTION trap_unit();
        """;
}
