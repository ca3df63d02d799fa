using CchcPlanner.Common;

namespace CchcPlanner.Overview;

/// <summary>A unit below the reviewer's, as the overview and the dashboard list it.</summary>
public sealed record TreeUnit(int Id, int? ParentId, string Name)
{
    /// <summary>Units below <paramref name="root"/>, each after its parent, siblings in Vietnamese alphabetical order.</summary>
    public static IEnumerable<(TreeUnit Unit, int Depth)> InTreeOrder(IReadOnlyList<TreeUnit> units, int root)
    {
        var children = units.ToLookup(u => u.ParentId);
        var stack = new Stack<(TreeUnit, int)>(children[root].OrderByDescending(u => u.Name, VietnameseText.Comparer).Select(u => (u, 0)));
        while (stack.Count > 0)
        {
            var (unit, depth) = stack.Pop();
            yield return (unit, depth);
            foreach (var child in children[unit.Id].OrderByDescending(u => u.Name, VietnameseText.Comparer))
            {
                stack.Push((child, depth + 1));
            }
        }
    }
}
