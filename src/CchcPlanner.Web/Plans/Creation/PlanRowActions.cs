using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Plans.Creation;
using CchcPlanner.Security;
using Radzen;

namespace CchcPlanner.Web.Plans.Creation;

/// <summary>The plan list's actions: start a plan, duplicate one, delete a draft after confirmation; each tells the user how it went.</summary>
internal sealed class PlanRowActions(PlanLifecycle lifecycle, DialogService dialogs, NotificationService notifications, TimeProvider clock)
{
    /// <summary>Opens the dialog of the three ways to start a plan; it navigates to the editor itself.</summary>
    public async Task CreateAsync(CurrentUser user)
    {
        var now = VietnameseDates.InVietnam(clock.GetUtcNow());

        // From September on, units write next year's plan.
        var year = now.Month >= 9 ? now.Year + 1 : now.Year;
        await dialogs.OpenAsync<NewPlanDialog>(
            "Tạo kế hoạch mới",
            new Dictionary<string, object?> { [nameof(NewPlanDialog.User)] = user, [nameof(NewPlanDialog.DefaultYear)] = year },
            new DialogOptions { Width = "860px", CloseDialogOnEsc = true });
    }

    public async Task<bool> DuplicateAsync(CurrentUser user, PlanListRow row)
    {
        var result = await lifecycle.DuplicateAsync(user, row.Id);
        Tell(result.Succeeded, "Đã nhân bản kế hoạch thành một bản dự thảo mới.", result.Refusal);
        return result.Succeeded;
    }

    public async Task<bool> DeleteAsync(CurrentUser user, PlanListRow row)
    {
        var confirmed = await dialogs.Confirm(
            $"Xoá dự thảo \"{row.Title}\" ({row.Year})? Thao tác này không hoàn tác được.",
            "Xoá dự thảo",
            new ConfirmOptions { OkButtonText = "Xoá", CancelButtonText = "Không xoá", CloseDialogOnEsc = true });
        if (confirmed != true)
        {
            return false;
        }

        var result = await lifecycle.DeleteAsync(user, row.Id);
        Tell(result.Succeeded, "Đã xoá dự thảo.", result.Refusal);
        return result.Succeeded;
    }

    private void Tell(bool succeeded, string done, string? refusal) => notifications.Notify(new NotificationMessage
    {
        Severity = succeeded ? NotificationSeverity.Success : NotificationSeverity.Warning,
        Summary = succeeded ? done : refusal ?? "Không thực hiện được thao tác.",
        Duration = 5000,
    });
}
