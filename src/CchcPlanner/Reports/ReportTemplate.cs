using CchcPlanner.Common;
using CchcPlanner.FollowUp;
using CchcPlanner.Plans;

namespace CchcPlanner.Reports;

/// <summary>
/// A new report on an issued plan, laid out as units write them: a lead-in citing the plan, I. the KPI results (table),
/// II. the tasks done and pending (tables), then the narrative sections the drafter writes (assessment, next period's
/// direction, proposals), the closing sentence, recipients (the body the plan reports to) and the plan's signer.
/// </summary>
public static class ReportTemplate
{
    public const string KpiHeading = "Kết quả thực hiện các chỉ tiêu";
    public const string TaskHeading = "Kết quả thực hiện các nhiệm vụ";

    /// <summary><c>Kết quả thực hiện công tác cải cách hành chính quý I năm 2025</c>.</summary>
    public static string Title(ReportingPeriod period, int year) =>
        $"Kết quả thực hiện công tác cải cách hành chính {ReportContentBuilder.PeriodPhrase(period, year)}";

    /// <param name="plan">The issued plan, loaded whole with results and progress.</param>
    public static Plan Create(Plan plan, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var content = ReportContentBuilder.Build(plan, period);
        var phrase = ReportContentBuilder.PeriodPhrase(period, plan.Year);
        var report = Plan.NewReport(plan.Unit, content, Title(period, plan.Year));
        report.ChangeHeader(PlanKind.Report, plan.Year, report.Title, plan.Place, issuedOn: null);

        var issued = plan.IssuedOn is { } on ? $" ngày {VietnameseDates.Citation(on)}" : string.Empty;
        report.ChangeLeadIn(
            $"Thực hiện Kế hoạch số {content.PlanNumberAndSymbol}{issued} của {plan.Unit.Name} về {Lower(plan.Title)}, " +
            $"{plan.Unit.Name} báo cáo kết quả thực hiện công tác cải cách hành chính {phrase} như sau:");
        report.AddSection(SectionKind.Kpis, KpiHeading);
        report.AddSection(SectionKind.Tasks, TaskHeading);

        var assessment = report.AddSection(SectionKind.Free, "Đánh giá chung");
        report.AddItem(assessment, ItemStyle.Heading, "Ưu điểm");
        report.AddItem(assessment, ItemStyle.Bullet, Summary(content));
        report.AddItem(assessment, ItemStyle.Heading, "Tồn tại, hạn chế và nguyên nhân");
        report.AddItem(assessment, ItemStyle.Bullet, Shortfalls(content));

        var next = report.AddSection(SectionKind.Free, $"Phương hướng, nhiệm vụ {NextPeriod(period, plan.Year)}");
        report.AddItem(next, ItemStyle.Bullet, "Tiếp tục triển khai các nhiệm vụ chưa hoàn thành theo Kế hoạch.");
        var proposals = report.AddSection(SectionKind.Free, "Kiến nghị, đề xuất");
        report.AddItem(proposals, ItemStyle.Bullet, "Không.");

        report.ChangeClosing($"Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính {phrase} của {plan.Unit.Name}./.");
        var receiving = plan.ReportingDeadlines.FirstOrDefault(d => d.Period == period)?.ReceivingUnit ?? plan.Unit.Parent?.Name;
        if (receiving is not null)
        {
            report.AddRecipient(receiving);
        }

        report.AddRecipient("Lưu: VT");
        report.Sign(plan.Signature is { } s ? new SignatureBlock(s.Prefix, s.Authority, s.Title, s.SignerName) : null);
        return report;
    }

    /// <summary>The first bullet of the assessment, from the numbers: what was met and what was done.</summary>
    public static string Summary(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var measurable = content.Kpis.Count(k => k.Attainment != Attainment.NoTarget);
        var done = content.DoneTasks.Count();
        return $"Đạt {content.Count(Attainment.Met)}/{measurable} chỉ tiêu có mục tiêu định lượng; hoàn thành {done}/{content.Tasks.Count} nhiệm vụ của Kế hoạch.";
    }

    private static string Shortfalls(ReportContent content)
    {
        var missed = content.Count(Attainment.AtRisk) + content.Count(Attainment.NotMet);
        var missing = content.Count(Attainment.NoResult);
        return $"Còn {missed} chỉ tiêu chưa đạt hoặc có nguy cơ không đạt, {missing} chỉ tiêu chưa có số liệu; {content.PendingTasks.Count()} nhiệm vụ chưa hoàn thành.";
    }

    private static string NextPeriod(ReportingPeriod period, int year) => period switch
    {
        ReportingPeriod.Quarter1 => ReportContentBuilder.PeriodPhrase(ReportingPeriod.Quarter2, year),
        ReportingPeriod.Quarter2 or ReportingPeriod.FirstHalf => $"6 tháng cuối năm {year}",
        ReportingPeriod.Quarter3 or ReportingPeriod.NineMonths => ReportContentBuilder.PeriodPhrase(ReportingPeriod.Quarter4, year),
        _ => $"năm {year + 1}",
    };

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], VietnameseText.Culture) + text[1..];
}
