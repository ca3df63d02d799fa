using System.Text;
using CchcPlanner.Plans;

namespace CchcPlanner.Tests.Data.Demo;

/// <summary>Every piece of text a reader of a plan sees, to check them all at once.</summary>
internal static class PlanTexts
{
    public static IReadOnlyList<string> All(Plan plan)
    {
        IEnumerable<string?> texts =
        [
            plan.Title, plan.Place, plan.LeadIn, plan.Closing,
            .. plan.LegalBases.Select(b => b.CitationText),
            .. plan.Sections.SelectMany(s => s.Items.Select(i => i.Text).Prepend(s.Heading)),
            .. plan.Kpis.SelectMany(k => new[] { k.Text, k.Unit, k.Group }),
            .. plan.Tasks.SelectMany(t => new[] { t.Group, t.Content, t.Details, t.LeadUnit, t.CoordinatingUnits, t.Product }),
            .. plan.ReportingDeadlines.SelectMany(d => new[] { d.Name, d.ReceivingUnit }),
            .. plan.Responsibilities.SelectMany(r => new[] { r.Party, r.Duties }),
            .. plan.Recipients.Select(r => r.Name),
            plan.Signature?.Authority, plan.Signature?.Title, plan.Signature?.SignerName,
        ];
        return texts.OfType<string>().Where(t => t.Length > 0).ToList();
    }

    /// <summary>The texts that hold one entry per line; every other text is a single line.</summary>
    public static IReadOnlyList<string> SingleLine(Plan plan) =>
        All(plan).Except(plan.Tasks.Select(t => t.Details).Concat(plan.Responsibilities.Select(r => r.Duties)).OfType<string>()).ToList();

    /// <summary>
    /// The text is NFC and free of the PDF-extraction artefacts of the example files: broken lines, doubled spaces,
    /// Markdown emphasis, a stray "- +", and the misspellings the extraction produced.
    /// </summary>
    public static void AssertClean(Plan plan)
    {
        foreach (var text in All(plan))
        {
            Assert.True(text.IsNormalized(NormalizationForm.FormC), $"Not NFC: {text}");
            Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("*", text, StringComparison.Ordinal);
            Assert.DoesNotContain("- +", text, StringComparison.Ordinal);
            Assert.DoesNotContain("duyet", text, StringComparison.Ordinal);
            Assert.DoesNotContain("phân hời", text, StringComparison.Ordinal);
            Assert.DoesNotContain("nền tăng", text, StringComparison.Ordinal);
        }

        Assert.All(SingleLine(plan), text => Assert.DoesNotContain("\n", text, StringComparison.Ordinal));
    }
}
