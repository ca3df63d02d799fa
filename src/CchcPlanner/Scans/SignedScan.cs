using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Scans;

/// <summary>
/// The signed and stamped scan of an issued plan: a PDF kept in the scans folder under a name the system chose, with the
/// SHA-256 of its bytes as uploaded, so that a file changed on disk afterwards is detected when read.
/// </summary>
public sealed class SignedScan : IRecord
{
    private SignedScan()
    {
        StoredName = Sha256 = UploadedById = UploadedBy = string.Empty;
    }

    internal SignedScan(int planId, string storedName, long length, string sha256, CurrentUser user)
        : this()
    {
        ArgumentNullException.ThrowIfNull(user);
        PlanId = planId;
        StoredName = storedName;
        Length = length;
        Sha256 = sha256;
        UploadedById = user.UserId;
        UploadedBy = user.FullName;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The file's path under the scans folder, <c>2024/12-3f2a….pdf</c>.</summary>
    public string StoredName { get; private set; }

    public long Length { get; private set; }

    /// <summary>Lower-case hexadecimal.</summary>
    public string Sha256 { get; private set; }

    public string UploadedById { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset At { get; private set; }

    void IRecord.Stamp(DateTimeOffset at)
    {
        if (At == default)
        {
            At = at;
        }
    }
}

internal sealed class SignedScanConfiguration : IEntityTypeConfiguration<SignedScan>
{
    public void Configure(EntityTypeBuilder<SignedScan> scan)
    {
        scan.Property(s => s.StoredName).HasMaxLength(200);
        scan.Property(s => s.Sha256).HasMaxLength(64);
        scan.Property(s => s.UploadedById).HasMaxLength(450);
        scan.Property(s => s.UploadedBy).HasMaxLength(200);
        scan.HasIndex(s => s.PlanId);
        scan.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
