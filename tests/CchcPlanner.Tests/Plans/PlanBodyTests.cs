using System.Text;
using CchcPlanner.Common;
using CchcPlanner.Plans;
using CchcPlanner.Tests.Common;

namespace CchcPlanner.Tests.Plans;

public sealed class PlanBodyTests
{
    [Fact]
    public void AddLegalBasis_Several_KeepsTheOrderAdded()
    {
        var plan = PlanWithLegalBases("A", "B", "C");

        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "A", "B", "C");
    }

    [Fact]
    public void MoveLegalBasis_UpThenDown_PutsItWhereAsked()
    {
        var plan = PlanWithLegalBases("A", "B", "C", "D");

        plan.MoveLegalBasis(plan.LegalBases[3], 1);
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "A", "D", "B", "C");

        plan.MoveLegalBasis(plan.LegalBases[0], 3);
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "D", "B", "C", "A");

        plan.MoveLegalBasis(plan.LegalBases[2], 0);
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "C", "D", "B", "A");
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void RemoveLegalBasis_FromTheMiddle_ClosesTheGap()
    {
        var plan = PlanWithLegalBases("A", "B", "C", "D");

        plan.RemoveLegalBasis(plan.LegalBases[1]);
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "A", "C", "D");

        var added = plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, "E");
        Assert.Equal(3, added.Position);
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "A", "C", "D", "E");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(10)]
    public void MoveLegalBasis_BeyondTheList_Refused(int newPosition)
    {
        var plan = PlanWithLegalBases("A", "B", "C");

        Assert.Throws<DomainRuleException>(() => plan.MoveLegalBasis(plan.LegalBases[1], newPosition));
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "A", "B", "C");
    }

    [Fact]
    public void RemoveLegalBasis_OfAnotherPlan_Refused()
    {
        var plan = PlanWithLegalBases("A", "B");
        var other = PlanWithLegalBases("X");

        Assert.Throws<DomainRuleException>(() => plan.RemoveLegalBasis(other.LegalBases[0]));
        Assert.Throws<DomainRuleException>(() => plan.MoveLegalBasis(other.LegalBases[0], 0));
        PositionAssert.InOrder(plan.LegalBases, b => b.CitationText, "A", "B");
        Assert.Single(other.LegalBases);
    }

    [Fact]
    public void AddSection_DecomposedHeading_StoredNfcUpperCased()
    {
        var plan = TestPlans.Draft();

        var section = plan.AddSection(SectionKind.Objectives, " mục đích, yêu cầu ".Normalize(NormalizationForm.FormD));

        Assert.Equal("MỤC ĐÍCH, YÊU CẦU", section.Heading);
    }

    [Fact]
    public void MoveSectionAndRemoveSection_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        plan.AddSection(SectionKind.Objectives, "Mục đích, yêu cầu");
        plan.AddSection(SectionKind.Kpis, "Chỉ tiêu");
        plan.AddSection(SectionKind.Tasks, "Nhiệm vụ");
        plan.AddSection(SectionKind.Reporting, "Chế độ báo cáo");

        plan.MoveSection(plan.Sections[2], 0);
        PositionAssert.InOrder(plan.Sections, s => s.Heading, "NHIỆM VỤ", "MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU", "CHẾ ĐỘ BÁO CÁO");

        plan.MoveSection(plan.Sections[0], 2);
        PositionAssert.InOrder(plan.Sections, s => s.Heading, "MỤC ĐÍCH, YÊU CẦU", "CHỈ TIÊU", "NHIỆM VỤ", "CHẾ ĐỘ BÁO CÁO");

        plan.RemoveSection(plan.Sections[1]);
        PositionAssert.InOrder(plan.Sections, s => s.Heading, "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "CHẾ ĐỘ BÁO CÁO");
        Assert.Throws<DomainRuleException>(() => plan.MoveSection(plan.Sections[0], 3));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void RemoveSection_OfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        plan.AddSection(SectionKind.Objectives, "Mục đích");
        var foreign = TestPlans.Draft().AddSection(SectionKind.Tasks, "Nhiệm vụ");

        Assert.Throws<DomainRuleException>(() => plan.RemoveSection(foreign));
        Assert.Single(plan.Sections);
    }

    [Fact]
    public void ChangeSection_BlankHeading_RefusedAndKeepsTheSection()
    {
        var plan = TestPlans.Draft();
        var section = plan.AddSection(SectionKind.Objectives, "Mục đích");

        Assert.Throws<DomainRuleException>(() => plan.ChangeSection(section, SectionKind.Tasks, " "));

        Assert.Equal(SectionKind.Objectives, section.Kind);
        Assert.Equal("MỤC ĐÍCH", section.Heading);
    }

    [Fact]
    public void SectionOf_TwoOfAKind_ReturnsTheFirstInOrder()
    {
        var plan = TestPlans.Draft();
        var first = plan.AddSection(SectionKind.Tasks, "Nhiệm vụ trọng tâm");
        var second = plan.AddSection(SectionKind.Tasks, "Nhiệm vụ khác");

        Assert.Same(first, plan.SectionOf(SectionKind.Tasks));

        plan.MoveSection(second, 0);

        Assert.Same(second, plan.SectionOf(SectionKind.Tasks));
        Assert.Null(plan.SectionOf(SectionKind.Budget));
    }

    [Fact]
    public void MoveItemAndRemoveItem_UpDownAndMiddle_KeepOrderAndPositions()
    {
        var plan = TestPlans.Draft();
        var section = plan.AddSection(SectionKind.Objectives, "Mục đích, yêu cầu");
        plan.AddItem(section, ItemStyle.Heading, "Mục đích");
        plan.AddItem(section, ItemStyle.Bullet, "Nâng cao nhận thức");
        plan.AddItem(section, ItemStyle.Heading, "Yêu cầu");
        plan.AddItem(section, ItemStyle.Bullet, "Bám sát kế hoạch của cấp trên");

        plan.MoveItem(section, section.Items[3], 2);
        PositionAssert.InOrder(section.Items, i => i.Text, "Mục đích", "Nâng cao nhận thức", "Bám sát kế hoạch của cấp trên", "Yêu cầu");

        plan.MoveItem(section, section.Items[1], 3);
        PositionAssert.InOrder(section.Items, i => i.Text, "Mục đích", "Bám sát kế hoạch của cấp trên", "Yêu cầu", "Nâng cao nhận thức");

        plan.RemoveItem(section, section.Items[1]);
        PositionAssert.InOrder(section.Items, i => i.Text, "Mục đích", "Yêu cầu", "Nâng cao nhận thức");
        Assert.Throws<DomainRuleException>(() => plan.MoveItem(section, section.Items[0], 3));
        Assert.True(plan.PositionsAreContiguous);
    }

    [Fact]
    public void RemoveItem_OfAnotherSection_Refused()
    {
        var plan = TestPlans.Draft();
        var objectives = plan.AddSection(SectionKind.Objectives, "Mục đích");
        var tasks = plan.AddSection(SectionKind.Tasks, "Nhiệm vụ");
        var item = plan.AddItem(objectives, ItemStyle.Bullet, "Nâng cao nhận thức");

        Assert.Throws<DomainRuleException>(() => plan.RemoveItem(tasks, item));
        Assert.Throws<DomainRuleException>(() => plan.ChangeItem(tasks, item, ItemStyle.Paragraph, "Khác"));
        Assert.Single(objectives.Items);
        Assert.Equal("Nâng cao nhận thức", item.Text);
    }

    [Fact]
    public void AddItem_SectionOfAnotherPlan_Refused()
    {
        var plan = TestPlans.Draft();
        var foreign = TestPlans.Draft().AddSection(SectionKind.Objectives, "Mục đích");

        Assert.Throws<DomainRuleException>(() => plan.AddItem(foreign, ItemStyle.Bullet, "Nội dung"));
        Assert.Empty(foreign.Items);
    }

    [Fact]
    public void ChangeItem_DecomposedText_StoredNfc()
    {
        var plan = TestPlans.Draft();
        var section = plan.AddSection(SectionKind.Objectives, "Mục đích");
        var item = plan.AddItem(section, ItemStyle.Bullet, "Nội dung");

        plan.ChangeItem(section, item, ItemStyle.SubBullet, "Tuyên truyền về cải cách hành chính".Normalize(NormalizationForm.FormD));

        Assert.Equal(ItemStyle.SubBullet, item.Style);
        Assert.Equal("Tuyên truyền về cải cách hành chính", item.Text);
    }

    private static Plan PlanWithLegalBases(params string[] citations)
    {
        var plan = TestPlans.Draft();
        foreach (var citation in citations)
        {
            plan.AddLegalBasis(LegalBasisVerb.BasedOn, null, citation);
        }

        return plan;
    }
}
