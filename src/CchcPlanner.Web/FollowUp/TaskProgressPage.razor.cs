using CchcPlanner.FollowUp;
using CchcPlanner.Plans;
using CchcPlanner.Security;
using CchcPlanner.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace CchcPlanner.Web.FollowUp;

/// <summary>
/// Task progress of a plan in force: one grid of all tasks with their status, "Quá hạn" when the timeline has passed without
/// completion, the dated history under each task, and for the plan's unit a note, a new status and a percent per task,
/// saved together (keyboard: grid-keys.js). Reviewers above read the same grid.
/// </summary>
public sealed partial class TaskProgressPage : UserPage
{
    private TaskProgressSheet? sheet;
    private List<ProgressRow> rows = [];
    private bool saving;
    private string? message;
    private bool failed;

    [Parameter]
    public int Id { get; set; }

    private bool Dirty => rows.Any(r => r.IsChanged);

    private string OverdueSummary => sheet!.Lines.Count(l => l.Overdue) is var overdue and > 0
        ? $"{overdue} nhiệm vụ quá hạn, {sheet.Lines.Count(l => l.Status == PlanTaskStatus.Done)}/{sheet.Lines.Count} đã hoàn thành"
        : $"{sheet.Lines.Count(l => l.Status == PlanTaskStatus.Done)}/{sheet.Lines.Count} nhiệm vụ đã hoàn thành";

    protected override async Task LoadAsync(CurrentUser user) => await ShowAsync(user);

    private static BadgeStyle StatusStyle(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.InProgress => BadgeStyle.Info,
        PlanTaskStatus.Done => BadgeStyle.Success,
        PlanTaskStatus.Suspended => BadgeStyle.Warning,
        _ => BadgeStyle.Light,
    };

    private async Task ShowAsync(CurrentUser user)
    {
        sheet = await Progress.SheetAsync(user, Id);
        rows = sheet?.Lines.Select(l => new ProgressRow(l)).ToList() ?? [];
    }

    private void Reset()
    {
        message = null;
        rows = sheet!.Lines.Select(l => new ProgressRow(l)).ToList();
    }

    private async Task SaveAsync()
    {
        if (saving || !Dirty || !rows.All(r => r.IsValid))
        {
            return;
        }

        saving = true;
        message = null;
        try
        {
            var result = await Progress.SaveAsync(User!, sheet!.PlanId, sheet.Version, [.. rows.Where(r => r.IsChanged).Select(r => r.ToEntry())]);
            failed = !result.Succeeded;
            if (result.Succeeded)
            {
                await ShowAsync(User!);
                message = $"Đã lưu tiến độ của {result.Value!.Recorded} nhiệm vụ.";
            }
            else
            {
                message = result.Refusal;
            }
        }
#pragma warning disable CA1031 // The user reads a plain message and keeps what they typed; the log keeps the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.LogError(ex, "Saving the task progress of plan {PlanId} failed", Id);
            failed = true;
            message = "Không lưu được tiến độ. Cơ sở dữ liệu có thể đang gián đoạn; nội dung bạn đã nhập vẫn còn trên trang, hãy thử lưu lại sau ít phút.";
        }
        finally
        {
            saving = false;
        }
    }
}
