using CchcPlanner.Plans.Editing;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Components;
using Radzen;

namespace CchcPlanner.Web.Plans.Editing;

/// <summary>
/// The plan editor: opens the plan as a draft, shows one part at a time, and saves the whole draft over the version it
/// was opened from. A refused save (someone else saved first) never overwrites their work.
/// </summary>
public sealed partial class PlanEditorPage
{
    private EditSession? session;
    private string? refusal;
    private SaveOutcome? outcome;
    private EditorPart part;
    private bool saving;
    private bool previewOpen;
    private bool focusPartTitle;
    private ElementReference partTitle;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private PlanEditor Editor { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private ILogger<PlanEditorPage> Log { get; set; } = default!;

    private string PlanPath => $"ke-hoach/{Id}";

    protected override async Task LoadAsync(CurrentUser user)
    {
        if (session?.Draft.Id == Id)
        {
            // Parameters set again for the same plan: keep the draft being edited.
            return;
        }

        var (draft, why) = await Editor.OpenAsync(Id, user);
        refusal = why;
        session = draft is null ? null : new EditSession(draft);
        outcome = null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusPartTitle)
        {
            focusPartTitle = false;
            await partTitle.FocusAsync();
        }
    }

    private async Task SaveAsync()
    {
        if (session is null || User is null || saving)
        {
            return;
        }

        saving = true;
        outcome = null;
        StateHasChanged();
        try
        {
            outcome = await Editor.SaveAsync(session.Draft, session.Opened, User);
            switch (outcome)
            {
                case SaveOutcome.Saved saved:
                    session.Reset(saved.Draft);
                    break;
                case SaveOutcome.Invalid invalid:
                    session.ShowProblems(invalid.Problems);
                    break;
                case SaveOutcome.Conflict conflict:
                    await ShowConflictAsync(conflict);
                    break;
            }
        }
#pragma warning disable CA1031 // The user keeps their draft and reads a plain message; the log keeps the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.LogError(ex, "Saving plan {PlanId} failed", Id);
            outcome = new SaveOutcome.Refused("Không lưu được vì lỗi kết nối cơ sở dữ liệu. Bản của bạn vẫn còn trên trang; vui lòng thử lưu lại sau ít phút.");
        }
        finally
        {
            // Ctrl+S comes from script, not from a UI event: render what the save came to here.
            saving = false;
            StateHasChanged();
        }
    }

    private async Task ShowConflictAsync(SaveOutcome.Conflict conflict)
    {
        var loadTheirs = await Dialogs.OpenAsync<ConflictDialog>(
            "Chưa lưu được: kế hoạch vừa được người khác lưu",
            new Dictionary<string, object?> { [nameof(ConflictDialog.Conflict)] = conflict },
            new DialogOptions { Width = "44rem", CloseDialogOnEsc = true, ShowClose = true });
        if (loadTheirs is true)
        {
            await LoadTheirsAsync(conflict);
        }
    }

    private Task LoadTheirsAsync(SaveOutcome.Conflict conflict)
    {
        session!.Reset(conflict.Theirs);
        outcome = null;
        Notifications.Notify(NotificationSeverity.Info, "Đã tải bản do người khác lưu; thay đổi của bạn đã được bỏ.", duration: 5000);
        StateHasChanged();
        return Task.CompletedTask;
    }

    private void Select(EditorPart selected)
    {
        part = selected;
        focusPartTitle = true;
    }

    /// <summary>Opens a part without moving the focus (the checks panel focuses the field it points at).</summary>
    private void Show(EditorPart shown) => part = shown;

    private Task GoTo(DraftProblem problem)
    {
        session!.Reveal = problem.Model;
        part = EditorParts.Locate(problem, session.Draft).Part;
        StateHasChanged();
        return Task.CompletedTask;
    }
}
