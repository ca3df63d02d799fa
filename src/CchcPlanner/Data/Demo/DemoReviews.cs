using CchcPlanner.Audit;
using CchcPlanner.Identity;
using CchcPlanner.Overview;
using CchcPlanner.Plans;
using CchcPlanner.Register;
using CchcPlanner.Reviews;
using CchcPlanner.Security;
using CchcPlanner.Units;
using CchcPlanner.Workflow;

namespace CchcPlanner.Data.Demo;

/// <summary>
/// The review record behind the demo plans' states, in January 2024: the three schools' heads submitted (each a frozen
/// submission), the reviewer of UBND Quận 1 returned Văn Lang's plan with a reason and an open comment on the KPI without
/// a target, and approved Bến Nghé's. Issued plans have their line in their unit's register, whose counter continues
/// after them. The reviewer had asked for the schools' plans by 12/01/2024 (<see cref="SubmissionDeadline"/>): Bến Nghé and
/// Văn Lang sent theirs in time, Lê Ngọc Hân three days late, Tuổi Hồng's is still a draft, and a fifth school, Minh Đức, has
/// not started one (<see cref="SchoolWithoutPlan"/>), so the reviewer's overview has every case. Heads of the schools other than Tuổi Hồng have no account in the demo; their names come from the plans.
/// </summary>
internal static class DemoReviews
{
    public static void Add(CchcDbContext db, DemoUnits units, DemoPlans plans, CurrentUser reviewer)
    {
        db.SubmissionDeadlines.Add(new SubmissionDeadline(units.District1.Id, 2024, PlanKind.AnnualCchc, new DateOnly(2024, 1, 12), reviewer, At(3, 8, 30)));
        var deadlineSet = AuditEntry.By(reviewer, AuditActions.DeadlineSet, null, $"Hạn gửi {PlanKind.AnnualCchc.ToVietnamese()} năm 2024: 12/01/2024.");
        Stamp(deadlineSet, At(3, 8, 30));
        db.AuditEntries.Add(deadlineSet);

        var leNgocHan = Head(units.LeNgocHan, "Trần Thị Minh Nguyệt");
        Submit(db, plans.LeNgocHanSubmitted, leNgocHan, At(15, 9, 10));

        var vanLang = Head(units.VanLang, "Phạm Quốc Dũng");
        Submit(db, plans.VanLangReturned, vanLang, At(12, 14, 0));
        Step(
            db,
            plans.VanLangReturned, reviewer, Roles.Reviewer, PlanStatus.Submitted, PlanStatus.Returned, At(16, 10, 30),
            "Chỉ tiêu 4 chưa có mục tiêu đo được; đề nghị ghi rõ mức hài lòng cần đạt và hoàn thiện, gửi lại trước ngày 25/01/2024.");
        var kpi = plans.VanLangReturned.Kpis[3];
        var comment = ReviewComment.Start(
            plans.VanLangReturned, new CommentPlace(PlanPart.Kpi, kpi.Id, kpi.Text), reviewer, Roles.Reviewer,
            "Chỉ tiêu này chưa đo được. Đề nghị ghi rõ, ví dụ: \"Mức độ hài lòng của cha mẹ học sinh đối với sự phục vụ của nhà trường đạt từ 95% trở lên\".",
            submissionNumber: 1);
        Stamp(comment, At(16, 10, 25));
        db.ReviewComments.Add(comment);

        var benNghe = Head(units.BenNghe, "Lê Thị Hồng Vân");
        Submit(db, plans.BenNgheApproved, benNghe, At(10, 8, 45));
        Step(db, plans.BenNgheApproved, reviewer, Roles.Reviewer, PlanStatus.Submitted, PlanStatus.Approved, At(18, 15, 0), "Đồng ý để đơn vị ban hành.");

        foreach (var issued in plans.Issued)
        {
            var entry = new RegisterEntry(issued, DocumentRegister.PlanType, "Văn thư");
            Stamp(entry, new DateTimeOffset(issued.IssuedOn!.Value.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(7)));
            db.RegisterEntries.Add(entry);
            db.RegisterCounters.Add(new RegisterCounter(issued.UnitId, entry.Year, DocumentRegister.PlanType, entry.Number));
        }
    }

    /// <summary>A school of Quận 1 with no plan for 2024 yet: the overview shows it as "Chưa có kế hoạch".</summary>
    public static Unit SchoolWithoutPlan(Unit district1) =>
        new("Trường trung học cơ sở Minh Đức", "THCSMĐ", "Quận 1", "HIỆU TRƯỞNG", UnitCategory.LowerSecondarySchool, district1);

    private static void Submit(CchcDbContext db, Plan plan, CurrentUser head, DateTimeOffset at)
    {
        var submission = new Submission(plan, 1, head);
        Stamp(submission, at);
        db.Submissions.Add(submission);
        Step(db, plan, head, Roles.Head, PlanStatus.Draft, PlanStatus.Submitted, at, null).Records(1);
    }

    /// <summary>A step of the plan's history, with its line in the audit trail as the workflow writes both.</summary>
    private static PlanHistoryEntry Step(CchcDbContext db, Plan plan, CurrentUser user, string role, PlanStatus from, PlanStatus to, DateTimeOffset at, string? note)
    {
        var entry = new PlanHistoryEntry(plan.Id, user, role, from, to, note);
        Stamp(entry, at);
        db.PlanHistory.Add(entry);
        var action = to switch
        {
            PlanStatus.Submitted => AuditActions.PlanSubmitted,
            PlanStatus.Returned => AuditActions.PlanReturned,
            _ => AuditActions.PlanApproved,
        };
        var audit = AuditEntry.By(user, action, plan.Id, note is null ? plan.Title : $"{plan.Title}. {note}");
        Stamp(audit, at);
        db.AuditEntries.Add(audit);
        return entry;
    }

    private static CurrentUser Head(Unit school, string name) =>
        new($"demo-head-{school.Abbreviation.ToLowerInvariant()}", string.Empty, name, school.Id, school.Name, new HashSet<string> { Roles.Head });

    private static DateTimeOffset At(int day, int hour, int minute) => new(2024, 1, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static void Stamp(IRecord record, DateTimeOffset at) => record.Stamp(at);
}

/// <summary>The demo plans the review record is about, saved (their ids known).</summary>
internal sealed record DemoPlans(Plan LeNgocHanSubmitted, Plan VanLangReturned, Plan BenNgheApproved, IReadOnlyList<Plan> Issued);
