using System.Net;
using CchcPlanner.EndToEndTests.Infrastructure;

namespace CchcPlanner.EndToEndTests;

/// <summary>The files every page needs are served by the real server (a missing one leaves pages unstyled or dead).</summary>
public sealed class StaticAssetsTests(ServerFixture server)
{
    [Theory]
    [InlineData("_content/Radzen.Blazor/css/material-base.css", "text/css", ".rz-button")]
    [InlineData("_content/Radzen.Blazor/Radzen.Blazor.js", "text/javascript", "Radzen")]
    [InlineData("app.css", "text/css", "#components-reconnect-modal")]
    [InlineData("js/reconnect.js", "text/javascript", "components-reconnect-rejected")]
    [InlineData("js/grid-keys.js", "text/javascript", "data-grid-keys")]
    [InlineData("follow-up.css", "text/css", ".progress-grid")]
    [InlineData("_framework/blazor.web.js", "text/javascript", "components-reconnect-show")]
    public async Task Get_AssetOfEveryPage_IsServed(string path, string contentType, string fragment)
    {
        using var http = new HttpClient { BaseAddress = server.App.Address };

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(fragment, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
