using System.Text.Json;
using CchcPlanner.Plans.Editing;
using Microsoft.JSInterop;

namespace CchcPlanner.Web.Plans.Editing;

/// <summary>
/// What every part of the editor shares: the draft being edited, a deep copy of it as opened (or last saved), and the
/// problems to show. Parts report each edit with <see cref="Edited"/>; only the small components that show state
/// (problems, the unsaved-changes mark, the list of parts) listen to <see cref="Changed"/>, so an edit never re-renders
/// the whole editor.
/// </summary>
public sealed class EditSession
{
    private readonly HashSet<object> touched = new(ReferenceEqualityComparer.Instance);
    private IReadOnlyList<DraftProblem> problems = [];
    private IReadOnlyList<DraftProblem> general = [];
    private string openedJson = string.Empty;
    private bool showAll;
    private IJSObjectReference? script;

    public EditSession(PlanDraft draft) => Reset(draft);

    /// <summary>Raised after every edit, save or reload.</summary>
    public event Action? Changed;

    public PlanDraft Draft { get; private set; } = default!;

    /// <summary>The draft as opened or last saved, for <see cref="PlanEditor.SaveAsync"/>.</summary>
    public PlanDraft Opened { get; private set; } = default!;

    public bool IsDirty { get; private set; }

    /// <summary>Whether a save was tried since the draft was opened or saved, so that every problem shows.</summary>
    public bool SaveTried => showAll;

    /// <summary>The row open in a grid: its problems wait until the user finishes the row (Enter, "Xong") or saves.</summary>
    public object? Quiet { get; set; }

    /// <summary>A row the user asked to see from the list of problems; the grid holding it pages to it and opens it.</summary>
    public object? Reveal { get; set; }

    /// <summary>Problems shown now: all of them after a save was tried, before that only those of rows the user touched.</summary>
    public IEnumerable<DraftProblem> Visible =>
        general.Concat(problems.Where(p => showAll || touched.Contains(p.Model)));

    public static PlanDraft Copy(PlanDraft draft) =>
        JsonSerializer.Deserialize<PlanDraft>(JsonSerializer.SerializeToUtf8Bytes(draft))!;

    public static T CopyRow<T>(T row) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(row))!;

    /// <summary>Starts over from a draft just opened, saved or loaded: it becomes both the draft and the copy as opened.</summary>
    public void Reset(PlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Draft = draft;
        Opened = Copy(draft);
        openedJson = JsonSerializer.Serialize(draft);
        touched.Clear();
        problems = [];
        general = [];
        showAll = false;
        IsDirty = false;
        Reveal = null;
        Quiet = null;
        Changed?.Invoke();
    }

    /// <summary>
    /// Called after any change to <paramref name="model"/> (a row, the draft or its signature); its problems show from
    /// now on. Null for a change that concerns no row in particular (a row added, removed or put back).
    /// </summary>
    public void Edited(object? model)
    {
        if (model is not null && !ReferenceEquals(model, Quiet))
        {
            touched.Add(model);
        }

        IsDirty = JsonSerializer.Serialize(Draft) != openedJson;
        problems = DraftValidator.Validate(Draft);
        Changed?.Invoke();
    }

    /// <summary>Shows every problem, as after a refused save; problems of no field (from the server) show in the summary.</summary>
    public void ShowProblems(IReadOnlyList<DraftProblem> found)
    {
        ArgumentNullException.ThrowIfNull(found);
        showAll = true;
        problems = found.Where(p => p.Field is not null).ToList();
        general = found.Where(p => p.Field is null).ToList();
        Changed?.Invoke();
    }

    /// <summary>Messages for one field of a row, or for the whole row when <paramref name="field"/> is null.</summary>
    public IEnumerable<string> MessagesFor(object model, string? field) =>
        Visible.Where(p => ReferenceEquals(p.Model, model) && (field is null || p.Field == field)).Select(p => p.Message);

    public bool HasProblems(object model) => problems.Any(p => ReferenceEquals(p.Model, model));

    /// <summary>Whether a message about this field is shown now (to outline the input).</summary>
    public bool Shows(object model, string field) => MessagesFor(model, field).Any();

    internal void UseScript(IJSObjectReference module) => script = module;

    /// <summary>Moves the keyboard focus to an element once it is on the page (after the coming render).</summary>
    public async Task FocusAsync(string selector)
    {
        // Let the renderer send the render this focus is about first: a label may still be on the row's old place.
        await Task.Yield();
        if (script is not null)
        {
            await script.InvokeVoidAsync("focusLater", selector);
        }
    }
}
