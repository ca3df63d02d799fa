using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CchcPlanner.Common;

namespace CchcPlanner.LegalDocuments;

/// <summary>What a number and symbol says about its document: <c>45/2016/QĐ-TTg</c> is a decision of 2016.</summary>
/// <param name="Abbreviation">The type abbreviation (<c>QĐ</c>), or null: a công văn (<c>2139/UBND-NV</c>) and a law carry none.</param>
/// <param name="IsParty">A party document, the type before the slash: <c>17-CT/TU</c>.</param>
/// <param name="IsNationalAssembly">A law or resolution of the National Assembly or its Standing Committee: <c>52/2019/QH14</c>.</param>
public sealed record SymbolParts(string Number, int? Year, string? Abbreviation, bool IsParty, bool IsNationalAssembly);

/// <summary>
/// The form of a number and symbol and how it agrees with the document's type (Nghị định 30/2020/NĐ-CP, Phụ lục III;
/// Hướng dẫn 36-HD/VPTW for party documents). Pure, so that the catalogue and the plan checker apply the same rules.
/// </summary>
public static partial class SymbolRules
{
    public const string FormMessage =
        "Số, ký hiệu phải có dạng số/ký hiệu, không có khoảng trắng, ví dụ 76/NQ-CP, 45/2016/QĐ-TTg, 2139/UBND-NV hoặc 17-CT/TU.";

