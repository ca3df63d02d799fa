using CchcPlanner.Common;
using CchcPlanner.Data;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcPlanner.Reviews;

/// <summary>
/// A comment on a plan, a part or a passage of it: the first of a thread, or an answer in one (<see cref="ThreadId"/>).
/// A thread is open until someone taking part in the review marks it resolved; its answers share its place.
/// </summary>
public sealed class ReviewComment : IRecord
{
    public const int MaxLength = 4000;

    private ReviewComment()
    {
        PlaceLabel = Text = AuthorId = AuthorName = AuthorRole = string.Empty;
    }

    private ReviewComment(int planId, CurrentUser author, string role, string text, int? submissionNumber)
        : this()
    {
        ArgumentNullException.ThrowIfNull(author);
        var clean = VietnameseText.Required(text, "Nội dung góp ý");
        if (clean.Length > MaxLength)
        {
            throw new DomainRuleException($"Nội dung góp ý dài quá {MaxLength} ký tự.");
        }

        PlanId = planId;
        Text = clean;
        AuthorId = author.UserId;
        AuthorName = author.FullName;
        AuthorRole = role;
        SubmissionNumber = submissionNumber;
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    /// <summary>The first comment of the thread this one answers; null for the first comment itself.</summary>
    public int? ThreadId { get; private set; }

    public PlanPart Part { get; private set; }

    public int? PartId { get; private set; }

    /// <summary>Where the place was when the comment was written: <c>Chỉ tiêu 3</c>.</summary>
    public string PlaceLabel { get; private set; }

    /// <summary>The words commented on, as they read then.</summary>
    public string? Quote { get; private set; }

    public string Text { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string AuthorRole { get; private set; }

    /// <summary>The latest submission when the comment was written; null before the first.</summary>
    public int? SubmissionNumber { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedBy { get; private set; }

    public bool IsResolved => ResolvedAt is not null;

    public CommentPlace Place => new(Part, PartId, Quote);

    public static ReviewComment Start(Plan plan, CommentPlace place, CurrentUser author, string role, string text, int? submissionNumber)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(place);
        var label = place.LabelIn(plan) ?? throw new DomainRuleException("Phần được góp ý không còn trong kế hoạch; hãy tải lại trang.");
        var quote = VietnameseText.CleanOrNull(place.Quote);
        return new ReviewComment(plan.Id, author, role, text, submissionNumber)
        {
            Part = place.Part,
            PartId = place.PartId,
            PlaceLabel = label,
            Quote = quote is { Length: > 1000 } ? string.Concat(quote.AsSpan(0, 999), "…") : quote,
        };
    }

    public ReviewComment Answer(CurrentUser author, string role, string text, int? submissionNumber)
    {
        if (ThreadId is not null)
        {
            throw new InvalidOperationException("Answers go to the first comment of a thread.");
        }

        if (IsResolved)
        {
            throw new DomainRuleException("Góp ý này đã được đánh dấu đã xử lý; hãy viết góp ý mới nếu còn vấn đề.");
        }

        return new ReviewComment(PlanId, author, role, text, submissionNumber)
        {
            ThreadId = Id, Part = Part, PartId = PartId, PlaceLabel = PlaceLabel,
        };
    }

    public void Resolve(string byName, DateTimeOffset at)
    {
        if (ThreadId is not null)
        {
            throw new DomainRuleException("Chỉ đánh dấu đã xử lý cho cả luồng góp ý, không cho từng câu trả lời.");
        }

        if (IsResolved)
        {
            throw new DomainRuleException("Góp ý này đã được đánh dấu đã xử lý.");
        }

        ResolvedAt = at;
        ResolvedBy = VietnameseText.Required(byName, "Người xử lý");
    }

    void IRecord.Stamp(DateTimeOffset at)
    {
        if (At == default)
        {
            At = at;
        }
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> comment)
    {
        comment.Property(c => c.PlaceLabel).HasMaxLength(100);
        comment.Property(c => c.Quote).HasMaxLength(1000);
        comment.Property(c => c.Text).HasMaxLength(ReviewComment.MaxLength);
        comment.Property(c => c.AuthorId).HasMaxLength(450);
        comment.Property(c => c.AuthorName).HasMaxLength(200);
        comment.Property(c => c.AuthorRole).HasMaxLength(40);
        comment.Property(c => c.ResolvedBy).HasMaxLength(200);
        comment.Ignore(c => c.Place);
        comment.HasIndex(c => new { c.PlanId, c.Part, c.PartId });
        comment.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);

        // No action rather than cascade: the plan's cascade removes a thread and its answers in one statement.
        comment.HasOne<ReviewComment>().WithMany().HasForeignKey(c => c.ThreadId).OnDelete(DeleteBehavior.NoAction);
    }
}
