using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.LegalDocuments;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.LegalDocuments;

public sealed partial class NationalCatalogueTests
{
    private static readonly IReadOnlyList<LegalDocument> Catalogue = NationalCatalogue.Create();

    [Fact]
    public void Create_Always_HasAtLeastThirtyEntries() =>
        Assert.True(Catalogue.Count >= 30, $"Only {Catalogue.Count} entries.");

    [Fact]
    public void Create_Always_SymbolsAreUnique()
    {
        var duplicates = Catalogue.GroupBy(d => d.Symbol, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Create_CalledTwice_ReturnsNewInstances() =>
        Assert.NotSame(NationalCatalogue.Create()[0], NationalCatalogue.Create()[0]);

    [Fact]
    public void Create_EverySymbol_TypeAbbreviationMatchesType()
    {
        var mismatches = Catalogue
            .Where(d => !AbbreviationMatches(d))
            .Select(d => $"{d.Symbol} ({d.Type})");

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("76/NQ-CP", LegalDocumentType.Resolution)]
    [InlineData("19-NQ/TW", LegalDocumentType.Resolution)]
    [InlineData("131/2020/QH14", LegalDocumentType.Resolution)]
    [InlineData("52/2019/QH14", LegalDocumentType.Law)]
    [InlineData("23/CT-TTg", LegalDocumentType.Directive)]
    [InlineData("01/2018/TT-VPCP", LegalDocumentType.Circular)]
    [InlineData("876/QĐ-BNV", LegalDocumentType.Decision)]
    [InlineData("30/2020/NĐ-CP", LegalDocumentType.Decree)]
    public void Create_KnownSymbol_HasExpectedType(string symbol, LegalDocumentType expected) =>
        Assert.Equal(expected, Single(symbol).Type);

    [Fact]
    public void CitationText_Resolution76_MatchesOfficialCitation() =>
        Assert.Equal(
            "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
            Single("76/NQ-CP").CitationText);

    [Theory]
    [InlineData("23/CT-TTg", "Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về việc đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030")]
    [InlineData("04/NQ-CP", "Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước")]
    [InlineData("52/2019/QH14", "Luật số 52/2019/QH14 ngày 25/11/2019 của Quốc hội sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức")]
    public void CitationText_OtherEntries_MatchOfficialCitation(string symbol, string expected) =>
        Assert.Equal(expected, Single(symbol).CitationText);

    [Fact]
    public void Create_Decree106_HasTheDocumentsOwnDate()
    {
        // One example plan cites it with 15/9/2020 and later with 10/9/2020; the decree is dated 10/9/2020.
        Assert.Equal(new DateOnly(2020, 9, 10), Single("106/2020/NĐ-CP").IssuedOn);
    }

    [Fact]
    public void Create_AllText_IsNfc()
    {
        var notNfc = Catalogue
            .SelectMany(d => new[] { d.Symbol, d.Issuer, d.Summary, d.CitationText })
            .Where(text => !text.IsNormalized(NormalizationForm.FormC));

        Assert.Empty(notNfc);
    }

    [Fact]
    public void Create_SourceLiterals_AreNfcBeforeCleaning()
    {
        // The entity normalises on input; this guards the source file itself, so that searching it finds what users type.
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "CchcPlanner", "LegalDocuments", "NationalCatalogue.cs"));

        Assert.True(source.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Create_EverySummary_StartsLowerCaseWithoutFinalPunctuation()
    {
        var bad = Catalogue
            .Where(d => char.IsUpper(d.Summary[0]) || d.Summary.EndsWith('.') || d.Summary.EndsWith(';'))
            .Select(d => d.Symbol);

        Assert.Empty(bad);
    }

    [Fact]
    public void Create_EverySymbol_HasNoSpaces() =>
        Assert.DoesNotContain(Catalogue, d => d.Symbol.Contains(' ', StringComparison.Ordinal));

    [Fact]
    public void Create_EveryYearInSymbol_MatchesIssueYear()
    {
        var mismatches = Catalogue
            .Select(d => (Document: d, Match: YearInSymbol().Match(d.Symbol)))
            .Where(x => x.Match.Success && int.Parse(x.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != x.Document.IssuedOn.Year)
            .Select(x => x.Document.Symbol);

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Create_Always_AllEntriesInForceUntilReplacementsApplied() =>
        Assert.All(Catalogue, d => Assert.True(d.InForce));

    [Fact]
    public void Replacements_EveryPair_RefersToEntriesPresent()
    {
        var symbols = Catalogue.Select(d => d.Symbol).ToHashSet(StringComparer.Ordinal);

        Assert.All(NationalCatalogue.Replacements, pair =>
        {
            Assert.Contains(pair.Replaced, symbols);
            Assert.Contains(pair.By, symbols);
        });
    }

    [Fact]
    public void Replacements_EveryPair_ReplacementIsLater() =>
        Assert.All(NationalCatalogue.Replacements, pair =>
            Assert.True(Single(pair.By).IssuedOn > Single(pair.Replaced).IssuedOn, $"{pair.By} is not later than {pair.Replaced}."));

    [Fact]
    public void Replacements_EveryReplacedSymbol_ListedOnce()
    {
        var repeated = NationalCatalogue.Replacements.GroupBy(p => p.Replaced, StringComparer.Ordinal).Where(g => g.Count() > 1);

        Assert.Empty(repeated);
    }

    [Fact]
    public void Replacements_Applied_MarkReplacedEntriesOutOfForce()
    {
        // Ids as the database gives them: a replacement must be saved before an entry can point to it.
        var documents = NationalCatalogue.Create()
            .Select((d, i) => Persisted.WithId(d, i + 1))
            .ToDictionary(d => d.Symbol, StringComparer.Ordinal);

        foreach (var (replaced, by) in NationalCatalogue.Replacements)
        {
            documents[replaced].MarkReplacedBy(documents[by]);
        }

        Assert.False(documents["108/2014/NĐ-CP"].InForce);
        Assert.Equal(documents["29/2023/NĐ-CP"].Id, documents["108/2014/NĐ-CP"].ReplacedById);
        Assert.True(documents["76/NQ-CP"].InForce);
        Assert.True(documents["154/2025/NĐ-CP"].InForce);
    }

    private static LegalDocument Single(string symbol) => Catalogue.Single(d => d.Symbol == symbol);

    /// <summary>
    /// The type abbreviation inside a symbol: after the last '/' for state documents (<c>45/2016/QĐ-TTg</c>),
    /// after the first '-' for party documents (<c>19-NQ/TW</c>). Laws and resolutions of the National Assembly
    /// carry none: their symbol ends with the legislature (<c>52/2019/QH14</c>).
    /// </summary>
    private static bool AbbreviationMatches(LegalDocument document)
    {
        if (NationalAssemblySymbol().IsMatch(document.Symbol))
        {
            return document.Type is LegalDocumentType.Law or LegalDocumentType.Resolution;
        }

        var expected = document.Type.SymbolAbbreviation();
        var party = PartySymbol().Match(document.Symbol);
        var state = StateSymbol().Match(document.Symbol);
        var actual = party.Success ? party.Groups[1].Value : state.Success ? state.Groups[1].Value : null;
        return expected is not null && string.Equals(expected, actual, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CchcPlanner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"^\d+/\d{4}/QH\d+$")]
    private static partial Regex NationalAssemblySymbol();

    [GeneratedRegex(@"^\d+-([^/]+)/[^/]+$")]
    private static partial Regex PartySymbol();

    [GeneratedRegex(@"^\d+(?:/\d{4})?/([^/-]+)-[^/]+$")]
    private static partial Regex StateSymbol();

    [GeneratedRegex(@"^\d+/(\d{4})/")]
    private static partial Regex YearInSymbol();
}
