using CchcPlanner.Audit;
using CchcPlanner.Data;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.IntegrationTests.Workflow;
using CchcPlanner.Units;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.IntegrationTests.Units;

/// <summary>Administrators edit the tree inside their branch; paths stay right, history stays, every change is audited.</summary>
public sealed class UnitAdministrationTests(PostgresServer server) : DatabaseTests(server)
{
    private static UnitFields Office(string name) => new(name, "PGDĐT", "Quận 1", "Trưởng phòng", UnitCategory.Office);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MoveAsync_UnitWithSchools_RewritesThePathsOfEveryUnitBelow(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin);
        var service = new UnitAdministration(database);
        var office = (await service.CreateAsync(admin, world.District3.Id, Office("Phòng Giáo dục và Đào tạo Quận 3"), Token)).Value;

        var moved = await service.MoveAsync(admin, world.Units.District1.Id, office, Token);

        Assert.True(moved.Succeeded, moved.Refusal);
        await using var db = database.CreateDbContext();
        var units = await db.Units.ToDictionaryAsync(u => u.Id, Token);
        var district1 = units[world.Units.District1.Id];
        Assert.Equal(office, district1.ParentId);
        Assert.Equal($"{units[office].Path}{district1.Id}/", district1.Path);
        Assert.Equal($"{district1.Path}{world.Units.TuoiHong.Id}/", units[world.Units.TuoiHong.Id].Path);
        Assert.Equal(4, units.Values.Count(u => u.ParentId == district1.Id && u.Path.StartsWith(district1.Path, StringComparison.Ordinal)));
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.UnitMoved, Token);
        Assert.Equal("Ủy ban nhân dân Quận 1: từ \"Ủy ban nhân dân Thành phố Hồ Chí Minh\" sang \"Phòng Giáo dục và Đào tạo Quận 3\", cùng 4 đơn vị trực thuộc", entry.Detail);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task MoveAsync_UnderItselfOrBelowItself_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin);
        var service = new UnitAdministration(database);

        var underSchool = await service.MoveAsync(admin, world.Units.District1.Id, world.Units.TuoiHong.Id, Token);
        var underItself = await service.MoveAsync(admin, world.Units.District1.Id, world.Units.District1.Id, Token);

        Assert.Contains("vào chính nó hoặc vào một đơn vị trực thuộc nó", underSchool.Refusal, StringComparison.Ordinal);
        Assert.Contains("vào chính nó", underItself.Refusal, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(world.Units.HoChiMinhCity.Id, (await db.Units.SingleAsync(u => u.Id == world.Units.District1.Id, Token)).ParentId);
        Assert.False(await db.AuditEntries.AnyAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task BranchAdministrator_OutsideTheirBranch_IsRefusedEveryTime(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var units = world.Units;
        var admin = WorkflowWorld.As(units.District1, Roles.Admin);
        var service = new UnitAdministration(database);

        string[] refusals =
        [
            (await service.CreateAsync(admin, world.District3.Id, Office("Phòng mới"), Token)).Refusal!,
            (await service.CreateAsync(admin, null, Office("Đơn vị cấp cao nhất"), Token)).Refusal!,
            (await service.ChangeAsync(admin, units.NinhGiang.Id, UnitFields.Of(units.NinhGiang) with { Name = "Đổi tên" }, Token)).Refusal!,
            (await service.MoveAsync(admin, units.TuoiHong.Id, world.District3.Id, Token)).Refusal!,
            (await service.MoveAsync(admin, world.District3.Id, units.District1.Id, Token)).Refusal!,
            (await service.MoveAsync(admin, units.District1.Id, units.NinhGiang.Id, Token)).Refusal!,
            (await service.DeactivateAsync(admin, units.HaiDuong.Id, Token)).Refusal!,
            (await service.DeactivateAsync(admin, units.District1.Id, Token)).Refusal!,
        ];

        Assert.Equal(
            [
                "Không tìm thấy đơn vị này, hoặc đơn vị không thuộc phạm vi bạn quản lý.",
                "Chỉ tạo được đơn vị trực thuộc một đơn vị có sẵn; đơn vị cấp cao nhất được tạo khi cài đặt (lệnh cchc admin create).",
                "Không tìm thấy đơn vị này, hoặc đơn vị không thuộc phạm vi bạn quản lý.",
                "Đơn vị \"Ủy ban nhân dân Quận 3\" không thuộc phạm vi bạn quản lý (đơn vị của bạn và các đơn vị trực thuộc).",
                "Không tìm thấy đơn vị này, hoặc đơn vị không thuộc phạm vi bạn quản lý.",
                "Không thể chuyển đơn vị của chính bạn; việc này do quản trị của đơn vị cấp trên thực hiện.",
                "Không tìm thấy đơn vị này, hoặc đơn vị không thuộc phạm vi bạn quản lý.",
                "Không thể ngừng hoạt động đơn vị của chính bạn.",
            ],
            refusals);
        var reviewer = WorkflowWorld.As(units.District1, Roles.Reviewer);
        Assert.Equal("Chỉ quản trị hệ thống mới được thêm, sửa, chuyển hay ngừng hoạt động đơn vị.", (await service.CreateAsync(reviewer, units.District1.Id, Office("Phòng mới"), Token)).Refusal);
        await using var db = database.CreateDbContext();
        Assert.Equal(10, await db.Units.CountAsync(Token));
        Assert.False(await db.AuditEntries.AnyAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CreateAndChange_InsideTheBranch_SaveTheDocumentFieldsAndAreAudited(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin, "Trần Văn Quản");
        var service = new UnitAdministration(database);

        var created = (await service.CreateAsync(admin, world.Units.District1.Id, Office("Phòng Nội vụ"), Token)).Value;
        var twin = await service.CreateAsync(admin, world.Units.District1.Id, Office("phòng nội vụ"), Token);
        var badSymbol = await service.ChangeAsync(admin, created, Office("Phòng Nội vụ") with { Abbreviation = "pnv 1" }, Token);
        var changed = await service.ChangeAsync(
            admin, created, new UnitFields("Phòng Nội vụ Quận 1", "PNV", "Quận 1", "trưởng phòng", UnitCategory.Office, "Ủy ban nhân dân Quận 1"), Token);

        Assert.Equal("Đã có đơn vị \"phòng nội vụ\" trực thuộc cùng đơn vị cấp trên; hãy đặt tên khác.", twin.Refusal);
        Assert.StartsWith("Chữ viết tắt chỉ gồm chữ in hoa", badSymbol.Refusal, StringComparison.Ordinal);
        Assert.True(changed.Succeeded, changed.Refusal);
        await using var db = database.CreateDbContext();
        var unit = await db.Units.Include(u => u.Parent).SingleAsync(u => u.Id == created, Token);
        Assert.Equal(("Phòng Nội vụ Quận 1", "PNV", "TRƯỞNG PHÒNG", "ỦY BAN NHÂN DÂN QUẬN 1"), (unit.Name, unit.Abbreviation, unit.HeadTitle, unit.ParentBodyHeader));
        Assert.Equal($"{world.Units.District1.Path}{created}/", unit.Path);
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync(Token);
        Assert.Equal([AuditActions.UnitCreated, AuditActions.UnitChanged], entries.Select(e => e.Action));
        Assert.Equal("Phòng Nội vụ (PGDĐT), trực thuộc Ủy ban nhân dân Quận 1", entries[0].Detail);
        Assert.Equal(
            "Phòng Nội vụ: Tên: Phòng Nội vụ → Phòng Nội vụ Quận 1; Viết tắt: PGDĐT → PNV; Tên cơ quan cấp trên in trên văn bản: (trống) → Ủy ban nhân dân Quận 1",
            entries[1].Detail);
        Assert.All(entries, e => Assert.Equal("Trần Văn Quản", e.FullName));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DeactivateAsync_SchoolWithPlans_KeepsItsPlansAndShowsItInactive(DatabaseProvider provider)
    {
        await using var database = await NewDatabaseAsync(provider);
        var world = await WorkflowWorld.CreateAsync(database);
        var plan = await world.PlanAsync(world.Units.TuoiHong);
        var admin = WorkflowWorld.As(world.Units.District1, Roles.Admin);
        var service = new UnitAdministration(database);

        var parentFirst = await service.DeactivateAsync(WorkflowWorld.As(world.Units.HoChiMinhCity, Roles.Admin), world.Units.District1.Id, Token);
        var deactivated = await service.DeactivateAsync(admin, world.Units.TuoiHong.Id, Token);
        var moveUnder = await service.MoveAsync(admin, world.Units.BenNghe.Id, world.Units.TuoiHong.Id, Token);

        Assert.Equal("\"Ủy ban nhân dân Quận 1\" còn 4 đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.", parentFirst.Refusal);
        Assert.True(deactivated.Succeeded, deactivated.Refusal);
        Assert.StartsWith("Đơn vị cấp trên \"Trường mầm non Tuổi Hồng\" đang ngừng hoạt động", moveUnder.Refusal, StringComparison.Ordinal);
        await using (var db = database.CreateDbContext())
        {
            Assert.Equal(world.Units.TuoiHong.Id, (await db.Plans.SingleAsync(p => p.Id == plan, Token)).UnitId);
        }

        var tree = await new UnitQueries(database).TreeAsync(admin, Token);
        var row = tree.Single(r => r.Id == world.Units.TuoiHong.Id);
        Assert.Equal((false, 1), (row.IsActive, row.PlanCount));
        Assert.True((await service.ActivateAsync(admin, world.Units.TuoiHong.Id, Token)).Succeeded);
    }
}
