using CchcPlanner.Security;
using CchcPlanner.Units;
using Radzen;

namespace CchcPlanner.Web.Units;

/// <summary>A unit a dialog offers as parent: shown indented as in the tree, but its plain name once chosen and when filtering.</summary>
public sealed record ParentChoice(int? Value, string Text, int Depth)
{
    public string Indent => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"padding-left: {Depth}rem");
}

/// <summary>The unit tree's actions for administrators: each opens its dialog or confirmation and says how it went.</summary>
internal sealed class UnitDialogs(UnitAdministration administration, DialogService dialogs, NotificationService notifications)
{
    private static readonly DialogOptions Wide = new() { Width = "44rem", CloseDialogOnEsc = true, ShowClose = true };

    public async Task<bool> CreateAsync(CurrentUser user, int parentId, IReadOnlyList<UnitRow> tree)
    {
        var parents = tree.Where(u => u.IsActive).Select(Indented).ToList();
        return await OpenAsync<UnitFormDialog>(
            "Thêm đơn vị",
            new() { [nameof(UnitFormDialog.User)] = user, [nameof(UnitFormDialog.ParentId)] = parentId, [nameof(UnitFormDialog.Parents)] = parents },
            "Đã thêm đơn vị.");
    }

    public Task<bool> EditAsync(CurrentUser user, UnitRow unit) => OpenAsync<UnitFormDialog>(
        $"Sửa thông tin: {unit.Name}",
        new() { [nameof(UnitFormDialog.User)] = user, [nameof(UnitFormDialog.UnitId)] = unit.Id },
        "Đã lưu thông tin đơn vị.");

    public Task<bool> MoveAsync(CurrentUser user, UnitRow unit, IReadOnlyList<UnitRow> tree)
    {
        // In tree order a unit's subtree is the run of deeper rows right after it: none of those may become its parent.
        var start = tree.ToList().FindIndex(u => u.Id == unit.Id);
        var end = start + 1;
        while (end < tree.Count && tree[end].Depth > unit.Depth)
        {
            end++;
        }

        var parents = tree.Where((u, i) => (i < start || i >= end) && u.IsActive && u.Id != unit.ParentId).Select(Indented).ToList();
        return OpenAsync<MoveUnitDialog>(
            $"Chuyển đơn vị: {unit.Name}",
            new() { [nameof(MoveUnitDialog.User)] = user, [nameof(MoveUnitDialog.Unit)] = unit, [nameof(MoveUnitDialog.Parents)] = parents },
            "Đã chuyển đơn vị.");
    }

    /// <summary>Deactivates after a confirmation, or reactivates; both keep the unit's plans, users and history.</summary>
    public async Task<bool> ToggleActiveAsync(CurrentUser user, UnitRow unit)
    {
        if (unit.IsActive)
        {
            var confirmed = await dialogs.Confirm(
                $"Ngừng hoạt động \"{unit.Name}\"? Đơn vị sẽ không còn trong danh sách chọn và bảng tổng hợp; kế hoạch, tài khoản và lịch sử vẫn được giữ.",
                "Ngừng hoạt động đơn vị",
                new ConfirmOptions { OkButtonText = "Ngừng hoạt động", CancelButtonText = "Không", CloseDialogOnEsc = true });
            if (confirmed != true)
            {
                return false;
            }
        }

        var result = unit.IsActive ? await administration.DeactivateAsync(user, unit.Id) : await administration.ActivateAsync(user, unit.Id);
        Tell(result.Succeeded, unit.IsActive ? "Đã ngừng hoạt động đơn vị." : "Đơn vị đã hoạt động lại.", result.Refusal);
        return result.Succeeded;
    }

    private static ParentChoice Indented(UnitRow unit) => new(unit.Id, unit.Name, unit.Depth);

    private async Task<bool> OpenAsync<TDialog>(string title, Dictionary<string, object?> parameters, string done)
        where TDialog : Microsoft.AspNetCore.Components.ComponentBase
    {
        var saved = await dialogs.OpenAsync<TDialog>(title, parameters, Wide) is true;
        if (saved)
        {
            Tell(true, done, null);
        }

        return saved;
    }

    private void Tell(bool succeeded, string done, string? refusal) => notifications.Notify(new NotificationMessage
    {
        Severity = succeeded ? NotificationSeverity.Success : NotificationSeverity.Warning,
        Summary = succeeded ? done : refusal ?? "Không thực hiện được thao tác.",
        Duration = 5000,
    });
}
