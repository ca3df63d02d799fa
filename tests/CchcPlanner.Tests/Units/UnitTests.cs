using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Tests.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Units;

public sealed class UnitTests
{
    [Theory]
    [InlineData("MNTH")]
    [InlineData("SGDĐT")]
    [InlineData("UBND")]
    [InlineData("THCSVL")]
    [InlineData("GD&ĐT")]
    [InlineData("UBND-NV")]
    [InlineData("BNV2")]
    public void Constructor_UpperCaseAbbreviation_Accepted(string abbreviation)
    {
        var unit = new Unit("Trường mầm non Tuổi Hồng", abbreviation, "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten);

        Assert.Equal(abbreviation, unit.Abbreviation);
    }

    [Theory]
    [InlineData("mn th")]
    [InlineData("MN TH")]
    [InlineData("mnth")]
    [InlineData("MNTh")]
    [InlineData("-MNTH")]
    [InlineData("MN--TH")]
    [InlineData("KH/MNTH")]
    [InlineData("")]
    public void Constructor_AbbreviationNotUpperCaseLettersDigitsDashes_Refused(string abbreviation) =>
        Assert.Throws<DomainRuleException>(
            () => new Unit("Trường mầm non Tuổi Hồng", abbreviation, "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten));

    [Fact]
    public void Constructor_DecomposedText_StoredNfcTrimmedAndTitleUpperCased()
    {
        var unit = new Unit(
            " Trường mầm non Tuổi Hồng ".Normalize(NormalizationForm.FormD),
            "MNTH",
            "Quận 1 ".Normalize(NormalizationForm.FormD),
            "hiệu trưởng".Normalize(NormalizationForm.FormD),
            UnitCategory.Kindergarten);

        Assert.Equal("Trường mầm non Tuổi Hồng", unit.Name);
        Assert.Equal("Quận 1", unit.PlaceName);
        Assert.Equal("HIỆU TRƯỞNG", unit.HeadTitle);
        Assert.Equal("TRƯỜNG MẦM NON TUỔI HỒNG", unit.IssuingBodyHeader);
        Assert.True(unit.Name.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Rename_Blank_Refused()
    {
        var unit = TestUnits.TuoiHong();

        Assert.Throws<DomainRuleException>(() => unit.Rename(" "));
        Assert.Equal("Trường mầm non Tuổi Hồng", unit.Name);
    }

    [Fact]
    public void SetDocumentFields_InvalidAbbreviation_KeepsPreviousFields()
    {
        var unit = TestUnits.TuoiHong();

        Assert.Throws<DomainRuleException>(() => unit.SetDocumentFields("mn th", "Quận 3", "Giám đốc", "Sở Giáo dục"));

        Assert.Equal("MNTH", unit.Abbreviation);
        Assert.Equal("Quận 1", unit.PlaceName);
        Assert.Equal("HIỆU TRƯỞNG", unit.HeadTitle);
    }

    [Fact]
    public void ParentBodyHeader_SchoolUnderPeoplesCommittee_PrintsTheCommitteeUpperCased() =>
        Assert.Equal("ỦY BAN NHÂN DÂN QUẬN 1", TestUnits.TuoiHong(TestUnits.District1()).ParentBodyHeader);

    [Fact]
    public void ParentBodyHeader_PeoplesCommittee_PrintsNone()
    {
        var city = new Unit("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND", "Thành phố Hồ Chí Minh", "Chủ tịch", UnitCategory.PeoplesCommittee);
        var district = new Unit("Ủy ban nhân dân Quận 1", "UBND", "Quận 1", "Chủ tịch", UnitCategory.PeoplesCommittee, city);

        Assert.Equal(string.Empty, district.ParentBodyHeader);
    }

    [Fact]
    public void ParentBodyHeader_TopOfTheTree_PrintsNone()
    {
        var school = new Unit("Trường mầm non Tuổi Hồng", "MNTH", "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten);

        Assert.Equal(string.Empty, school.ParentBodyHeader);
    }

    [Fact]
    public void ParentBodyHeader_ExplicitParentBodyName_Wins()
    {
        var school = TestUnits.TuoiHong(TestUnits.District1());

        school.SetDocumentFields("MNTH", "Quận 1", "Hiệu trưởng", "Phòng Giáo dục và Đào tạo Quận 1");

        Assert.Equal("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 1", school.ParentBodyHeader);
    }

    [Fact]
    public void ParentBodyHeader_ExplicitNameOnPeoplesCommittee_Wins()
    {
        var district = new Unit("Ủy ban nhân dân huyện Ninh Giang", "UBND", "Ninh Giang", "Chủ tịch", UnitCategory.PeoplesCommittee);

        district.SetDocumentFields("UBND", "Ninh Giang", "Chủ tịch", "Tỉnh Hải Dương");

        Assert.Equal("TỈNH HẢI DƯƠNG", district.ParentBodyHeader);
    }

    [Fact]
    public void RefreshPath_Tree_BuildsPathFromTheRoot()
    {
        var (city, district, school) = Tree();

        Assert.Equal("/1/", city.Path);
        Assert.Equal("/1/4/", district.Path);
        Assert.Equal("/1/4/9/", school.Path);
    }

    [Fact]
    public void RefreshPath_WithoutId_Refused()
    {
        var unit = TestUnits.District1();

        Assert.Throws<InvalidOperationException>(unit.RefreshPath);
    }

    [Fact]
    public void RefreshPath_ParentWithoutPath_Refused()
    {
        var parent = Persisted.WithId(TestUnits.District1(), 4);
        var school = Persisted.WithId(TestUnits.TuoiHong(parent), 9);

        Assert.Throws<InvalidOperationException>(school.RefreshPath);
    }

    [Fact]
    public void IsSameOrBelow_Tree_FollowsTheBranches()
    {
        var (city, district, school) = Tree();
        var district41 = Persisted.WithId(
            new Unit("Ủy ban nhân dân Quận 41", "UBND", "Quận 41", "Chủ tịch", UnitCategory.PeoplesCommittee, city), 41);
        district41.RefreshPath();

        Assert.True(school.IsSameOrBelow(city));
        Assert.True(school.IsSameOrBelow(district));
        Assert.True(district.IsSameOrBelow(district));
        Assert.False(district.IsSameOrBelow(school));
        Assert.False(city.IsSameOrBelow(district));
        Assert.Equal("/1/41/", district41.Path);
        Assert.False(district41.IsSameOrBelow(district));
        Assert.False(school.IsSameOrBelow(district41));
    }

    [Fact]
    public void IsSameOrBelow_PathNotSetYet_CoversNothing()
    {
        var (city, _, school) = Tree();
        var unplaced = TestUnits.District1();

        Assert.False(school.IsSameOrBelow(unplaced));
        Assert.False(unplaced.IsSameOrBelow(city));
        Assert.False(unplaced.IsSameOrBelow(unplaced));
    }

    [Fact]
    public void Deactivate_ThenActivate_TogglesIsActive()
    {
        var unit = TestUnits.District1();
        Assert.True(unit.IsActive);

        unit.Deactivate();
        Assert.False(unit.IsActive);

        unit.Activate();
        Assert.True(unit.IsActive);
    }

    private static (Unit City, Unit District, Unit School) Tree()
    {
        var city = Persisted.WithId(
            new Unit("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND", "Thành phố Hồ Chí Minh", "Chủ tịch", UnitCategory.PeoplesCommittee), 1);
        var district = Persisted.WithId(
            new Unit("Ủy ban nhân dân Quận 1", "UBND", "Quận 1", "Chủ tịch", UnitCategory.PeoplesCommittee, city), 4);
        var school = Persisted.WithId(TestUnits.TuoiHong(district), 9);
        city.RefreshPath();
        district.RefreshPath();
        school.RefreshPath();
        return (city, district, school);
    }
}
