namespace CchcPlanner.IntegrationTests.Infrastructure;

/// <summary>A clock that stands still until a test moves it.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2023, 2, 1, 8, 30, 15, TimeSpan.FromHours(7));

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
