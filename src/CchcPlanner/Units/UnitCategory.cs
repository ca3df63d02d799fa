using CchcPlanner.Common;

namespace CchcPlanner.Units;

/// <summary>
/// What kind of body a unit is. A parent plan assigns tasks and KPIs to a category
/// ("các trường mầm non"), and each unit of that category adopts them.
/// </summary>
public enum UnitCategory
{
    PeoplesCommittee = 0,
    Department = 1,
    Office = 2,
    Kindergarten = 3,
    PrimarySchool = 4,
    LowerSecondarySchool = 5,
    UpperSecondarySchool = 6,
    PublicServiceUnit = 7,
    Other = 8,
}

public static class UnitCategoryNames
{
    public static string ToVietnamese(this UnitCategory category) => category switch
    {
        UnitCategory.PeoplesCommittee => "Ủy ban nhân dân",
        UnitCategory.Department => "Sở, ban, ngành",
        UnitCategory.Office => "Phòng chuyên môn",
        UnitCategory.Kindergarten => "Trường mầm non",
        UnitCategory.PrimarySchool => "Trường tiểu học",
        UnitCategory.LowerSecondarySchool => "Trường trung học cơ sở",
        UnitCategory.UpperSecondarySchool => "Trường trung học phổ thông",
        UnitCategory.PublicServiceUnit => "Đơn vị sự nghiệp công lập",
        _ => "Khác",
    };

    /// <summary>The category a sheet names, as <see cref="ToVietnamese"/> writes it; case and missing diacritics are forgiven.</summary>
    public static UnitCategory? Parse(string? text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.Length == 0 ? null
            : Enum.GetValues<UnitCategory>().Cast<UnitCategory?>().FirstOrDefault(c => VietnameseText.Fold(c!.Value.ToVietnamese()) == folded);
    }
}
