namespace CchcPlanner.Common;

/// <summary>An item whose place in an ordered list is stored with it.</summary>
public interface IPositioned
{
    int Position { get; }

    void SetPosition(int position);
}

/// <summary>
/// Keeps the positions of an ordered child collection contiguous (0, 1, 2, …) whatever is added,
/// moved or removed, so that the order a user sees is exactly the order stored.
/// </summary>
public static class Positions
{
    public static IReadOnlyList<T> Ordered<T>(IEnumerable<T> items)
        where T : IPositioned => items.OrderBy(i => i.Position).ToList();

    public static T Append<T>(List<T> items, T item)
        where T : IPositioned
    {
        item.SetPosition(items.Count);
        items.Add(item);
        return item;
    }

    public static void Remove<T>(List<T> items, T item)
        where T : IPositioned
    {
        if (!items.Remove(item))
        {
            throw new DomainRuleException("Mục cần xoá không thuộc kế hoạch này.");
        }

        Renumber(items);
    }

    /// <summary>Moves the item to <paramref name="newPosition"/>, shifting the others.</summary>
    public static void Move<T>(List<T> items, T item, int newPosition)
        where T : IPositioned
    {
        if (newPosition < 0 || newPosition >= items.Count)
        {
            throw new DomainRuleException("Vị trí mới nằm ngoài danh sách.");
        }

        var ordered = items.OrderBy(i => i.Position).ToList();
        if (!ordered.Remove(item))
        {
            throw new DomainRuleException("Mục cần di chuyển không thuộc kế hoạch này.");
        }

        ordered.Insert(newPosition, item);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SetPosition(i);
        }
    }

    public static void Renumber<T>(List<T> items)
        where T : IPositioned
    {
        var ordered = items.OrderBy(i => i.Position).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SetPosition(i);
        }
    }

    public static bool AreContiguous<T>(IEnumerable<T> items)
        where T : IPositioned =>
        items.Select(i => i.Position).OrderBy(p => p).Select((p, i) => p == i).All(ok => ok);
}
