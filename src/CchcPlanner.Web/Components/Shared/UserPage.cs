using CchcPlanner.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CchcPlanner.Web.Components.Shared;

/// <summary>A page that works for the signed-in user: resolves <see cref="CurrentUser"/> once, and turns a failure into a Vietnamese message.</summary>
public abstract class UserPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private ILoggerFactory LoggerFactory { get; set; } = default!;

    protected CurrentUser? User { get; private set; }

    /// <summary>The message shown instead of the page when loading failed; the log holds the detail.</summary>
    protected string? LoadError { get; private set; }

    protected bool Loading { get; private set; } = true;

    protected override async Task OnParametersSetAsync()
    {
        User ??= CurrentUser.From((await AuthenticationState).User);
        Loading = true;
        LoadError = null;
        try
        {
            if (User is not null)
            {
                await LoadAsync(User);
            }
        }
#pragma warning disable CA1031 // A page shows a plain message; the log keeps the exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LoggerFactory.CreateLogger(GetType()).LogError(ex, "Loading {Page} failed", GetType().Name);
            LoadError = "Không tải được dữ liệu. Cơ sở dữ liệu có thể đang gián đoạn; vui lòng thử lại sau ít phút.";
        }
        finally
        {
            Loading = false;
        }
    }

    protected abstract Task LoadAsync(CurrentUser user);
}
