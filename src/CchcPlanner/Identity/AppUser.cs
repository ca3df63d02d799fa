using CchcPlanner.Units;
using Microsoft.AspNetCore.Identity;

namespace CchcPlanner.Identity;

/// <summary>A person who signs in; always attached to one unit, whose place in the tree bounds what they see.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Set when an administrator handed out a temporary password; the user changes it before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
