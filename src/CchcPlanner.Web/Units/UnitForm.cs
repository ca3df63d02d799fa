using CchcPlanner.Units;

namespace CchcPlanner.Web.Units;

/// <summary>What the unit dialog binds to: a separate model, so the entity is only changed through the service.</summary>
public sealed class UnitForm
{
    public int? ParentId { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Abbreviation { get; set; } = string.Empty;

    public string PlaceName { get; set; } = string.Empty;

    public string HeadTitle { get; set; } = string.Empty;

    public UnitCategory Category { get; set; } = UnitCategory.Office;

    public string? ParentBodyName { get; set; }

    public static UnitForm From(UnitFields fields) => new()
    {
        Name = fields.Name,
        Abbreviation = fields.Abbreviation,
        PlaceName = fields.PlaceName,
        HeadTitle = fields.HeadTitle,
        Category = fields.Category,
        ParentBodyName = fields.ParentBodyName,
    };

    public UnitFields ToFields() => new(Name, Abbreviation, PlaceName, HeadTitle, Category, ParentBodyName);
}
