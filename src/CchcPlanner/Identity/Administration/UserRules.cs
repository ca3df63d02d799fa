using System.ComponentModel.DataAnnotations;
using CchcPlanner.Common;

namespace CchcPlanner.Identity.Administration;

/// <summary>What a user account must carry, checked the same way for the form and for an imported sheet.</summary>
public static class UserRules
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    /// <summary>Why the e-mail cannot be a sign-in name, or null.</summary>
    public static string? WhyNotEmail(string email) =>
        email.Length == 0 ? "Cần email."
        : email.Length > 256 || !EmailFormat.IsValid(email) || !email.Contains('.', StringComparison.Ordinal) ? $"Email không hợp lệ: {email}"
        : null;

    public static string? WhyNotFullName(string fullName) =>
        fullName.Length == 0 ? "Cần họ và tên."
        : fullName.Length > 200 ? "Họ và tên dài quá 200 ký tự."
        : null;

    public static string? WhyNotRoles(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count == 0)
        {
            return "Chọn ít nhất một vai trò.";
        }

        var unknown = roles.FirstOrDefault(r => !Roles.All.Contains(r));
        return unknown is null ? null : $"Vai trò không hợp lệ: {unknown}";
    }

    /// <summary>Roles in the order of <see cref="Roles.All"/>, in Vietnamese, as the list and the audit trail show them.</summary>
    public static string RolesText(IEnumerable<string> roles) =>
        string.Join(", ", Roles.All.Intersect(roles).Select(Roles.ToVietnamese));

    /// <summary>A role from its Vietnamese name (any case, any Unicode form), as a sheet writes it; null when none matches.</summary>
    public static string? RoleFromVietnamese(string text) =>
        Roles.All.FirstOrDefault(r => VietnameseText.Comparer.Equals(Roles.ToVietnamese(r), VietnameseText.Clean(text)));
}
