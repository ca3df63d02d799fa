using CchcPlanner.Units;

namespace CchcPlanner.Tests.Units;

/// <summary>Units as tests need them; every call builds new instances.</summary>
internal static class TestUnits
{
    public static Unit District1() =>
        new("Ủy ban nhân dân Quận 1", "UBND", "Quận 1", "Chủ tịch", UnitCategory.PeoplesCommittee);

    public static Unit TuoiHong(Unit? parent = null) =>
        new("Trường mầm non Tuổi Hồng", "MNTH", "Quận 1", "Hiệu trưởng", UnitCategory.Kindergarten, parent ?? District1());
}
