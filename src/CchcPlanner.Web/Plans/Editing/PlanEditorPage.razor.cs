using CchcPlanner.Plans.Editing;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
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
    private bool focusPartTitle;
    private ElementReference root;
    private ElementReference partTitle;
    private IJSObjectReference? script;

    [Parameter]
    public int Id { get; set; }

    [Inject]
    private PlanEditor Editor { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ILogger<PlanEditorPage> Log { get; set; } = default!;

    private string PlanPath => $"ke-hoach/{Id}";

    protected override async Task LoadAsync(CurrentUser user)
    {
        var (draft, why) = await Editor.OpenAsync(Id, user);
        refusal = why;
        Detach();
        session = draft is null ? null : new EditSession(draft);
        session?.Changed += OnSessionChanged;
        outcome = null;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (session is not null && script is null && root.Context is not null)
        {
            script = await JS.InvokeAsync<IJSObjectReference>("import", "./Plans/Editing/PlanEditorPage.razor.js");
            await script.InvokeVoidAsync("attach", root);
            session.UseScript(script);
        }

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

    private Task GoTo(DraftProblem problem)
    {
        session!.Reveal = problem.Model;
        part = EditorParts.Locate(problem, session.Draft).Part;
        StateHasChanged();
        return Task.CompletedTask;
    }

    private void OnSessionChanged()
    {
        if (script is not null)
        {
            _ = TellScriptAsync(script, session?.IsDirty ?? false);
        }
    }

    private static async Task TellScriptAsync(IJSObjectReference module, bool dirty)
    {
        try
        {
            await module.InvokeVoidAsync("setDirty", dirty);
        }
        catch (JSDisconnectedException)
        {
            // The page is closing; there is nothing left to guard.
        }
    }

    private void Detach() => session?.Changed -= OnSessionChanged;

    public async ValueTask DisposeAsync()
    {
        Detach();
        if (script is not null)
        {
            try
            {
                await script.InvokeVoidAsync("detach");
                await script.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The browser is gone: nothing to detach.
            }
        }
    }
}
