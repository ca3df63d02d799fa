using CchcPlanner.LegalDocuments;
using CchcPlanner.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;
using Radzen;

namespace CchcPlanner.Web.LegalDocuments;

/// <summary>
/// Chooses a catalogue entry to cite. Results come from the server as the user types (debounced, the best match first);
/// the keyboard moves the highlight and Enter chooses it.
/// </summary>
public sealed partial class LegalDocumentPickerDialog : IDisposable
{
    private const int Max = 50;
    private IReadOnlyList<CatalogueHit> hits = [];
    private CurrentUser? user;
    private string? query;
    private string? searched;

    // Written into the box only when it is created: re-rendering what was typed while the user types on would drop keys.
    private string? shownQuery;
    private int active;
    private bool loading = true;
    private LegalDocumentInput? adding;
    private CancellationTokenSource? debounce;
    private ElementReference searchBox;
    private bool focusSearch = true;
    private bool scrollPending;

    [Inject]
    private CatalogueService Catalogue { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>Whether drafters, heads and administrators may add a missing document from here.</summary>
    [Parameter]
    public bool AllowAdd { get; set; } = true;

    /// <summary>Search every entry rather than the citable ones; only administrators get more (to choose a replacement).</summary>
    [Parameter]
    public bool WholeCatalogue { get; set; }

    /// <summary>An entry not to offer, such as the one being replaced.</summary>
    [Parameter]
    public int? ExcludeId { get; set; }

    private bool CanAdd => AllowAdd && user is not null && CataloguePermissions.CanAdd(user);

    private string Status => loading ? "Đang tìm…"
        : string.IsNullOrWhiteSpace(searched) ? "Văn bản ban hành gần đây nhất. Gõ số, ký hiệu hoặc từ trong trích yếu để tìm."
        : hits.Count == 0 ? $"Không tìm thấy văn bản nào khớp với “{searched}”."
        : hits.Count >= Max ? $"{Max} văn bản phù hợp nhất; gõ thêm để thu hẹp."
        : $"{hits.Count} văn bản phù hợp.";

    protected override async Task OnInitializedAsync()
    {
        user = CurrentUser.From((await AuthenticationState).User);
        await SearchAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (adding is not null)
        {
            return;
        }

        try
        {
            // Radzen's script (loaded by every page) keeps the arrows from moving the caret and scrolls a row into view.
            if (focusSearch)
            {
                focusSearch = false;
                await JS.InvokeVoidAsync("Radzen.preventArrows", searchBox);
                await searchBox.FocusAsync();
            }

            if (scrollPending)
            {
                scrollPending = false;
                await JS.InvokeVoidAsync("Radzen.scrollIntoViewIfNeededById", $"picker-option-{active}");
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone: nothing to focus or scroll.
        }
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        query = e.Value?.ToString();
        await StopWaitingAsync();
        debounce = new CancellationTokenSource();
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), debounce.Token);
        }
        catch (TaskCanceledException)
        {
            return;
        }

        await SearchAsync();
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowDown" when hits.Count > 0:
                active = Math.Min(active + 1, hits.Count - 1);
                ScrollToActive();
                break;
            case "ArrowUp" when hits.Count > 0:
                active = Math.Max(active - 1, 0);
                ScrollToActive();
                break;
            case "Enter":
                // Enter typed faster than the debounce: search what is in the box first, then take the best match.
                if (searched != query)
                {
                    await StopWaitingAsync();
                    await SearchAsync();
                }

                if (active < hits.Count)
                {
                    Choose(hits[active].Document);
                }

                break;
        }
    }

    private async Task SearchAsync()
    {
        if (user is null)
        {
            loading = false;
            return;
        }

        var asked = query;
        loading = true;
        var found = WholeCatalogue
            ? await Catalogue.SearchAsync(user, asked, Max + 1)
            : await Catalogue.SearchCitableAsync(user, asked, Max + 1);
        if (asked != query)
        {
            return;
        }

        hits = found.Where(h => h.Document.Id != ExcludeId).Take(Max).ToList();
        searched = asked;
        active = 0;
        loading = false;
        ScrollToActive();
    }

    private void Choose(LegalDocument document) => Dialogs.Close(document);

    private void StartAdding()
    {
        // What was typed in the search box is most likely the symbol of the missing document.
        var typed = SymbolRules.Parse(query) is not null ? SymbolRules.Normalise(query) : null;
        adding = new LegalDocumentInput { Symbol = typed, Type = SymbolRules.TypeOf(typed) };
    }

    private void BackToSearch()
    {
        adding = null;
        shownQuery = query;
        focusSearch = true;
    }

    /// <summary>Keeps the active row in view, once the rows are rendered.</summary>
    private void ScrollToActive() => scrollPending = true;

    private string RowClass(CatalogueHit hit, int index) =>
        $"picker-row{(index == active ? " active" : string.Empty)}{(hit.Document.InForce ? string.Empty : " picker-old")}";

    private async Task StopWaitingAsync()
    {
        if (debounce is not null)
        {
            await debounce.CancelAsync();
            debounce.Dispose();
            debounce = null;
        }
    }

    public void Dispose()
    {
        debounce?.Cancel();
        debounce?.Dispose();
    }
}
