using CchcPlanner.Units;

namespace CchcPlanner.Data.Demo;

/// <summary>The units of demo mode: two real reviewing chains, one per example plan.</summary>
public sealed record DemoUnits(
    Unit Ministry,
    Unit HoChiMinhCity,
    Unit District1,
    Unit TuoiHong,
    Unit BenNghe,
    Unit LeNgocHan,
    Unit VanLang,
    Unit HaiDuong,
    Unit NinhGiang)
{
    public IEnumerable<Unit> All => [Ministry, HoChiMinhCity, District1, TuoiHong, BenNghe, LeNgocHan, VanLang, HaiDuong, NinhGiang];

    /// <summary>
    /// Bộ Nội vụ over two provinces. Under UBND Quận 1 (the reviewing body of the kindergarten example) are four
    /// schools; under UBND tỉnh Hải Dương is the district of the communication-plan example.
    /// </summary>
    public static DemoUnits Create()
    {
        var ministry = new Unit("Bộ Nội vụ", "BNV", "Hà Nội", "BỘ TRƯỞNG", UnitCategory.Department);
        var city = new Unit("Ủy ban nhân dân Thành phố Hồ Chí Minh", "UBND", "Thành phố Hồ Chí Minh", "CHỦ TỊCH", UnitCategory.PeoplesCommittee, ministry);
        var district1 = new Unit("Ủy ban nhân dân Quận 1", "UBND", "Quận 1", "CHỦ TỊCH", UnitCategory.PeoplesCommittee, city);
        var tuoiHong = new Unit("Trường mầm non Tuổi Hồng", "MNTH", "Quận 1", "HIỆU TRƯỞNG", UnitCategory.Kindergarten, district1);
        var benNghe = new Unit("Trường mầm non Bến Nghé", "MNBN", "Quận 1", "HIỆU TRƯỞNG", UnitCategory.Kindergarten, district1);
        var leNgocHan = new Unit("Trường tiểu học Lê Ngọc Hân", "THLNH", "Quận 1", "HIỆU TRƯỞNG", UnitCategory.PrimarySchool, district1);
        var vanLang = new Unit("Trường trung học cơ sở Văn Lang", "THCSVL", "Quận 1", "HIỆU TRƯỞNG", UnitCategory.LowerSecondarySchool, district1);
        var haiDuong = new Unit("Ủy ban nhân dân tỉnh Hải Dương", "UBND", "Hải Dương", "CHỦ TỊCH", UnitCategory.PeoplesCommittee, ministry);
        var ninhGiang = new Unit("Ủy ban nhân dân huyện Ninh Giang", "UBND", "Ninh Giang", "CHỦ TỊCH", UnitCategory.PeoplesCommittee, haiDuong);
        return new DemoUnits(ministry, city, district1, tuoiHong, benNghe, leNgocHan, vanLang, haiDuong, ninhGiang);
    }
}
