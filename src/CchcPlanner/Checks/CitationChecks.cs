using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Checks;

/// <summary>
/// <c>incomplete-citation-date</c>: a date left blank (<c>ngày   tháng 3 năm 2023</c>), or a document cited without
/// a date anywhere in the plan — a warning in the legal bases, where the date is required, a note in running text.
/// </summary>
internal sealed class IncompleteCitationDateCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        var dated = input.Citations.Where(c => c.Citation.IssuedOn is not null).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cited in input.Citations)
        {
            var citation = cited.Citation;
            if (citation.HasBlankDate)
            {
                findings.Add(
                    CheckCodes.IncompleteCitationDate,
                    FindingSeverity.Warning,
                    $"Ngày ban hành của {cited.Name} chưa ghi đủ: “{citation.DateText}”.{Hint(input, citation)}",
                    cited.Subject,
                    cited.Quote,
                    citation.Index);
            }
            else if (citation.DateText is null && !dated.Contains(cited.Key) && reported.Add(cited.Key))
            {
                findings.Add(
                    CheckCodes.IncompleteCitationDate,
                    cited.InLegalBasis ? FindingSeverity.Warning : FindingSeverity.Info,
                    $"{cited.Name} được viện dẫn mà không ghi ngày ban hành.{Hint(input, citation)}",
                    cited.Subject,
                    cited.Quote,
                    citation.Index);
            }
        }
    }

    private static string Hint(CheckInput input, TextCitation citation) =>
        input.Context.Catalogue?.Find(citation.Symbol, citation.Issuer) is { } known
            ? $" Theo danh mục văn bản: ngày {Dates.Text(known.IssuedOn)}."
            : string.Empty;
}

/// <summary>
/// <c>citation-date-conflict</c>: one symbol cited with two dates (Nghị định 106/2020/NĐ-CP of 15/9/2020 and of
/// 10/9/2020), a date the catalogue contradicts, or a date whose year is not the year written in the symbol.
/// </summary>
internal sealed class CitationDateConflictCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        var dated = input.Citations.Where(c => c.Citation.IssuedOn is not null).ToList();
        foreach (var group in dated.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var issuer = list.Select(c => c.Citation.Issuer).FirstOrDefault(i => i is not null);
            if (input.Context.Catalogue?.Find(list[0].Citation.Symbol, issuer) is { } known)
            {
                AgainstCatalogue(list, known, findings);
            }
            else
            {
                AgainstFirst(list, findings);
            }
        }

        foreach (var cited in dated)
        {
            if (SymbolRules.YearProblem(cited.Citation.Symbol, cited.Citation.IssuedOn!.Value) is { } problem)
            {
                findings.Add(CheckCodes.CitationDateConflict, FindingSeverity.Error, $"{cited.Name} ghi ngày {Dates.Text(cited.Citation.IssuedOn!.Value)}: {Dates.LowerFirst(problem)}", cited.Subject, cited.Quote, cited.Citation.Index);
            }
        }
    }

    private static void AgainstCatalogue(List<CitedDocument> list, LegalDocument known, FindingList findings)
    {
        var right = list.FirstOrDefault(c => c.Citation.IssuedOn == known.IssuedOn);
        foreach (var cited in list.Where(c => c.Citation.IssuedOn != known.IssuedOn && Issuers.Compatible(c.Citation.Issuer, known.Issuer)))
        {
            var elsewhere = right is null ? string.Empty : $"; {Subjects.Describe(right.Subject)} ghi đúng ngày này";
            findings.Add(
                CheckCodes.CitationDateConflict,
                FindingSeverity.Error,
                $"{cited.Name} ghi ngày {Dates.Text(cited.Citation.IssuedOn!.Value)}, nhưng theo danh mục văn bản ngày ban hành là {Dates.Text(known.IssuedOn)}{elsewhere}.",
                cited.Subject,
                cited.Quote,
                cited.Citation.Index);
        }
    }

    private static void AgainstFirst(List<CitedDocument> list, FindingList findings)
    {
        var first = list[0];
        foreach (var cited in list.Skip(1).Where(c => c.Citation.IssuedOn != first.Citation.IssuedOn && Issuers.Compatible(c.Citation.Issuer, first.Citation.Issuer)))
        {
            findings.Add(
                CheckCodes.CitationDateConflict,
                FindingSeverity.Error,
                $"{cited.Name} được trích dẫn với hai ngày khác nhau: {Dates.Text(first.Citation.IssuedOn!.Value)} ({Subjects.Describe(first.Subject)}) "
                + $"và {Dates.Text(cited.Citation.IssuedOn!.Value)} (ở đây). Chỉ một ngày là đúng; hãy đối chiếu với văn bản gốc.",
                cited.Subject,
                cited.Quote,
                cited.Citation.Index);
        }
    }
}

/// <summary><c>citation-type-mismatch</c>: <c>Kế hoạch số 4707/QĐ-UBND</c> — the rules of <see cref="SymbolRules.TypeProblem"/>.</summary>
internal sealed class CitationTypeMismatchCheck : IPlanCheck
{
    public void Run(CheckInput input, FindingList findings)
    {
        foreach (var cited in input.Citations)
        {
            if (cited.Citation.Type is { } type && SymbolRules.TypeProblem(type, cited.Citation.Symbol) is { } problem)
            {
                findings.Add(CheckCodes.CitationTypeMismatch, FindingSeverity.Error, problem, cited.Subject, cited.Quote, cited.Citation.Index);
            }
        }
    }
}
