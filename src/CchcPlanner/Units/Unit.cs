using System.Globalization;
using System.Text.RegularExpressions;
using CchcPlanner.Common;

namespace CchcPlanner.Units;

/// <summary>
/// A body in the tree of units: a province, a district or commune, an office, a school.
/// Any unit reviews the units below it. <see cref="Path"/> holds the ids from the root
/// (<c>/1/4/9/</c>) so that "every unit below" is one indexed prefix query.
/// </summary>
public sealed partial class Unit
{
    private Unit()
    {
        Name = Abbreviation = PlaceName = HeadTitle = Path = string.Empty;
    }

    public Unit(string name, string abbreviation, string placeName, string headTitle, UnitCategory category, Unit? parent = null)
        : this()
    {
        Rename(name);
        SetDocumentFields(abbreviation, placeName, headTitle, parentBodyName: null);
        Category = category;
        Parent = parent;
        IsActive = true;
    }

    public int Id { get; private set; }

    public int? ParentId { get; private set; }

    public Unit? Parent { get; private set; }

    /// <summary>Full name as written in sentences: <c>Trường mầm non Tuổi Hồng</c>.</summary>
    public string Name { get; private set; }

    /// <summary>Used in document symbols: <c>KH-MNTH</c>.</summary>
    public string Abbreviation { get; private set; }

    /// <summary>Used before the date: <c>Quận 1, ngày …</c>.</summary>
    public string PlaceName { get; private set; }

    /// <summary>Printed over the signature when the head signs: <c>HIỆU TRƯỞNG</c>.</summary>
    public string HeadTitle { get; private set; }

    /// <summary>The parent body as printed in the header; when null, the parent unit's name is used.</summary>
    public string? ParentBodyName { get; private set; }

    public UnitCategory Category { get; private set; }

    public bool IsActive { get; private set; }

    public string Path { get; private set; }

    /// <summary>The issuing body as printed: the name in upper case.</summary>
    public string IssuingBodyHeader => VietnameseText.Upper(Name);

    /// <summary>
    /// The parent body as printed, or empty: a people's committee and a unit at the top of the tree print none
    /// (NĐ 30/2020, Phụ lục I: the name of the issuing body stands alone).
    /// </summary>
    public string ParentBodyHeader =>
        ParentBodyName is { Length: > 0 } printed ? VietnameseText.Upper(printed)
        : Parent is not null && Category != UnitCategory.PeoplesCommittee ? VietnameseText.Upper(Parent.Name)
        : string.Empty;

    public void Rename(string name) => Name = VietnameseText.Required(name, "Tên đơn vị");

    public void SetDocumentFields(string abbreviation, string placeName, string headTitle, string? parentBodyName)
    {
        var cleanAbbreviation = VietnameseText.Required(abbreviation, "Chữ viết tắt của đơn vị");
        if (!AbbreviationPattern().IsMatch(cleanAbbreviation))
        {
            throw new DomainRuleException(
                "Chữ viết tắt chỉ gồm chữ in hoa, chữ số và dấu gạch nối, không có khoảng trắng (ví dụ: MNTH, UBND, SGDĐT).");
        }

        Abbreviation = cleanAbbreviation;
        PlaceName = VietnameseText.Required(placeName, "Địa danh");
        HeadTitle = VietnameseText.Upper(VietnameseText.Required(headTitle, "Chức danh người đứng đầu"));
        ParentBodyName = VietnameseText.CleanOrNull(parentBodyName);
    }

    public void ChangeCategory(UnitCategory category) =>
        Category = Enum.IsDefined(category) ? category : throw new DomainRuleException("Loại đơn vị không hợp lệ.");

    /// <summary>
    /// Places the unit under another parent. The paths of the unit and of everything below it are stale until
    /// <see cref="RefreshPath"/> runs on each, parents first (<see cref="UnitAdministration"/> does both in one transaction).
    /// </summary>
    public void MoveUnder(Unit parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent == this || parent.IsSameOrBelow(this))
        {
            throw new DomainRuleException($"Không thể chuyển \"{Name}\" vào chính nó hoặc vào một đơn vị trực thuộc nó.");
        }

        Parent = parent;
        ParentId = parent.Id;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>Sets the materialised path once the id is known (after the first save).</summary>
    public void RefreshPath()
    {
        if (Id == 0)
        {
            throw new InvalidOperationException("A unit's path is set after it has an id.");
        }

        var parentPath = Parent?.Path ?? "/";
        if (Parent is not null && parentPath.Length <= 1)
        {
            throw new InvalidOperationException("The parent's path must be set before its children's.");
        }

        Path = parentPath + Id.ToString(CultureInfo.InvariantCulture) + "/";
    }

    /// <summary>False while either path is unset: every path starts with the empty one, so an unplaced unit would cover the whole tree.</summary>
    public bool IsSameOrBelow(Unit other) =>
        Path.Length > 0 && other.Path.Length > 0 && Path.StartsWith(other.Path, StringComparison.Ordinal);

    [GeneratedRegex(@"^[\p{Lu}0-9Đ&]+(-[\p{Lu}0-9Đ&]+)*$")]
    private static partial Regex AbbreviationPattern();
}
