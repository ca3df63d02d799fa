using System.Reflection;
using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Sheets;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Units;

public sealed class UnitSheetTests
{
    private const string Header = "Tên đơn vị,Đơn vị cấp trên,Viết tắt,Địa danh,Chức danh người đứng đầu,Loại";

    /// <summary>Quận 1 (id 1) with Tuổi Hồng (id 2) under it, and Quận 3 (id 3), both abbreviated UBND, as if loaded from the database.</summary>
    private static List<Unit> Branch()
    {
        var district1 = Placed(TestUnits.District1(), 1);
        var tuoiHong = Placed(TestUnits.TuoiHong(district1), 2);
        var district3 = Placed(new Unit("Ủy ban nhân dân Quận 3", "UBND", "Quận 3", "Chủ tịch", UnitCategory.PeoplesCommittee), 3);
        return [district1, tuoiHong, district3];
    }

    private static Unit Placed(Unit unit, int id)
    {
        typeof(Unit).GetProperty(nameof(Unit.Id))!.SetValue(unit, id);
        typeof(Unit).GetProperty(nameof(Unit.ParentId))!.SetValue(unit, unit.Parent?.Id);
        unit.RefreshPath();
        return unit;
    }

    private static UnitSheetPreview Preview(params string[] rows) => Check(rows).Preview;

    private static UnitSheet Check(params string[] rows) =>
        UnitSheet.Check(SheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows])))), Branch());

    [Fact]
    public void Check_ParentsByNameAndByEarlierRow_CreatesUnitsUnderThem()
    {
        var check = Check(
            "Phòng Văn hóa,Ủy ban nhân dân Quận 1,PVH,Quận 1,Trưởng phòng,Phòng chuyên môn",
            "Thư viện Quận 1,phòng văn hóa,TV,Quận 1,Giám đốc,don vi su nghiep cong lap",
            "Tổ Văn phòng,MNTH,TVP,Quận 1,Tổ trưởng,Khác");

        Assert.True(check.Preview.CanImport, string.Join(" ", check.Preview.AllProblems));
        var units = check.NewUnits();
        Assert.Equal(["Ủy ban nhân dân Quận 1", "Phòng Văn hóa", "Trường mầm non Tuổi Hồng"], units.Select(u => u.Parent!.Name));
        Assert.Same(units[0], units[1].Parent);
        Assert.Equal(UnitCategory.PublicServiceUnit, units[1].Category);
    }

    [Fact]
    public void Check_AbbreviationSharedByTwoUnits_AsksForTheFullName()
    {
        var preview = Preview("Phòng Nội vụ,UBND,PNV,Quận 1,Trưởng phòng,Khác");

        Assert.Equal(
            ["Dòng 2: có 2 đơn vị tên hoặc viết tắt là \"UBND\"; hãy ghi đúng tên đầy đủ của đơn vị cấp trên, không trùng với đơn vị khác."],
            preview.AllProblems);
    }

    [Fact]
    public void Check_SameNameTwiceUnderOneParent_PointsToTheEarlierRow()
    {
        var preview = Preview(
            "Phòng Nội vụ,Ủy ban nhân dân Quận 3,PNV,Quận 3,Trưởng phòng,Khác",
            "phòng nội vụ,Ủy ban nhân dân Quận 3,PNV,Quận 3,Trưởng phòng,Khác");

        Assert.Equal(["Dòng 3: trùng tên và đơn vị cấp trên với dòng 2."], preview.AllProblems);
        Assert.Equal([true, false], preview.Rows.Select(r => r.IsValid));
    }

    [Fact]
    public void Check_EveryEmptyRequiredCell_IsNamed()
    {
        var preview = Preview("Trường A,,,,,");

        Assert.Equal(
            ["Dòng 2: thiếu Đơn vị cấp trên", "Dòng 2: thiếu Viết tắt", "Dòng 2: thiếu Địa danh", "Dòng 2: thiếu Chức danh người đứng đầu", "Dòng 2: thiếu Loại"],
            preview.AllProblems);
    }

    [Fact]
    public void Check_MissingColumnOrNoRows_IsAProblemOfTheSheet()
    {
        var noColumn = UnitSheet.Check(SheetReader.Read(new MemoryStream("Tên đơn vị;Loại\nA;Khác"u8.ToArray())), Branch()).Preview;
        var noRows = Preview();

        Assert.False(noColumn.CanImport);
        Assert.Equal("Thiếu cột \"Đơn vị cấp trên\" ở dòng tiêu đề.", noColumn.SheetProblems[0]);
        Assert.Equal(4, noColumn.SheetProblems.Count);
        Assert.Equal(["Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề."], noRows.SheetProblems);
        Assert.False(noRows.CanImport);
    }

    [Theory]
    [InlineData("Trường mầm non", UnitCategory.Kindergarten)]
    [InlineData("TRUONG TIEU HOC", UnitCategory.PrimarySchool)]
    [InlineData("Uỷ ban nhân dân", UnitCategory.PeoplesCommittee)]
    [InlineData("Trường học", null)]
    [InlineData("", null)]
    public void Parse_CategoryAsPrintedOrWithoutDiacritics_FindsIt(string text, UnitCategory? expected) =>
        Assert.Equal(expected, UnitCategoryNames.Parse(text));

    [Fact]
    public void MoveUnder_ItsOwnChild_IsRefused()
    {
        var branch = Branch();

        var error = Assert.Throws<DomainRuleException>(() => branch[0].MoveUnder(branch[1]));

        Assert.Equal("Không thể chuyển \"Ủy ban nhân dân Quận 1\" vào chính nó hoặc vào một đơn vị trực thuộc nó.", error.Message);
    }

    [Fact]
    public void MoveUnder_AnotherBranch_RepathsAfterRefresh()
    {
        var branch = Branch();

        branch[1].MoveUnder(branch[2]);
        branch[1].RefreshPath();

        Assert.Equal(("/3/2/", 3), (branch[1].Path, branch[1].ParentId!.Value));
    }
}