    /// <summary>
    /// Cleans what a user typed: NFC, no spaces, typographic dashes as '-', the type abbreviation in its official case
    /// (<c>nq</c> → <c>NQ</c>, <c>ctr</c> → <c>CTr</c>, <c>ND</c> typed without Đ → <c>NĐ</c>), a body typed all in lower
    /// case in upper case (<c>ubnd</c> → <c>UBND</c>, <c>ttg</c> → <c>TTg</c>). Anything else is kept as typed.
    /// </summary>
    public static string Normalise(string? symbol)
    {
        var text = new StringBuilder();
        foreach (var c in VietnameseText.Clean(symbol))
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c is '‐' or '‑' or '‒' or '–' or '—' or '−' ? '-' : c is '／' ? '/' : c);
            }
        }

        var tokens = Separators().Split(text.ToString());
        var typeIndex = TypeTokenIndex(tokens);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Any(char.IsLetter))
            {
                tokens[i] = i == typeIndex && SymbolAbbreviations.Find(tokens[i]) is { } known ? known.Text : BodyCase(tokens[i]);
            }
        }

        return string.Concat(tokens);
    }

    /// <summary>The parts of a symbol in one of the official forms, or null when it is in none.</summary>
    public static SymbolParts? Parse(string? symbol)
    {
        var normalised = Normalise(symbol);
        if (PartyForm().Match(normalised) is { Success: true } party)
        {
            var type = SymbolAbbreviations.Find(party.Groups["type"].Value)?.Text;
            return new SymbolParts(party.Groups["number"].Value, null, type, IsParty: true, IsNationalAssembly: false);
        }

        if (StateForm().Match(normalised) is not { Success: true } state)
        {
            return null;
        }

        var head = state.Groups["head"].Value;
        int? year = state.Groups["year"].Success ? int.Parse(state.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var assembly = NationalAssembly().IsMatch(head);
        var abbreviation = assembly ? null : SymbolAbbreviations.Find(head)?.Text;

        // "12/KH" names a type but no issuing body: not a symbol.
        return abbreviation is not null && !state.Groups["body"].Success
            ? null
            : new SymbolParts(state.Groups["number"].Value, year, abbreviation, IsParty: false, assembly);
    }

    /// <summary>Why the symbol is not in an official form, or null when it is.</summary>
    public static string? FormProblem(string? symbol)
    {
        if (VietnameseText.Clean(symbol).Length == 0)
        {
            return "Số, ký hiệu không được để trống.";
        }

        return Parse(symbol) is null ? FormMessage : null;
    }

    /// <summary>
    /// Why the type does not agree with the symbol (<c>Kế hoạch số 4707/QĐ-UBND</c>), or null when it does or the
    /// symbol is not in an official form (<see cref="FormProblem"/> says so). <see cref="LegalDocumentType.Other"/> fits any symbol.
    /// </summary>
    public static string? TypeProblem(LegalDocumentType type, string? symbol)
    {
        if (type == LegalDocumentType.Other || Parse(symbol) is not { } parts)
        {
            return null;
        }

        var shown = Normalise(symbol);
        var name = type.ToVietnamese();
        if (parts.IsNationalAssembly)
        {
            return type is LegalDocumentType.Law or LegalDocumentType.Resolution
                ? null
                : $"Loại văn bản không khớp với ký hiệu: {shown} là ký hiệu của Luật hoặc Nghị quyết của Quốc hội, không phải {name}.";
        }

        if (type == LegalDocumentType.Law)
        {
            return $"Loại văn bản không khớp với ký hiệu: Luật có ký hiệu dạng số/năm/QH và khóa Quốc hội, ví dụ 52/2019/QH14; {shown} không phải ký hiệu của Luật.";
        }

        if (parts.Abbreviation is not { } abbreviation)
        {
            // A state symbol without a type abbreviation is a công văn's, and only a công văn's.
            return type == LegalDocumentType.OfficialLetter && !parts.IsParty ? null
                : parts.IsParty ? $"Loại văn bản không khớp với ký hiệu: {shown} không có chữ viết tắt {type.SymbolAbbreviation() ?? "CV"} của {name}."
                : $"Loại văn bản không khớp với ký hiệu: {shown} không có chữ viết tắt {type.SymbolAbbreviation()} của {name}; nếu đây là công văn, hãy chọn loại Công văn.";
        }

        var known = SymbolAbbreviations.Find(abbreviation)!;
        if (known.Types.Contains(type))
        {
            return null;
        }

        return type == LegalDocumentType.OfficialLetter && !parts.IsParty
            ? $"Loại văn bản không khớp với ký hiệu: công văn không có chữ viết tắt tên loại (ví dụ 2139/UBND-NV), còn {shown} là ký hiệu của {known.Name} ({known.Text})."
            : $"Loại văn bản không khớp với ký hiệu: {shown} là ký hiệu của {known.Name} ({known.Text}), không phải {name}.";
    }

    /// <summary>Why the year written in the symbol (<c>45/2020/NĐ-CP</c>) is not the year of issue, or null.</summary>
    public static string? YearProblem(string? symbol, DateOnly issuedOn) =>
        Parse(symbol) is { Year: { } year } && year != issuedOn.Year
            ? $"Năm trong ký hiệu ({year.ToString(CultureInfo.InvariantCulture)}) khác năm ban hành ({issuedOn.Year.ToString(CultureInfo.InvariantCulture)})."
            : null;

    /// <summary>The one type the symbol points to, to preselect it; null when it fits several (QH, CTr) or none.</summary>
    public static LegalDocumentType? TypeOf(string? symbol) => Parse(symbol) switch
    {
        null or { IsNationalAssembly: true } => null,
        { Abbreviation: null, IsParty: false } => LegalDocumentType.OfficialLetter,
        { Abbreviation: { } a } => SymbolAbbreviations.Find(a) is { Types: [var only] } ? only : null,
        _ => null,
    };

    /// <summary>The index of the token holding the type: after the first '-' of a party symbol, after the last leading number otherwise.</summary>
    private static int TypeTokenIndex(string[] tokens)
    {
        // Tokens alternate: value, separator, value… ("45", "/", "2016", "/", "QĐ", "-", "TTg").
        if (tokens.Length >= 3 && tokens[1] == "-" && tokens[0].All(char.IsAsciiDigit))
        {
            return 2;
        }

        var index = 0;
        while (index + 2 < tokens.Length && tokens[index].All(char.IsAsciiDigit) && tokens[index + 1] == "/")
        {
            index += 2;
        }

        return index;
    }

    private static string BodyCase(string token)
    {
        if (string.Equals(token, "TTg", StringComparison.OrdinalIgnoreCase))
        {
            return "TTg";
        }

        return token.Any(char.IsUpper) ? token : token.ToUpper(VietnameseText.Culture);
    }

    [GeneratedRegex("([/-])")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?<number>\d+)-(?<type>\p{L}+)/[\p{L}\d&]+(?:\.[\p{L}\d&]+)*(?:-[\p{L}\d&]+(?:\.[\p{L}\d&]+)*)*$")]
    private static partial Regex PartyForm();

    [GeneratedRegex(@"^(?<number>\d+)(?:/(?<year>\d{4}))?/(?<head>(?=[\p{L}\d&]*\p{L})[\p{L}\d&]+)(?<body>(?:-[\p{L}\d&]+(?:\.[\p{L}\d&]+)*)+)?$")]
    private static partial Regex StateForm();

    [GeneratedRegex(@"^(UBTV)?QH\d+$")]
    private static partial Regex NationalAssembly();
}
