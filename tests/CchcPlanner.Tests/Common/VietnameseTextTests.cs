using System.Text;
using CchcPlanner.Common;

namespace CchcPlanner.Tests.Common;

public sealed class VietnameseTextTests
{
    [Fact]
    public void Clean_DecomposedText_ReturnsNfcTrimmed()
    {
        const string Composed = "Trường mầm non Tuổi Hồng";
        var decomposed = "  " + Composed.Normalize(NormalizationForm.FormD) + "\t";
        Assert.NotEqual(Composed, decomposed.Trim());

        var cleaned = VietnameseText.Clean(decomposed);

        Assert.Equal(Composed, cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Clean_NothingGiven_ReturnsEmpty(string? text) => Assert.Equal(string.Empty, VietnameseText.Clean(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void CleanOrNull_NothingGiven_ReturnsNull(string? text) => Assert.Null(VietnameseText.CleanOrNull(text));

    [Theory]
    [InlineData("hiệu trưởng", "HIỆU TRƯỞNG")]
    [InlineData("phó giám đốc", "PHÓ GIÁM ĐỐC")]
    [InlineData("Ủy ban nhân dân quận 1", "ỦY BAN NHÂN DÂN QUẬN 1")]
    public void Upper_VietnameseText_UpperCasesEveryLetter(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Upper(text));
        Assert.Equal(expected, VietnameseText.Upper(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Required_Blank_RefusedNamingTheField()
    {
        var error = Assert.Throws<DomainRuleException>(() => VietnameseText.Required("  ", "Trích yếu"));

        Assert.Equal("Trích yếu không được để trống.", error.Message);
    }

    [Fact]
    public void Compare_Names_SortsAsAVietnameseReaderExpects()
    {
        string[] names = ["Đông", "Dương", "Ân", "An", "Bình", "Ă"];

        var sorted = names.Order(VietnameseText.Comparer).ToArray();

        Assert.Equal(["An", "Ă", "Ân", "Bình", "Dương", "Đông"], sorted);
        Assert.Equal(sorted, names.Order(Comparer<string>.Create(VietnameseText.Compare)));
    }

    [Fact]
    public void Compare_Alphabet_FollowsTheVietnameseAlphabet()
    {
        string[] alphabet =
        [
            "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
            "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y",
        ];
        var shuffled = alphabet.Reverse().Select((letter, i) => i % 2 == 0 ? letter.ToUpperInvariant() : letter).ToArray();

        var sorted = shuffled.Order(VietnameseText.Comparer).Select(l => l.ToLowerInvariant());

        Assert.Equal(alphabet, sorted);
    }

    [Fact]
    public void Compare_Tones_WeighLessThanLetters()
    {
        string[] names = ["Lan", "Lá", "Lâm", "Là"];

        var sorted = names.Order(VietnameseText.Comparer).ToArray();

        Assert.Equal(["Là", "Lá", "Lan", "Lâm"], sorted);
    }

    [Fact]
    public void Compare_DecomposedAndComposedSameName_AreEqual()
    {
        const string Name = "Nguyễn Thị Hường";

        Assert.Equal(0, VietnameseText.Compare(Name, Name.Normalize(NormalizationForm.FormD)));
        Assert.Equal(0, VietnameseText.Compare(Name, Name.ToUpper(VietnameseText.Culture)));
    }
}
