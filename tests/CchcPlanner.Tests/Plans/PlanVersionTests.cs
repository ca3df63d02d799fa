using CchcPlanner.Plans;
using CchcPlanner.Units;

namespace CchcPlanner.Tests.Plans;

/// <summary><see cref="Plan.Version"/> is the concurrency token: every change gives a new one, reading never does.</summary>
public sealed class PlanVersionTests
{
    private static readonly DateTimeOffset At = new(2023, 4, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly Dictionary<string, Action<Plan>> Mutations = new()
    {
        ["ChangeHeader"] = p => p.ChangeHeader(PlanKind.Other, 2024, "Kế hoạch khác", "Quận 3", null),
        ["ChangeSymbol"] = p => p.ChangeSymbol("KH-TH"),
        ["ChangeLeadIn"] = p => p.ChangeLeadIn("Trường xây dựng Kế hoạch như sau:"),
        ["ChangeClosing"] = p => p.ChangeClosing("Trên đây là Kế hoạch./."),
        ["PrintTasksInAnnex"] = p => p.PrintTasksInAnnex(true),
        ["Sign"] = p => p.Sign(new SignatureBlock(SignaturePrefix.None, null, "Hiệu trưởng", "Nguyễn Thị Lan")),
        ["Implement"] = p => p.Implement(TestPlans.Draft()),
        ["AddLegalBasis"] = p => p.AddLegalBasis(LegalBasisVerb.BasedOn, null, "Kế hoạch số 1/KH-UBND"),
        ["ChangeLegalBasis"] = p => p.ChangeLegalBasis(p.LegalBases[0], LegalBasisVerb.Implementing, null, "Công văn số 2/UBND-NV"),
        ["RemoveLegalBasis"] = p => p.RemoveLegalBasis(p.LegalBases[0]),
        ["MoveLegalBasis"] = p => p.MoveLegalBasis(p.LegalBases[0], 1),
        ["AddSection"] = p => p.AddSection(SectionKind.Budget, "Kinh phí"),
        ["ChangeSection"] = p => p.ChangeSection(p.Sections[0], SectionKind.Requirements, "Yêu cầu"),
        ["RemoveSection"] = p => p.RemoveSection(p.Sections[0]),
        ["MoveSection"] = p => p.MoveSection(p.Sections[0], 1),
        ["AddItem"] = p => p.AddItem(p.Sections[0], ItemStyle.Bullet, "Thêm"),
        ["ChangeItem"] = p => p.ChangeItem(p.Sections[0], p.Sections[0].Items[0], ItemStyle.Paragraph, "Sửa"),
        ["RemoveItem"] = p => p.RemoveItem(p.Sections[0], p.Sections[0].Items[0]),
        ["MoveItem"] = p => p.MoveItem(p.Sections[0], p.Sections[0].Items[0], 1),
        ["AddKpi"] = p => p.AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, 99, "%"),
        ["ChangeKpi"] = p => p.ChangeKpi(p.Kpis[0], "Sửa", Comparator.Exactly, 100, "%", null),
        ["AssignKpi"] = p => p.AssignKpi(p.Kpis[0], UnitCategory.Kindergarten),
        ["RemoveKpi"] = p => p.RemoveKpi(p.Kpis[0]),
        ["MoveKpi"] = p => p.MoveKpi(p.Kpis[0], 1),
        ["AddTask"] = p => p.AddTask(ReformArea.Other, "Thêm"),
        ["ChangeTask"] = p => p.ChangeTask(p.Tasks[0], ReformArea.Organisation, null, "Sửa", null),
        ["AssignTask"] = p => p.AssignTask(p.Tasks[0], "Hiệu trưởng", null, TaskTimeline.Ongoing, "Báo cáo"),
        ["AssignTaskTo"] = p => p.AssignTaskTo(p.Tasks[0], UnitCategory.Kindergarten),
        ["RemoveTask"] = p => p.RemoveTask(p.Tasks[0]),
        ["MoveTask"] = p => p.MoveTask(p.Tasks[0], 1),
        ["RecordKpiResult"] = p => p.RecordKpiResult(p.Kpis[0], ReportingPeriod.Quarter1, 100, null, "Nguyễn Thị Lan", At),
        ["RecordTaskProgress"] = p => p.RecordTaskProgress(p.Tasks[0], new DateOnly(2023, 3, 31), PlanTaskStatus.Done, "Xong", 100, "Nguyễn Thị Lan"),
        ["AddReportingDeadline"] = p => p.AddReportingDeadline("Báo cáo năm", ReportingPeriod.Year, new DateOnly(2023, 12, 1), "Phòng Nội vụ"),
        ["ChangeReportingDeadline"] = p => p.ChangeReportingDeadline(p.ReportingDeadlines[0], "Sửa", ReportingPeriod.Quarter2, new DateOnly(2023, 6, 1), "Phòng Nội vụ"),
        ["RemoveReportingDeadline"] = p => p.RemoveReportingDeadline(p.ReportingDeadlines[0]),
        ["MoveReportingDeadline"] = p => p.MoveReportingDeadline(p.ReportingDeadlines[0], 1),
        ["AddBudgetLine"] = p => p.AddBudgetLine("Thêm", 1_000_000, null),
        ["ChangeBudgetLine"] = p => p.ChangeBudgetLine(p.BudgetLines[0], "Sửa", 2_000_000, "Ngân sách"),
        ["RemoveBudgetLine"] = p => p.RemoveBudgetLine(p.BudgetLines[0]),
        ["MoveBudgetLine"] = p => p.MoveBudgetLine(p.BudgetLines[0], 1),
        ["AddResponsibility"] = p => p.AddResponsibility(null, "Thêm"),
        ["ChangeResponsibility"] = p => p.ChangeResponsibility(p.Responsibilities[0], "Tổ văn phòng", "Sửa"),
        ["RemoveResponsibility"] = p => p.RemoveResponsibility(p.Responsibilities[0]),
        ["MoveResponsibility"] = p => p.MoveResponsibility(p.Responsibilities[0], 1),
        ["AddRecipient"] = p => p.AddRecipient("Thêm"),
        ["ChangeRecipient"] = p => p.ChangeRecipient(p.Recipients[0], "Sửa", "để b/c"),
        ["RemoveRecipient"] = p => p.RemoveRecipient(p.Recipients[0]),
        ["MoveRecipient"] = p => p.MoveRecipient(p.Recipients[0], 1),
        ["Submit"] = p => p.Submit(),
    };

