using CchcPlanner.Common;
using CchcPlanner.Sheets;
using CchcPlanner.Units;

namespace CchcPlanner.Identity.Administration;

/// <summary>The columns of a user sheet, as its header row names them.</summary>
public static class UserSheetColumns
{
    public const string FullName = "Họ và tên";
    public const string Email = "Email";
    public const string Unit = "Đơn vị";
    public const string Roles = "Vai trò";
    public const int MaxRows = 500;

    public static readonly IReadOnlyList<string> Required = [FullName, Email, Unit, Roles];
}

/// <summary>One row of the sheet as the preview shows it: what it will create, or what is wrong with it.</summary>
public sealed record UserSheetRow(int Number, string FullName, string Email, string UnitName, IReadOnlyList<string> Roles, IReadOnlyList<string> Problems)
{
    public int UnitId { get; init; }

    public string RolesText => UserRules.RolesText(Roles);
}

/// <summary>The checked sheet: its rows and the problems of the sheet as a whole (a missing column, no rows).</summary>
public sealed record UserSheetPreview(IReadOnlyList<UserSheetRow> Rows, IReadOnlyList<string> SheetProblems)
{
    public bool CanImport => SheetProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public IEnumerable<string> AllProblems => SheetProblems.Concat(Rows.SelectMany(r => r.Problems));
}

/// <summary>Checks a user sheet row by row against the units the administrator manages and the e-mails already in use. Pure.</summary>
internal static class UserSheet
{
    public static UserSheetPreview Check(SheetTable sheet, IReadOnlyList<Unit> reachable, IReadOnlySet<string> usedEmails)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var missing = UserSheetColumns.Required.Where(c => !sheet.HasColumn(c)).Select(c => $"Thiếu cột \"{c}\" ở dòng tiêu đề.").ToList();
        if (missing.Count > 0 || sheet.Rows.Count == 0 || sheet.Rows.Count > UserSheetColumns.MaxRows)
        {
            return new UserSheetPreview([], missing.Count > 0 ? missing
                : sheet.Rows.Count == 0 ? ["Bảng tính không có dòng dữ liệu nào dưới dòng tiêu đề."]
                : [$"Bảng tính có {sheet.Rows.Count} dòng; mỗi lần nhập tối đa {UserSheetColumns.MaxRows} dòng."]);
        }

        var firstRowOfEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return new UserSheetPreview(sheet.Rows.Select(row => CheckRow(row, reachable, usedEmails, firstRowOfEmail)).ToList(), []);
    }

    private static UserSheetRow CheckRow(SheetRow row, IReadOnlyList<Unit> reachable, IReadOnlySet<string> usedEmails, Dictionary<string, int> firstRowOfEmail)
    {
        var problems = new List<string>();
        void Problem(string text) => problems.Add($"Dòng {row.Number}: {text}");

        var fullName = row[UserSheetColumns.FullName];
        var email = row[UserSheetColumns.Email];
        var unitText = row[UserSheetColumns.Unit];
        if (UserRules.WhyNotFullName(fullName) is not null)
        {
            Problem(fullName.Length == 0 ? "thiếu họ và tên." : "họ và tên dài quá 200 ký tự.");
        }

        if (email.Length == 0)
        {
            Problem("thiếu email.");
        }
        else if (UserRules.WhyNotEmail(email) is not null)
        {
            Problem($"email \"{email}\" không hợp lệ.");
        }
        else if (usedEmails.Contains(email))
        {
            Problem("email đã có người dùng.");
        }
        else if (!firstRowOfEmail.TryAdd(email, row.Number))
        {
            Problem($"email trùng với dòng {firstRowOfEmail[email]}.");
        }

        var unit = FindUnit(unitText, reachable, Problem);
        var roles = ReadRoles(row[UserSheetColumns.Roles], Problem);
        return new UserSheetRow(row.Number, fullName, email, unit?.Name ?? unitText, roles, problems) { UnitId = unit?.Id ?? 0 };
    }

    /// <summary>The unit named by its full name or, when that is unique among the units managed, its abbreviation.</summary>
    private static Unit? FindUnit(string text, IReadOnlyList<Unit> reachable, Action<string> problem)
    {
        if (text.Length == 0)
        {
            problem("thiếu đơn vị.");
            return null;
        }

        var byName = reachable.Where(u => VietnameseText.Comparer.Equals(u.Name, text)).ToList();
        var found = byName.Count > 0 ? byName : reachable.Where(u => VietnameseText.Comparer.Equals(u.Abbreviation, text)).ToList();
        if (found.Count == 0)
        {
            problem($"không tìm thấy đơn vị \"{text}\" trong các đơn vị bạn quản lý.");
            return null;
        }

        if (found.Count > 1)
        {
            problem($"\"{text}\" là viết tắt của {found.Count} đơn vị; hãy ghi tên đầy đủ của đơn vị.");
            return null;
        }

        if (!found[0].IsActive)
        {
            problem($"đơn vị \"{found[0].Name}\" đã ngừng hoạt động.");
            return null;
        }

        return found[0];
    }

    private static List<string> ReadRoles(string text, Action<string> problem)
    {
        var roles = new List<string>();
        foreach (var name in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (UserRules.RoleFromVietnamese(name) is { } role)
            {
                roles.Add(role);
            }
            else
            {
                problem($"không có vai trò \"{name}\" (các vai trò: {UserRules.RolesText(Roles.All)}).");
            }
        }

        if (roles.Count == 0 && text.Trim().Length == 0)
        {
            problem("thiếu vai trò.");
        }

        return roles.Distinct().ToList();
    }
}
