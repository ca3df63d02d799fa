using System.Globalization;

namespace CchcPlanner.Web.Plans.Workflow;

/// <summary>The size of a file as users read it: KB below a megabyte, MB above.</summary>
public static class FileSizes
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Text(long bytes) => bytes < 1024 * 1024
        ? Math.Ceiling(bytes / 1024d).ToString("#,0", Vietnamese) + " KB"
        : (bytes / 1024d / 1024d).ToString("0.##", Vietnamese) + " MB";
}
