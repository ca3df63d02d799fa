using CchcPlanner.Common;
using CchcPlanner.Identity;
using CchcPlanner.Plans;
using CchcPlanner.Reviews;
using CchcPlanner.Security;
using CchcPlanner.Tests.Common;
using CchcPlanner.Tests.Plans;

namespace CchcPlanner.Tests.Reviews;

public sealed class ReviewCommentTests
{
    private static readonly CurrentUser Reviewer = new("r", "thamdinh@demo.vn", "Lê Văn Minh", 4, "Ủy ban nhân dân Quận 1", new HashSet<string> { Roles.Reviewer });
    private static readonly CurrentUser Drafter = new("d", "soanthao@demo.vn", "Nguyễn Thị Thu Hà", 9, "Trường mầm non Tuổi Hồng", new HashSet<string> { Roles.Drafter });

    [Fact]
    public void LabelIn_EachKindOfPlace_NamesItAsThePlanReads()
    {
        var plan = PlanWithIds();

        Assert.Equal("Toàn bộ kế hoạch", CommentPlace.WholePlan.LabelIn(plan));
        Assert.Equal("Chữ ký", new CommentPlace(PlanPart.Signature).LabelIn(plan));
        Assert.Equal("Mục II", new CommentPlace(PlanPart.Section, 12).LabelIn(plan));
        Assert.Equal("Mục II, đoạn 2", new CommentPlace(PlanPart.SectionItem, 122).LabelIn(plan));
        Assert.Equal("Chỉ tiêu 2", new CommentPlace(PlanPart.Kpi, 32).LabelIn(plan));
    }

    [Theory]
    [InlineData(PlanPart.Kpi, 999)]
    [InlineData(PlanPart.Kpi, null)]
    [InlineData(PlanPart.SectionItem, 32)]
    [InlineData(PlanPart.Header, 1)]
    public void LabelIn_PlaceNotInThePlan_Null(PlanPart part, int? id) => Assert.Null(new CommentPlace(part, id).LabelIn(PlanWithIds()));

    [Fact]
    public void Start_ElsewhereOrEmpty_Refused()
    {
        var plan = PlanWithIds();

        Assert.Throws<DomainRuleException>(() => ReviewComment.Start(plan, new CommentPlace(PlanPart.Task, 5), Reviewer, Roles.Reviewer, "Góp ý.", 1));
        var empty = Assert.Throws<DomainRuleException>(() => ReviewComment.Start(plan, CommentPlace.WholePlan, Reviewer, Roles.Reviewer, " \n ", 1));
        Assert.Equal("Nội dung góp ý không được để trống.", empty.Message);
        Assert.Throws<DomainRuleException>(() => ReviewComment.Start(plan, CommentPlace.WholePlan, Reviewer, Roles.Reviewer, new string('a', ReviewComment.MaxLength + 1), 1));
    }

    [Fact]
    public void AnswerAndResolve_ResolvedThread_TakesNoMoreAnswersAndIsResolvedOnce()
    {
        var plan = PlanWithIds();
        var comment = Persisted.WithId(ReviewComment.Start(plan, new CommentPlace(PlanPart.Kpi, 32, "  99%  "), Reviewer, Roles.Reviewer, "Mức này có khả thi?", 1), 7);
        var answer = comment.Answer(Drafter, Roles.Drafter, "Có.", 1);

        comment.Resolve("Lê Văn Minh", new DateTimeOffset(2024, 1, 20, 9, 0, 0, TimeSpan.FromHours(7)));

        Assert.Equal((7, PlanPart.Kpi, (int?)32, "Chỉ tiêu 2"), (answer.ThreadId!.Value, answer.Part, answer.PartId, answer.PlaceLabel));
        Assert.Equal("99%", comment.Quote);
        Assert.True(comment.IsResolved);
        Assert.Throws<DomainRuleException>(() => comment.Answer(Drafter, Roles.Drafter, "Thêm nữa.", 1));
        Assert.Throws<DomainRuleException>(() => comment.Resolve("Lê Văn Minh", DateTimeOffset.UnixEpoch));
        Assert.Throws<DomainRuleException>(() => answer.Resolve("Lê Văn Minh", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Submission_OfAPlan_KeepsItsDocumentAndItsDraftWithPartIds()
    {
        var plan = PlanWithIds();

        var submission = new Submission(plan, 1, Drafter);

        Assert.Equal([31, 32], submission.Draft().Kpis.Select(k => k.Id));
        Assert.Equal(plan.Title, submission.Draft().Title);
        Assert.Contains("\"title\": \"" + plan.Title + "\"", submission.PlanJson, StringComparison.Ordinal);
    }

    /// <summary>Sections 11 and 12 (items 121, 122 in the second), KPIs 31 and 32.</summary>
    private static Plan PlanWithIds()
    {
        var plan = TestPlans.Draft();
        Persisted.WithId(plan.AddSection(SectionKind.Objectives, "MỤC ĐÍCH"), 11);
        var requirements = Persisted.WithId(plan.AddSection(SectionKind.Requirements, "YÊU CẦU"), 12);
        Persisted.WithId(plan.AddItem(requirements, ItemStyle.Bullet, "Bám sát Kế hoạch của Quận."), 121);
        Persisted.WithId(plan.AddItem(requirements, ItemStyle.Bullet, "Phân công cụ thể."), 122);
        Persisted.WithId(plan.AddKpi("Tỷ lệ hồ sơ đúng hạn đạt 100%.", Comparator.Exactly, 100, "%"), 31);
        Persisted.WithId(plan.AddKpi("Mức độ hài lòng đạt từ 99% trở lên.", Comparator.AtLeast, 99, "%"), 32);
        return plan;
    }
}
