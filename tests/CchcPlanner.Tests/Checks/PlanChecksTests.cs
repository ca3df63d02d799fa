using CchcPlanner.Checks;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Editing;
using CchcPlanner.Tests.Units;

namespace CchcPlanner.Tests.Checks;

public sealed class PlanChecksTests
{
    [Fact]
    public void ForPlan_Draft_NotesTheMissingNumberAndDate()
    {
        var plan = new Plan(TestUnits.TuoiHong(), PlanKind.AnnualCchc, 2024, "Thực hiện công tác cải cách hành chính năm 2024");
        plan.AddRecipient("Lưu: VT");

        var findings = PlanChecks.ForPlan(plan);

        Assert.Equal([(CheckCodes.MissingNumber, FindingSeverity.Info), (CheckCodes.MissingDate, FindingSeverity.Info)], findings.Select(f => (f.Code, f.Severity)));
    }

    [Fact]
    public void ForDraft_Subjects_IndexTheDraftsOwnLists()
    {
        var draft = PlanDrafts.From(CheckPlans.Kindergarten());
        draft.Kpis[4].Comparator = Comparator.None;
        draft.Kpis[4].Target = null;
        draft.Sections[0].Items[1].Text = "Triển khai thực hiện chủ đề công tác năm 2022 của Thành phố.";
        draft.Recipients.RemoveAt(draft.Recipients.Count - 1);

        var findings = PlanChecks.ForDraft(draft, TestUnits.TuoiHong());

        Assert.Contains(findings, f => f.Code == CheckCodes.KpiWithoutTarget && f.Subject == "kpis[4]" && f.Quote == draft.Kpis[4].Text);
        Assert.Contains(findings, f => f.Code == CheckCodes.StaleYear && f.Subject == "sections[0].children[1]");
        Assert.Contains(findings, f => f.Code == CheckCodes.MissingFileCopy && f.Subject == "recipients");
    }

    [Fact]
    public void ForDraft_RowsTheEntitiesWouldRefuse_AreCheckedAsTyped()
    {
        var draft = PlanDrafts.From(CheckPlans.Kindergarten());
        draft.Signature = new SignatureDraft { Prefix = SignaturePrefix.Deputy, Authority = "HIỆU TRƯỞNG", Title = "HIỆU TRƯỞNG", SignerName = "Vũ Thị Ngọc Bắc" };
        draft.ReportingDeadlines.Add(new DeadlineDraft { Name = "Báo cáo bổ sung", DueOn = null, ReceivingUnit = "Phòng Nội vụ" });
        draft.ReportingDeadlines.Add(new DeadlineDraft { Name = "Báo cáo năm", Period = ReportingPeriod.Year, DueOn = new DateOnly(2022, 12, 1), ReceivingUnit = "Phòng Nội vụ" });

        var findings = PlanChecks.ForDraft(draft, TestUnits.TuoiHong());

        Assert.Contains(findings, f => f.Code == CheckCodes.SignatureTitleMismatch && f.Subject == "signature");
        var deadline = Assert.Single(findings, f => f.Code == CheckCodes.DeadlineBeforePlan);
        Assert.Equal($"reportingDeadlines[{draft.ReportingDeadlines.Count - 1}]", deadline.Subject);
    }
}
