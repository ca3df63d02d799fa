using System.Net;
using CchcPlanner.Common;
using Microsoft.AspNetCore.HttpOverrides;

namespace CchcPlanner.Web.Hosting;

/// <summary>
/// Behind a TLS reverse proxy (docs/deployment.md) the app reads the client's address and scheme from
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, so that the login rate limit counts each client rather than the
/// proxy, the logs show who asked, and a request that came in over HTTPS is treated as such. Only proxies the settings
/// name are believed (<c>ReverseProxy:KnownProxies</c> addresses, <c>ReverseProxy:KnownNetworks</c> CIDR ranges) besides
/// the loopback address, which ASP.NET Core trusts by default: anyone else could forge the headers.
/// </summary>
internal static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static void AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        // Parsed here, not in the options callback, so that a wrong setting stops the start-up rather than the first request.
        var section = configuration.GetSection(Section);
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? []).Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new SettingsException($"{Section}:KnownProxies: '{proxy}' is not an IP address.")).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? []).Select(network => System.Net.IPNetwork.TryParse(network, out var range)
            ? range
            : throw new SettingsException($"{Section}:KnownNetworks: '{network}' is not a CIDR range such as 172.16.0.0/12.")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
    }
}