    public static TheoryData<string> MutationNames => new(Mutations.Keys);

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void Mutation_AnyChange_GivesANewVersion(string mutation)
    {
        var plan = Seeded();
        var before = plan.Version;

        Mutations[mutation](plan);

        Assert.NotEqual(before, plan.Version);
    }

    [Fact]
    public void Transitions_EachStep_GivesANewVersion()
    {
        var plan = TestPlans.Draft();
        var seen = new HashSet<Guid> { plan.Version };

        plan.Submit();
        Assert.True(seen.Add(plan.Version));
        plan.Return();
        Assert.True(seen.Add(plan.Version));
        plan.Submit();
        Assert.True(seen.Add(plan.Version));
        plan.Approve();
        Assert.True(seen.Add(plan.Version));
        plan.Issue(16, new DateOnly(2023, 2, 1));
        Assert.True(seen.Add(plan.Version));
        plan.MarkSigned();
        Assert.True(seen.Add(plan.Version));
    }

    [Fact]
    public void Reading_EveryPart_KeepsTheVersion()
    {
        var plan = Seeded();
        var before = plan.Version;

        _ = plan.Title + plan.LeadIn + plan.Closing + plan.NumberAndSymbol + plan.FileStem + plan.Place + plan.Symbol;
        _ = plan.IsEditable && plan.PositionsAreContiguous;
        _ = plan.SectionOf(SectionKind.Tasks);
        _ = plan.LegalBases.Select(b => b.CitationText).ToList();
        _ = plan.Sections.SelectMany(s => s.Items).ToList();
        _ = plan.Kpis.SelectMany(k => k.Results).ToList();
        _ = plan.Tasks.SelectMany(t => t.Progress).Select(p => p.Note).ToList();
        _ = plan.ReportingDeadlines.Count + plan.BudgetLines.Count + plan.Responsibilities.Count + plan.Recipients.Count;
        _ = plan.Responsibilities.SelectMany(r => r.DutyLines).ToList();
        _ = plan.Tasks.Select(t => t.Timeline.ToString()).ToList();

        Assert.Equal(before, plan.Version);
    }

    [Fact]
    public void NewPlans_EachHaveTheirOwnVersion() => Assert.NotEqual(TestPlans.Draft().Version, TestPlans.Draft().Version);

    /// <summary>A draft with two of everything, so that each change, move and removal has something to act on.</summary>
    private static Plan Seeded()
    {
        var plan = TestPlans.Draft();
        plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, "Nghị quyết số 76/NQ-CP");
        plan.AddLegalBasis(LegalBasisVerb.Implementing, null, "Kế hoạch số 406/KH-UBND");
        var objectives = plan.AddSection(SectionKind.Objectives, "Mục đích, yêu cầu");
        plan.AddItem(objectives, ItemStyle.Heading, "Mục đích");
        plan.AddItem(objectives, ItemStyle.Bullet, "Nâng cao nhận thức");
        plan.AddSection(SectionKind.Tasks, "Nhiệm vụ");
        plan.AddKpi("Tỷ lệ hồ sơ đúng hạn", Comparator.Exactly, 100, "%");
        plan.AddKpi("Tỷ lệ hài lòng", Comparator.AtLeast, 99, "%");
        plan.AddTask(ReformArea.Communication, "Tuyên truyền");
        plan.AddTask(ReformArea.DigitalGovernment, "Số hóa hồ sơ");
        plan.AddReportingDeadline("Báo cáo quý I", ReportingPeriod.Quarter1, new DateOnly(2023, 3, 1), "Phòng Nội vụ");
        plan.AddReportingDeadline("Báo cáo 6 tháng", ReportingPeriod.FirstHalf, new DateOnly(2023, 6, 1), "Phòng Nội vụ");
        plan.AddBudgetLine("Tuyên truyền", 5_000_000, "Ngân sách");
        plan.AddBudgetLine("Khảo sát", null, null);
        plan.AddResponsibility("Hiệu trưởng", "Chỉ đạo chung");
        plan.AddResponsibility("Tổ văn phòng", "Tổng hợp báo cáo\nLưu trữ hồ sơ");
        plan.AddRecipient("- Phòng Nội vụ Q1;");
        plan.AddRecipient("- Lưu: VT.");
        return plan;
    }
}
