using System.Text.Json;
using System.Text.Json.Serialization;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Plans.Json;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Reviews;

/// <summary>
/// A plan as it was submitted the n-th time, frozen: nothing changes it afterwards, whatever is edited later.
/// Kept twice: as Plan JSON (docs/plan-json.md), the document the reviewer read, which renders and exports like any
/// plan.json; and as the editing draft, whose part ids are what lets <see cref="PlanDiff"/> tell a changed row from a
/// removed one and a new one between two submissions.
/// </summary>
public sealed class Submission : IRecord
{
    private static readonly JsonSerializerOptions DraftOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private Submission()
    {
        UserId = UserName = PlanJson = DraftJson = string.Empty;
    }

    /// <param name="plan">The plan loaded whole (<see cref="PlanLoading.WithEverything"/>).</param>
    public Submission(Plan plan, int number, CurrentUser user)
        : this()
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        PlanId = plan.Id;
        Number = number;
        UserId = user.UserId;
        UserName = user.FullName;
        PlanJson = PlanJsonWriter.Write(plan);
        DraftJson = JsonSerializer.Serialize(PlanDrafts.From(plan), DraftOptions);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>1 for the first submission, 2 after the first return, …</summary>
    public int Number { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public string PlanJson { get; private set; }

    public string DraftJson { get; private set; }

    public PlanDraft Draft() =>
        JsonSerializer.Deserialize<PlanDraft>(DraftJson, DraftOptions) ?? throw new InvalidOperationException($"Submission {Id} holds no draft.");

    void IRecord.Stamp(DateTimeOffset at)
    {
        if (At == default)
        {
            At = at;
        }
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.Property(s => s.UserId).HasMaxLength(450);
        submission.Property(s => s.UserName).HasMaxLength(200);
        submission.HasIndex(s => new { s.PlanId, s.Number }).IsUnique();
        submission.HasOne<Plan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
