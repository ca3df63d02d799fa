using System.Globalization;

namespace CchcPlanner.Checks;

/// <summary><c>kpi-without-target</c>: a KPI with no comparator or no target value, so its result cannot be judged.</summary>
internal sealed class KpiWithoutTargetCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        for (var i = 0; i < input.Plan.Kpis.Count; i++)
        {
            var kpi = input.Plan.Kpis[i];
            if (kpi.Target is null || string.IsNullOrEmpty(kpi.Comparator) || kpi.Comparator == "none")
            {
                findings.Add(
                    CheckCodes.KpiWithoutTarget,
                    FindingSeverity.Warning,
                    "Chỉ tiêu chưa có mục tiêu đo được (giá trị và phép so sánh, ví dụ “đạt 100%”, “từ 99% trở lên”).",
                    Subjects.Item(Subjects.Kpis, i),
                    Quotes.Short(kpi.Text));
            }
        }
    }
}

/// <summary><c>task-without-lead</c>: nobody is to lead the task (chủ trì).</summary>
internal sealed class TaskWithoutLeadCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        for (var i = 0; i < input.Plan.Tasks.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(input.Plan.Tasks[i].LeadUnit))
            {
                findings.Add(
                    CheckCodes.TaskWithoutLead,
                    FindingSeverity.Warning,
                    "Nhiệm vụ chưa có đơn vị, cá nhân chủ trì.",
                    Subjects.Item(Subjects.Tasks, i),
                    Quotes.Short(input.Plan.Tasks[i].Content));
            }
        }
    }
}

/// <summary><c>task-without-timeline</c>: a task with no time (ongoing, by a date or within a quarter).</summary>
internal sealed class TaskWithoutTimelineCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        for (var i = 0; i < input.Plan.Tasks.Count; i++)
        {
            var task = input.Plan.Tasks[i];
            var timed = task.Timeline switch
            {
                "ongoing" => true,
                "byDate" => task.Due is not null,
                "quarter" => task.Quarter is >= 1 and <= 4,
                _ => false,
            };
            if (!timed)
            {
                findings.Add(
                    CheckCodes.TaskWithoutTimeline,
                    FindingSeverity.Warning,
                    "Nhiệm vụ chưa có thời gian thực hiện (thường xuyên, trước một ngày, hoặc trong một quý).",
                    Subjects.Item(Subjects.Tasks, i),
                    Quotes.Short(task.Content));
            }
        }
    }
}

/// <summary>
/// <c>deadline-before-plan</c>: a report due before the plan's date — or, while the plan has no date, before its
/// year. A draft's deadline with no date yet (<see cref="DateOnly.MinValue"/>) is the editor's own validation.
/// </summary>
internal sealed class DeadlineBeforePlanCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        var plan = input.Plan;
        for (var i = 0; i < plan.ReportingDeadlines.Count; i++)
        {
            var deadline = plan.ReportingDeadlines[i];
            if (deadline.Due == DateOnly.MinValue)
            {
                continue;
            }

            string? message = plan.IssuedOn is { } issued
                ? deadline.Due < issued
                    ? $"Hạn gửi “{deadline.Name}” ({Dates.Text(deadline.Due)}) trước ngày ban hành kế hoạch ({Dates.Text(issued)})."
                    : null
                : deadline.Due.Year < plan.Year
                    ? $"Hạn gửi “{deadline.Name}” ({Dates.Text(deadline.Due)}) thuộc năm trước năm kế hoạch {plan.Year.ToString(CultureInfo.InvariantCulture)}."
                    : null;
            if (message is not null)
            {
                findings.Add(CheckCodes.DeadlineBeforePlan, FindingSeverity.Error, message, Subjects.Item(Subjects.ReportingDeadlines, i), $"{deadline.Name}: {Dates.Text(deadline.Due)}");
            }
        }
    }
}
