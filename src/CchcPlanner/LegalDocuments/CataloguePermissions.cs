using CchcPlanner.Identity;
using CchcPlanner.Security;

namespace CchcPlanner.LegalDocuments;

/// <summary>Who may change the catalogue. Everyone signed in reads it.</summary>
public static class CataloguePermissions
{
    /// <summary>Administrators, and drafters and heads so that a plan can cite a document the catalogue lacks.</summary>
    public static bool CanAdd(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsIn(Roles.Admin) || user.IsIn(Roles.Drafter) || user.IsIn(Roles.Head);
    }

    /// <summary>Correcting entries and recording which are in force is the administrators' work.</summary>
    public static bool CanMaintain(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsIn(Roles.Admin);
    }
}
