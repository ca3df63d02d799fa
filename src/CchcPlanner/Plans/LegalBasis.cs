using CchcPlanner.Common;
using CchcPlanner.LegalDocuments;

namespace CchcPlanner.Plans;

/// <summary>How a legal basis is introduced.</summary>
public enum LegalBasisVerb
{
    /// <summary><c>Căn cứ</c>: a document the plan rests on.</summary>
    BasedOn = 0,

    /// <summary><c>Thực hiện</c>: a document the plan carries out.</summary>
    Implementing = 1,
}

/// <summary>
/// One citation in the plan's legal bases. It points at a catalogue entry, or holds its own text
/// for a document not (yet) in the catalogue.
/// </summary>
public sealed class LegalBasis : IPositioned
{
    private LegalBasis()
    {
    }

    internal LegalBasis(LegalBasisVerb verb, LegalDocument? document, string? customText)
    {
        Change(verb, document, customText);
    }

    public int Id { get; private set; }

    public int PlanId { get; private set; }

    public int Position { get; private set; }

    public LegalBasisVerb Verb { get; private set; }

    public int? LegalDocumentId { get; private set; }

    public LegalDocument? LegalDocument { get; private set; }

    /// <summary>The citation typed by hand when it is not from the catalogue.</summary>
    public string? CustomText { get; private set; }

    /// <summary>The citation without its verb and final punctuation.</summary>
    public string CitationText => CustomText ?? LegalDocument?.CitationText ?? string.Empty;

    public string VerbText => Verb == LegalBasisVerb.BasedOn ? "Căn cứ" : "Thực hiện";

    internal void Change(LegalBasisVerb verb, LegalDocument? document, string? customText)
    {
        var text = VietnameseText.CleanOrNull(customText)?.TrimEnd(';', '.', ' ');
        if (document is null && string.IsNullOrEmpty(text))
        {
            throw new DomainRuleException("Căn cứ pháp lý phải chọn một văn bản trong danh mục hoặc nhập nội dung trích dẫn.");
        }

        Verb = verb;
        LegalDocument = document;
        LegalDocumentId = document?.Id;
        CustomText = document is null ? text : null;
    }

    void IPositioned.SetPosition(int position) => Position = position;
}
