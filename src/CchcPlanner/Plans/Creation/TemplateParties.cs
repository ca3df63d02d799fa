using CchcPlanner.Common;
using CchcPlanner.Units;

namespace CchcPlanner.Plans.Creation;

/// <summary>
/// Who leads what in a unit of a given kind, as a template names them in tasks and responsibilities. A school,
/// a people's committee and any other office divide the same work between differently named people and offices,
/// so a template written once reads right in each. The drafter renames them where the unit is organised otherwise.
/// </summary>
internal sealed record TemplateParties(
    string Head,
    string Deputy,
    string ReformLead,
    string Office,
    string Procedures,
    string Personnel,
    string RulesLead,
    string RulesPartner,
    string LegalEducation,
    string EvaluationPartner,
    string Finance,
    string Communication,
    string Clerk,
    string Staff,
    string Subunits,
    string SupportingBodies,
    string SupportingDuty,
    string Escalation)
{
    public static TemplateParties For(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var head = TemplateWriting.Capitalised(unit.HeadTitle.ToLower(VietnameseText.Culture));
        // A minister's deputy is a Thứ trưởng; every other head's deputy is Phó + the head's title.
        var deputy = head == "Bộ trưởng" ? "Thứ trưởng" : $"Phó {head}";
        if (unit.Category == UnitCategory.PeoplesCommittee)
        {
            return new TemplateParties(
                Head: "Chủ tịch Ủy ban nhân dân",
                Deputy: "Phó Chủ tịch Ủy ban nhân dân",
                ReformLead: "Phòng Nội vụ",
                Office: "Văn phòng HĐND và UBND",
                Procedures: "Bộ phận Một cửa",
                Personnel: "Phòng Nội vụ",
                RulesLead: "Văn phòng HĐND và UBND",
                RulesPartner: "Phòng Tư pháp",
                LegalEducation: "Phòng Tư pháp",
                EvaluationPartner: "Phòng Nội vụ",
                Finance: "Phòng Tài chính - Kế hoạch",
                Communication: "Phòng Văn hóa và Thông tin",
                Clerk: "Văn thư",
                Staff: "cán bộ, công chức, viên chức",
                Subunits: "Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân",
                SupportingBodies: "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội",
                SupportingDuty: "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia, giám sát việc thực hiện cải cách hành chính.",
                Escalation: "các cơ quan, đơn vị kịp thời phản ánh về Phòng Nội vụ để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân xem xét, giải quyết");
        }

        var isSchool = unit.Category is UnitCategory.Kindergarten or UnitCategory.PrimarySchool
            or UnitCategory.LowerSecondarySchool or UnitCategory.UpperSecondarySchool;
        var office = isSchool ? "Tổ Văn phòng" : "Bộ phận Hành chính - Tổng hợp";
        return new TemplateParties(
            Head: head,
            Deputy: deputy,
            ReformLead: deputy,
            Office: office,
            Procedures: isSchool ? "Văn thư" : "Bộ phận tiếp nhận và trả kết quả",
            Personnel: head,
            RulesLead: deputy,
            RulesPartner: "Công đoàn cơ sở",
            LegalEducation: deputy,
            EvaluationPartner: "Công đoàn cơ sở",
            Finance: "Kế toán",
            Communication: office,
            Clerk: "Văn thư",
            Staff: isSchool ? "cán bộ, giáo viên, nhân viên" : "cán bộ, công chức, viên chức, người lao động",
            Subunits: isSchool ? "Tổ trưởng chuyên môn, tổ trưởng tổ văn phòng" : "Các bộ phận, cá nhân có liên quan",
            SupportingBodies: "Công đoàn cơ sở",
            SupportingDuty: "Phối hợp tuyên truyền, vận động đoàn viên thực hiện tốt công tác cải cách hành chính; đưa kết quả thực hiện vào bình xét thi đua, khen thưởng.",
            Escalation: $"các bộ phận, cá nhân kịp thời báo cáo {head} để xem xét, giải quyết");
    }
}
