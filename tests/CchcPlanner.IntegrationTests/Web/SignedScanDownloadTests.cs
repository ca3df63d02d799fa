using System.Net;
using System.Security.Cryptography;
using System.Text;
using CchcPlanner.Data;
using CchcPlanner.Data.Demo;
using CchcPlanner.Identity;
using CchcPlanner.IntegrationTests.Infrastructure;
using CchcPlanner.Scans;
using CchcPlanner.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcPlanner.IntegrationTests.Web;

/// <summary>Once a signed scan is stored, the plan's PDF download is that scan, and never a scan changed on disk.</summary>
public sealed class SignedScanDownloadTests(CchcAppFactory app) : IClassFixture<CchcAppFactory>
{
    private const string Scan = "%PDF-1.4\n% signed and stamped scan of 16/KH-MNTH\n%%EOF\n";

    [Fact]
    public async Task PdfDownload_SignedPlanWithScan_ServesTheScan_RefusesItOnceChangedOnDisk()
    {
        using var browser = app.NewSession();
        await browser.SignInAsync("soanthao@demo.vn", DemoSeeder.Password);
        var (planId, file) = await StoreScanAsync(Encoding.ASCII.GetBytes(Scan));

        var served = await browser.GetAsync($"/ke-hoach/{planId}/van-ban.pdf");

        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.Equal("application/pdf", served.ContentType);
        Assert.Equal(Scan, served.Body);

        await File.WriteAllTextAsync(file, Scan.Replace("16/", "17/", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var refused = await browser.GetAsync($"/ke-hoach/{planId}/van-ban.pdf");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("không còn khớp với bản đã tải lên", refused.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("%PDF", refused.Body, StringComparison.Ordinal);
    }

    /// <summary>Stores a scan for Tuổi Hồng's signed 2023 plan as an upload would leave it: the file and its row with the checksum.</summary>
    private async Task<(int PlanId, string File)> StoreScanAsync(byte[] content)
    {
        var token = TestContext.Current.CancellationToken;
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<CchcDbContext>>().CreateDbContextAsync(token);
        var plan = await db.Plans.Include(p => p.Unit).SingleAsync(p => p.Title == KindergartenPlan2023.Title, token);
        var storedName = $"2023/{plan.Id}-test.pdf";
        var path = Path.Combine(app.Services.GetRequiredService<ScanOptions>().Folder, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, token);
        var clerk = new CurrentUser("clerk", "vanthu@demo.vn", "Trần Thị Mai", plan.UnitId, plan.Unit.Name, new HashSet<string> { Roles.Clerk });
        db.SignedScans.Add(new SignedScan(plan.Id, storedName, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), clerk));
        await db.SaveChangesAsync(token);
        return (plan.Id, path);
    }
}
