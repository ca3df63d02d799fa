using System.Text;
using CchcPlanner.Data;

namespace CchcPlanner.Tests.Data;

public sealed class CollationsTests
{
    [Theory]
    [InlineData("a", "A")]
    [InlineData("Đông", "đông")]
    [InlineData("An", "An ")]
    [InlineData("Lan", "Lan\u200B")]
    public void Compare_DistinctStrings_NeverEqual(string left, string right)
    {
        Assert.NotEqual(0, Collations.Compare(left, right));
        Assert.Equal(-Math.Sign(Collations.Compare(left, right)), Math.Sign(Collations.Compare(right, left)));
    }

    [Fact]
    public void Compare_DecomposedAndComposed_NeverEqualAndAntisymmetric()
    {
        const string Composed = "Trường";
        var decomposed = Composed.Normalize(NormalizationForm.FormD);

        Assert.NotEqual(0, Collations.Compare(Composed, decomposed));
        Assert.Equal(-Math.Sign(Collations.Compare(Composed, decomposed)), Math.Sign(Collations.Compare(decomposed, Composed)));
    }

    [Fact]
    public void Compare_SameString_IsEqual()
    {
        Assert.Equal(0, Collations.Compare("Nguyễn Văn An", "Nguyễn Văn An"));
        Assert.Equal(0, Collations.Compare(null, null));
    }

    [Fact]
    public void Compare_Names_SortsAsAVietnameseReaderExpects()
    {
        string[] names = ["Đông", "Dương", "Ân", "An", "Bình", "Ă"];

        var sorted = names.Order(Comparer<string>.Create(Collations.Compare));

        Assert.Equal(["An", "Ă", "Ân", "Bình", "Dương", "Đông"], sorted);
    }

    [Fact]
    public void Compare_SortingTwice_GivesTheSameOrder()
    {
        string[] names = ["an", "An", "AN", "Ân", "ân", "Trường", "Trường".Normalize(NormalizationForm.FormD), "trường"];
        var comparer = Comparer<string>.Create(Collations.Compare);

        var once = names.Order(comparer).ToArray();
        var again = names.Reverse().Order(comparer).ToArray();

        Assert.Equal(once, again);
    }
}
