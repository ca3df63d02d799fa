using System.Net;
using CchcPlanner.EndToEndTests.Infrastructure;

namespace CchcPlanner.EndToEndTests;

/// <summary>The files every page needs are served by the real server (a missing one leaves pages unstyled or dead).</summary>
public sealed class StaticAssetsTests(ServerFixture server)
{
    [Theory]
    [InlineData("_content/Radzen.Blazor/css/material-base.css", "text/css")]
    [InlineData("_content/Radzen.Blazor/Radzen.Blazor.js", "text/javascript")]
    [InlineData("app.css", "text/css")]
    [InlineData("js/reconnect.js", "text/javascript")]
    [InlineData("_framework/blazor.web.js", "text/javascript")]
    public async Task Get_AssetOfEveryPage_IsServed(string path, string contentType)
    {
        using var http = new HttpClient { BaseAddress = server.App.Address };

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 1000 || (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 1000);
    }
}
