using System.Reflection;
using CchcPlanner.Audit;
using CchcPlanner.Identity;
using CchcPlanner.Security;

namespace CchcPlanner.Tests.Audit;

/// <summary>The audit trail is append-only by construction: nothing in its API changes or removes an entry.</summary>
public sealed class AuditEntryTests
{
    private static readonly CurrentUser Clerk = new("c", "vanthu@demo.vn", "Trần Thị Mai", 9, "Trường mầm non Tuổi Hồng", new HashSet<string> { Roles.Clerk });

    [Fact]
    public void AuditEntry_HasNoWayToBeChanged()
    {
        var setters = typeof(AuditEntry).GetProperties().Where(p => p.SetMethod is { IsPublic: true } || p.SetMethod is { IsAssembly: true });
        var methods = typeof(AuditEntry).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);

        Assert.Empty(setters);
        Assert.Empty(methods);
    }

    [Fact]
    public void AuditTrail_OffersRecordingAndReadingOnly()
    {
        var methods = typeof(AuditTrail).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).Order();

        Assert.Equal([nameof(AuditTrail.QueryAsync), nameof(AuditTrail.RecordAsync)], methods);
    }

    [Fact]
    public void By_User_CopiesWhoAndWhereAtTheTime()
    {
        var entry = AuditEntry.By(Clerk, AuditActions.PlanIssued, 12, " Số 16/KH-MNTH ");

        Assert.Equal(("c", "vanthu@demo.vn", "Trần Thị Mai", 9, "Trường mầm non Tuổi Hồng", 12, "Số 16/KH-MNTH"),
            (entry.UserId, entry.UserName, entry.FullName, entry.UnitId, entry.UnitName, entry.PlanId!.Value, entry.Detail));
        Assert.Equal("Cấp số, ban hành", AuditActions.ToVietnamese(entry.Action));
    }

    [Fact]
    public void By_UnknownAction_Refused() =>
        Assert.Throws<ArgumentException>(() => AuditEntry.By(Clerk, "plan.rewritten", 12, "?"));
}
