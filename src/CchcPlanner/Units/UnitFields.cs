using CchcPlanner.Common;

namespace CchcPlanner.Units;

/// <summary>
/// What an administrator types about a unit: the name and the fields the documents print (abbreviation in symbols,
/// place before the date, the head's title over the signature, the parent body as printed when it is not the parent's name).
/// </summary>
public sealed record UnitFields(
    string Name, string Abbreviation, string PlaceName, string HeadTitle, UnitCategory Category, string? ParentBodyName = null)
{
    public static UnitFields Of(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(unit.Name, unit.Abbreviation, unit.PlaceName, unit.HeadTitle, unit.Category, unit.ParentBodyName);
    }

    /// <summary>A new unit under <paramref name="parent"/>; the entity refuses empty fields and a bad abbreviation.</summary>
    internal Unit NewUnder(Unit parent)
    {
        var unit = new Unit(Name, Abbreviation, PlaceName, HeadTitle, Category, parent);
        unit.SetDocumentFields(Abbreviation, PlaceName, HeadTitle, ParentBodyName);
        return unit;
    }

    internal void ApplyTo(Unit unit)
    {
        unit.Rename(Name);
        unit.SetDocumentFields(Abbreviation, PlaceName, HeadTitle, ParentBodyName);
        unit.ChangeCategory(Category);
    }

    /// <summary>What changed, as the audit trail reads it: <c>Tên: A → B; Viết tắt: X → Y</c>.</summary>
    internal static string Changes(UnitFields before, UnitFields after)
    {
        var changes = new List<string>();
        void Compare(string label, string? from, string? to)
        {
            if (!string.Equals(VietnameseText.Clean(from), VietnameseText.Clean(to), StringComparison.Ordinal))
            {
                changes.Add($"{label}: {Shown(from)} → {Shown(to)}");
            }
        }

        Compare("Tên", before.Name, after.Name);
        Compare("Viết tắt", before.Abbreviation, after.Abbreviation);
        Compare("Địa danh", before.PlaceName, after.PlaceName);
        Compare("Chức danh người đứng đầu", before.HeadTitle, after.HeadTitle);
        Compare("Loại", before.Category.ToVietnamese(), after.Category.ToVietnamese());
        Compare("Tên cơ quan cấp trên in trên văn bản", before.ParentBodyName, after.ParentBodyName);
        return changes.Count == 0 ? "không thay đổi" : string.Join("; ", changes);

        static string Shown(string? text) => VietnameseText.Clean(text) is { Length: > 0 } clean ? clean : "(trống)";
    }
}
