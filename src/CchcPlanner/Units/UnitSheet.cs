using CchcPlanner.Common;
using CchcPlanner.Sheets;

namespace CchcPlanner.Units;

/// <summary>
/// Checks a unit sheet against the administrator's branch, row by row, and plans the units to create: each row's
/// parent is a unit of the branch or an earlier row. Pure: the caller loads the branch and saves the result.
/// </summary>
internal sealed class UnitSheet
{
    private readonly IReadOnlyList<Unit> branch;
    private readonly List<(UnitSheetRow Row, UnitFields Fields, ParentRef? Parent)> planned = [];

    /// <summary>The first row of each name, so a row naming a parent written further down is told where it is.</summary>
    private readonly Dictionary<string, int> rowOfName = new(VietnameseText.Comparer);

    private UnitSheet(IReadOnlyList<Unit> branch) => this.branch = branch;

    public UnitSheetPreview Preview { get; private set; } = new([], []);

    /// <summary>Creates the units of a valid sheet, parents first; each parent is a branch unit or a unit created just before.</summary>
    public IReadOnlyList<Unit> NewUnits()
    {
        if (!Preview.CanImport)
        {
            throw new InvalidOperationException("Only a sheet without problems creates units.");
        }

        var created = new List<Unit>();
        foreach (var (_, fields, parent) in planned)
        {
            created.Add(fields.NewUnder(parent!.Value.Existing ?? created[parent.Value.EarlierRow!.Value]));
        }

        return created;
    }

    public static UnitSheet Check(SheetTable sheet, IReadOnlyList<Unit> branch)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var check = new UnitSheet(branch);
        var missing = UnitSheetColumns.Required.Where(c => !sheet.HasColumn(c)).Select(c => $"Thiếu cột \"{c}\" ở dòng tiêu đề.").ToList();
        if (missing.Count > 0 || sheet.Rows.Count == 0 || sheet.Rows.Count > UnitSheetColumns.MaxRows)
        {
            var problems = missing.Count > 0 ? missing
                : sheet.Rows.Count == 0 ? ["Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề."]
                : [$"Bảng tính có {sheet.Rows.Count} dòng; mỗi lần nhập tối đa {UnitSheetColumns.MaxRows} dòng."];
            check.Preview = new UnitSheetPreview([], problems);
            return check;
        }

        foreach (var row in sheet.Rows.Where(r => r[UnitSheetColumns.Name].Length > 0))
        {
            check.rowOfName.TryAdd(row[UnitSheetColumns.Name], row.Number);
        }

        check.Preview = new UnitSheetPreview(sheet.Rows.Select(check.CheckRow).ToList(), []);
        return check;
    }

    private UnitSheetRow CheckRow(SheetRow cells)
    {
        var problems = new List<string>();
        void Problem(string text) => problems.Add($"Dòng {cells.Number}: {text}");
        foreach (var column in UnitSheetColumns.Required.Where(c => cells[c].Length == 0))
        {
            Problem($"thiếu {column}");
        }

        var row = new UnitSheetRow(
            cells.Number, cells[UnitSheetColumns.Name], cells[UnitSheetColumns.Parent], cells[UnitSheetColumns.Abbreviation],
            cells[UnitSheetColumns.PlaceName], cells[UnitSheetColumns.HeadTitle], cells[UnitSheetColumns.Category],
            cells[UnitSheetColumns.ParentBodyName], problems);
        var category = UnitCategoryNames.Parse(row.Category);
        if (row.Category.Length > 0 && category is null)
        {
            Problem($"loại \"{row.Category}\" không có; ghi một trong: {string.Join("; ", Enum.GetValues<UnitCategory>().Select(c => c.ToVietnamese()))}.");
        }

        var fields = new UnitFields(row.Name, row.Abbreviation, row.PlaceName, row.HeadTitle, category ?? UnitCategory.Other, row.ParentBodyName);
        if (problems.Count == 0 && FieldProblem(fields) is { } invalid)
        {
            Problem(invalid);
        }

        var parent = row.Parent.Length > 0 ? ResolveParent(row, Problem) : null;
        if (parent is { } placed && row.Name.Length > 0 && Twin(row.Name, placed) is { } twin)
        {
            Problem(twin);
        }

        planned.Add((row, fields, parent));
        return row;
    }

    /// <summary>The entity's own rules (the abbreviation's form), checked by building a throwaway unit.</summary>
    private static string? FieldProblem(UnitFields fields)
    {
        try
        {
            _ = new Unit(fields.Name, fields.Abbreviation, fields.PlaceName, fields.HeadTitle, fields.Category);
            return null;
        }
        catch (DomainRuleException e)
        {
            return char.ToLower(e.Message[0], VietnameseText.Culture) + e.Message[1..];
        }
    }

    /// <summary>An existing unit of the branch, or an earlier row; null with a problem when neither or several.</summary>
    private ParentRef? ResolveParent(UnitSheetRow row, Action<string> problem)
    {
        var name = row.Parent;
        var earlier = planned.Select((p, i) => (p.Row, Index: i)).Where(p => VietnameseText.Comparer.Equals(p.Row.Name, name)).ToList();
        var byName = branch.Where(u => VietnameseText.Comparer.Equals(u.Name, name)).ToList();
        var byAbbreviation = earlier.Count + byName.Count == 0
            ? branch.Where(u => string.Equals(u.Abbreviation, name, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];
        var count = earlier.Count + byName.Count + byAbbreviation.Count;
        if (count > 1)
        {
            problem($"có {count} đơn vị tên hoặc viết tắt là \"{name}\"; hãy ghi đúng tên đầy đủ của đơn vị cấp trên, không trùng với đơn vị khác.");
            return null;
        }

        if (count == 0)
        {
            problem(rowOfName.TryGetValue(name, out var number) && number > row.Number
                ? $"đơn vị cấp trên \"{name}\" ở dòng {number}; hãy đặt dòng đó lên trước dòng này."
                : $"không tìm thấy đơn vị cấp trên \"{name}\" trong các đơn vị bạn quản lý hay ở các dòng trên.");
            return null;
        }

        if (earlier.Count == 1)
        {
            return new ParentRef(null, earlier[0].Index);
        }

        var unit = byName.Count == 1 ? byName[0] : byAbbreviation[0];
        if (!unit.IsActive)
        {
            problem($"đơn vị cấp trên \"{unit.Name}\" đang ngừng hoạt động.");
            return null;
        }

        return new ParentRef(unit, null);
    }

    private string? Twin(string name, ParentRef parent)
    {
        var existing = parent.Existing is { } unit
            && branch.Any(u => u.ParentId == unit.Id && VietnameseText.Comparer.Equals(u.Name, name));
        var earlier = planned.FirstOrDefault(p => p.Parent == parent && VietnameseText.Comparer.Equals(p.Row.Name, name)).Row;
        return existing ? $"đã có đơn vị \"{name}\" trực thuộc \"{parent.Existing!.Name}\"."
            : earlier is not null ? $"trùng tên và đơn vị cấp trên với dòng {earlier.Number}."
            : null;
    }

    /// <summary>Where a row goes: under a unit of the branch, or under the unit of an earlier row (its index).</summary>
    private readonly record struct ParentRef(Unit? Existing, int? EarlierRow);
}
