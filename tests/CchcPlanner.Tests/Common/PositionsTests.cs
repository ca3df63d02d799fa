using CchcPlanner.Common;

namespace CchcPlanner.Tests.Common;

public sealed class PositionsTests
{
    [Fact]
    public void Move_ToEveryPlace_KeepsPositionsContiguous()
    {
        for (var to = 0; to < 4; to++)
        {
            var items = Items("a", "b", "c", "d");
            var moved = items[1];

            Positions.Move(items, moved, to);

            Assert.True(Positions.AreContiguous(items));
            Assert.Equal(to, moved.Position);
            Assert.Equal(to, Positions.Ordered(items).ToList().IndexOf(moved));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Move_OutsideTheList_Refused(int newPosition)
    {
        var items = Items("a", "b", "c");

        Assert.Throws<DomainRuleException>(() => Positions.Move(items, items[0], newPosition));
        PositionAssert.InOrder(Positions.Ordered(items), i => i.Name, "a", "b", "c");
    }

    [Fact]
    public void Remove_ItemNotInTheList_Refused()
    {
        var items = Items("a", "b");
        var stranger = Items("x")[0];

        Assert.Throws<DomainRuleException>(() => Positions.Remove(items, stranger));
    }

    [Fact]
    public void Remove_FromTheMiddle_ClosesTheGap()
    {
        var items = Items("a", "b", "c", "d");

        Positions.Remove(items, items[1]);

        PositionAssert.InOrder(Positions.Ordered(items), i => i.Name, "a", "c", "d");
    }

    [Fact]
    public void AreContiguous_Gap_IsFalse()
    {
        var items = Items("a", "b");
        ((IPositioned)items[1]).SetPosition(2);

        Assert.False(Positions.AreContiguous(items));
    }

    private static List<Item> Items(params string[] names)
    {
        var items = new List<Item>();
        foreach (var name in names)
        {
            Positions.Append(items, new Item(name));
        }

        return items;
    }

    private sealed class Item(string name) : IPositioned
    {
        public string Name { get; } = name;

        public int Position { get; private set; }

        void IPositioned.SetPosition(int position) => Position = position;
    }
}
