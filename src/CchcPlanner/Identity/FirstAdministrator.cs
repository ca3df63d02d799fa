using System.Security.Cryptography;
using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcPlanner.Identity;

/// <summary>What an installation needs to start: its top unit and an administrator there (<c>cchc admin create</c>).</summary>
public sealed record NewAdministrator(string Email, string FullName, string UnitName, string? Abbreviation, string? PlaceName, string? HeadTitle);

/// <summary>The administrator created, with the temporary password to hand over once, and whether the unit was created too.</summary>
public sealed record CreatedAdministrator(string Email, string UnitName, bool UnitCreated, string TemporaryPassword);

/// <summary>
/// Creates an administrator from a terminal, for a production installation that starts with no users. The unit is found
/// by its name, or created as a top unit (with the document fields given) when no unit has that name. The password is
/// random, meets the password policy and is shown once; the administrator changes it after signing in.
/// </summary>
public sealed class FirstAdministrator(IDbContextFactory<CchcDbContext> contexts, UserManager<AppUser> users)
{
    public async Task<LifecycleResult<CreatedAdministrator>> CreateAsync(NewAdministrator request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var email = VietnameseText.Clean(request.Email);
        var unitName = VietnameseText.Clean(request.UnitName);
        if (!email.Contains('@', StringComparison.Ordinal) || email.Length < 3)
        {
            return LifecycleResult.Refused<CreatedAdministrator>($"Email không hợp lệ: {request.Email}");
        }

        if (unitName.Length == 0)
        {
            return LifecycleResult.Refused<CreatedAdministrator>("Cần tên đơn vị (--unit).");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return LifecycleResult.Refused<CreatedAdministrator>($"Đã có tài khoản {email}; không tạo lại.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Units.ToListAsync(cancellationToken);
        var unit = units.FirstOrDefault(u => VietnameseText.Comparer.Equals(u.Name, unitName));
        var unitCreated = unit is null;
        if (unit is null)
        {
            if (string.IsNullOrWhiteSpace(request.Abbreviation) || string.IsNullOrWhiteSpace(request.PlaceName) || string.IsNullOrWhiteSpace(request.HeadTitle))
            {
                return LifecycleResult.Refused<CreatedAdministrator>(
                    $"Chưa có đơn vị \"{unitName}\". Để tạo đơn vị này, cho biết thêm --abbreviation (viết tắt trong số ký hiệu), --place (địa danh ghi ngày tháng) và --head-title (chức danh thủ trưởng).");
            }

            unit = new Unit(unitName, request.Abbreviation, request.PlaceName, request.HeadTitle, UnitCategory.PeoplesCommittee);
            await UnitPlacement.AddAsync(db, [unit], cancellationToken);
        }

        var password = TemporaryPassword();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = VietnameseText.CleanOrNull(request.FullName) ?? "Quản trị hệ thống",
            UnitId = unit.Id,
            MustChangePassword = true,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return LifecycleResult.Refused<CreatedAdministrator>($"Không tạo được tài khoản {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        return LifecycleResult.Done(new CreatedAdministrator(email, unit.Name, unitCreated, password));
    }

    /// <summary>16 characters from a cryptographic source, with each class the policy asks for; no look-alikes (0/O, 1/l/I).</summary>
    public static string TemporaryPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnopqrstuvwxyz", digits = "23456789", symbols = "@#$%&*+=?";
        const string all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }
            .Concat(Enumerable.Range(0, 12).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }
}
