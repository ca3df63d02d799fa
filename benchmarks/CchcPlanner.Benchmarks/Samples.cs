namespace CchcPlanner.Benchmarks;

/// <summary>Times of repeated runs, in milliseconds, and the statistics the report quotes.</summary>
internal sealed class Samples(string name)
{
    private readonly List<double> values = [];

    public string Name { get; } = name;

    public void Add(TimeSpan elapsed) => values.Add(elapsed.TotalMilliseconds);

    public double Median => Percentile(50);

    public double P95 => Percentile(95);

    /// <summary>Nearest-rank percentile.</summary>
    public double Percentile(int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public override string ToString() =>
        FormattableString.Invariant($"{Name,-34} median {Median,8:0.0} ms   p95 {P95,8:0.0} ms   (n = {values.Count})");
}
