using System.Net;
using System.Net.Http.Json;
using CchcPlanner.IntegrationTests.Infrastructure;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>The app behind a reverse proxy on the same machine (loopback), served by real Kestrel so that requests come from an address.</summary>
public sealed class ReverseProxyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginRateLimit_BehindAProxy_CountsEachForwardedClient_NotTheProxy()
    {
        var port = PostgresProcess.FreePort();
        await using var app = CchcAppFactory.SqliteDemo().With("Security:LoginAttemptsPerMinute", "2");
        app.UseKestrel(port);
        app.StartServer();
        using var proxy = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var first = await LoginAsync(proxy, "203.0.113.5");
        var second = await LoginAsync(proxy, "203.0.113.5");
        var third = await LoginAsync(proxy, "203.0.113.5");
        var otherClient = await LoginAsync(proxy, "198.51.100.7");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], [first, second, third]);
        Assert.Equal(HttpStatusCode.Unauthorized, otherClient);
    }

    private static async Task<HttpStatusCode> LoginAsync(HttpClient proxy, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tai-khoan/login")
        {
            Content = JsonContent.Create(new { email = "soanthao@demo.vn", password = "Sai@mat-khau" }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await proxy.SendAsync(request, Token);
        return response.StatusCode;
    }
}
