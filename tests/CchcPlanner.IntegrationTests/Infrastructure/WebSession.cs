using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>A page as a browser received it: status, redirect target and the parsed HTML.</summary>
public sealed record WebPage(Uri Url, HttpStatusCode Status, string? Location, string? ContentType, string Body, IHtmlDocument Document)
{
    /// <summary>The text a reader sees, whitespace collapsed (entities such as <c>&amp;#x1EA5;</c> decoded).</summary>
    public string Text => string.Join(' ', (Document.Body?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A browser without JavaScript: keeps cookies, does not follow redirects by itself, fills and posts forms.</summary>
public sealed class WebSession(HttpClient client) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public async Task<WebPage> GetAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    /// <summary>Follows redirects the way a browser would, up to a few.</summary>
    public async Task<WebPage> FollowAsync(WebPage page)
    {
        for (var hops = 0; page.Location is not null && hops < 5; hops++)
        {
            page = await GetAsync(page.Location);
        }

        return page;
    }

    /// <summary>Posts the form as a browser would: its hidden fields (antiforgery token, handler) plus the given values.</summary>
    public async Task<WebPage> SubmitAsync(WebPage page, string formSelector, IReadOnlyDictionary<string, string> values)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]")
            .Where(i => i.Type != "checkbox" || i.IsChecked)
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        var actionAttribute = form.GetAttribute("action");
        var action = string.IsNullOrEmpty(actionAttribute) ? page.Url : new Uri(page.Url, actionAttribute);
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(action, content, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    /// <summary>A post of the given fields only (no antiforgery token), as a forged cross-site form would send.</summary>
    public async Task<WebPage> PostFormAsync(string url, IReadOnlyDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    /// <summary>Opens the login page and posts the email and password; returns the answer to the post.</summary>
    public async Task<WebPage> SignInAsync(string email, string password)
    {
        var login = await GetAsync("/dang-nhap");
        return await SubmitAsync(login, "form.login-form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    /// <summary>A download as bytes, with its status and content type (no HTML parsing).</summary>
    public async Task<(HttpStatusCode Status, string? ContentType, byte[] Content)> DownloadAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => client.Dispose();

    private static async Task<WebPage> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType;
        if (type is null or "text/html" or "application/json" or "text/plain")
        {
            // Whatever goes wrong, a user never sees an exception or a stack trace.
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        }

        var url = response.RequestMessage!.RequestUri!;
        var location = response.Headers.Location is { } l ? new Uri(url, l).PathAndQuery : null;
        return new WebPage(url, response.StatusCode, location, type, body, await Parser.ParseDocumentAsync(type == "text/html" ? body : string.Empty));
    }
}
