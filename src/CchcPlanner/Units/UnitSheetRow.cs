namespace CchcPlanner.Units;

/// <summary>
/// The columns of a unit import sheet, by their header (any order, any case). The parent is named by the name or the
/// abbreviation of a unit already in the administrator's branch, or by the name of an earlier row of the same sheet.
/// </summary>
public static class UnitSheetColumns
{
    /// <summary>Rows in one sheet at most: the check and the import each hold the whole sheet in one request.</summary>
    public const int MaxRows = 2000;

    public const string Name = "Tên đơn vị";
    public const string Parent = "Đơn vị cấp trên";
    public const string Abbreviation = "Viết tắt";
    public const string PlaceName = "Địa danh";
    public const string HeadTitle = "Chức danh người đứng đầu";
    public const string Category = "Loại";
    public const string ParentBodyName = "Tên cơ quan cấp trên in trên văn bản";

    public static readonly IReadOnlyList<string> Required = [Name, Parent, Abbreviation, PlaceName, HeadTitle, Category];

    public static readonly IReadOnlyList<string> All = [.. Required, ParentBodyName];
}

/// <summary>One row of a unit sheet as the preview shows it, with each of its problems in Vietnamese (<c>Dòng 5: thiếu Địa danh</c>).</summary>
public sealed record UnitSheetRow(
    int Number, string Name, string Parent, string Abbreviation, string PlaceName, string HeadTitle, string Category,
    string ParentBodyName, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public string StatusText => IsValid ? "Hợp lệ" : "Có lỗi";
}

/// <summary>
/// The whole sheet checked: its rows, problems of the sheet itself (a missing column, no rows), and whether it may be
/// imported, which is only when every row is valid.
/// </summary>
public sealed record UnitSheetPreview(IReadOnlyList<UnitSheetRow> Rows, IReadOnlyList<string> SheetProblems)
{
    public bool CanImport => SheetProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.IsValid);

    public IEnumerable<string> AllProblems => SheetProblems.Concat(Rows.SelectMany(r => r.Problems));
}
