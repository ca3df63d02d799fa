using CchcPlanner.Common;

namespace CchcPlanner.Tests.Common;

internal static class PositionAssert
{
    /// <summary>The list reads <paramref name="expected"/> in that order, and its positions are exactly 0, 1, 2….</summary>
    public static void InOrder<T>(IReadOnlyList<T> items, Func<T, string> text, params string[] expected)
        where T : IPositioned
    {
        Assert.Equal(expected, items.Select(text));
        Assert.Equal(Enumerable.Range(0, items.Count), items.Select(i => i.Position));
    }
}
