namespace CchcPlanner.Web.Hosting;

/// <summary>Demo mode (<c>Demo:Enabled</c>): seeds demo units, users and plans into an empty database. Off unless asked for.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
