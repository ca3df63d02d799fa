using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Plans;

public sealed class SignatureBlockTests
{
    [Theory]
    [InlineData("GIÁM ĐỐC")]
    [InlineData("Giám đốc")]
    [InlineData("PHÓGIÁM ĐỐC")]
    public void Constructor_DeputyWithoutDeputyTitle_Refused(string title) =>
        Assert.Throws<DomainRuleException>(() => new SignatureBlock(SignaturePrefix.Deputy, "GIÁM ĐỐC", title, "Nguyễn Văn Hiếu"));

    [Theory]
    [InlineData("PHÓ GIÁM ĐỐC")]
    [InlineData("phó giám đốc")]
    [InlineData("Phó Hiệu trưởng")]
    public void Constructor_DeputyWithDeputyTitle_Accepted(string title)
    {
        var signature = new SignatureBlock(SignaturePrefix.Deputy, "giám đốc", title.Normalize(NormalizationForm.FormD), "Nguyễn Văn Hiếu");

        Assert.Equal("KT. GIÁM ĐỐC", signature.AuthorityLine);
        Assert.StartsWith("PHÓ ", signature.Title, StringComparison.Ordinal);
        Assert.Equal(title.ToUpper(VietnameseText.Culture), signature.Title);
    }

    [Theory]
    [InlineData(SignaturePrefix.OnBehalfOf, null)]
    [InlineData(SignaturePrefix.Deputy, "")]
    [InlineData(SignaturePrefix.Acting, "  ")]
    [InlineData(SignaturePrefix.ByOrder, null)]
    [InlineData(SignaturePrefix.ByDelegation, null)]
    public void Constructor_PrefixWithoutAuthority_Refused(SignaturePrefix prefix, string? authority) =>
        Assert.Throws<DomainRuleException>(() => new SignatureBlock(prefix, authority, "PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Mai"));

    [Fact]
    public void Constructor_OnBehalfOfCommittee_ReadsTmLine()
    {
        var signature = new SignatureBlock(SignaturePrefix.OnBehalfOf, "Ủy ban nhân dân", "Chủ tịch", "Nguyễn Đình Tranh");

        Assert.Equal("TM. ỦY BAN NHÂN DÂN", signature.AuthorityLine);
        Assert.Equal("CHỦ TỊCH", signature.Title);
        Assert.Equal("Nguyễn Đình Tranh", signature.SignerName);
    }

    [Theory]
    [InlineData(SignaturePrefix.Acting, "Q. GIÁM ĐỐC")]
    [InlineData(SignaturePrefix.ByOrder, "TL. GIÁM ĐỐC")]
    [InlineData(SignaturePrefix.ByDelegation, "TUQ. GIÁM ĐỐC")]
    public void AuthorityLine_Prefix_PrintsItsAbbreviation(SignaturePrefix prefix, string expected) =>
        Assert.Equal(expected, new SignatureBlock(prefix, "Giám đốc", "Chánh Văn phòng", "Lê Thị Mai").AuthorityLine);

    [Fact]
    public void Constructor_HeadSigningHimself_HasNoAuthorityLine()
    {
        var signature = new SignatureBlock(SignaturePrefix.None, null, "hiệu trưởng", "Nguyễn Thị Lan");

        Assert.Null(signature.AuthorityLine);
        Assert.Equal("HIỆU TRƯỞNG", signature.Title);
    }

    [Fact]
    public void Constructor_DecomposedText_TitleUpperCasedNameKeptNfc()
    {
        var signature = new SignatureBlock(
            SignaturePrefix.None,
            null,
            "hiệu trưởng".Normalize(NormalizationForm.FormD),
            " Nguyễn Thị Hường ".Normalize(NormalizationForm.FormD));

        Assert.Equal("HIỆU TRƯỞNG", signature.Title);
        Assert.Equal("Nguyễn Thị Hường", signature.SignerName);
        Assert.True(signature.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("", "Nguyễn Thị Lan")]
    [InlineData("HIỆU TRƯỞNG", " ")]
    public void Constructor_TitleOrNameMissing_Refused(string title, string signerName) =>
        Assert.Throws<DomainRuleException>(() => new SignatureBlock(SignaturePrefix.None, null, title, signerName));

    [Fact]
    public void Equals_SameLines_AreEqual() =>
        Assert.Equal(
            new SignatureBlock(SignaturePrefix.OnBehalfOf, "Ủy ban nhân dân", "Chủ tịch", "Nguyễn Đình Tranh"),
            new SignatureBlock(SignaturePrefix.OnBehalfOf, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đình Tranh"));
}
