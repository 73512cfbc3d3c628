#include "receipt.h"

#include "core/residentid.h"
#include "receiptcode.h"
#include "workingdays.h"

namespace bianmin {

namespace {

// Printed documents carry one fixed language whatever translations the screen has loaded, so the receipt
// text lives here in both languages rather than in the UI's .ts files.
struct Text
{
    const char *key;
    const char *zh;
    const char *en;
};

const Text kTexts[] = {
    {"heading.submission", "受理回执", "Application Receipt"},
    {"heading.decision", "办理结果通知", "Decision Notice"},
    {"mark.reprint", "补 打", "REPRINT"},
    {"service", "办理事项", "Service"},
    {"number", "受理编号", "Case no."},
    {"submitted", "受理时间", "Submitted"},
    {"applicant", "申 请 人", "Applicant"},
    {"idnumber", "证件号码", "ID number"},
    {"channel", "办理方式", "Channel"},
    {"channel.self", "本人自助办理", "self-service"},
    {"channel.agent", "代办员代办：%1", "by clerk %1"},
    {"promised", "承诺办结", "Promised by"},
    {"promised.days", "（%1个工作日，节假日除外）", "(%1 working days, weekends and holidays excluded)"},
    {"state", "当前状态", "Status"},
    {"decision", "办理结果", "Decision"},
    {"decision.approved", "已批准", "APPROVED"},
    {"decision.completed", "已办结", "COMPLETED"},
    {"decision.rejected", "不予批准", "NOT APPROVED"},
    {"decision.needs_materials", "需补充材料", "MATERIALS NEEDED"},
    {"county.message", "县级部门意见", "The county says"},
    {"next.title", "下一步", "What happens next"},
    {"next.queued",
     "您的申请已受理，将报送县级部门审核。办理进展可扫描下方二维码或凭受理编号电话查询；办结后请凭本回执和身份证领取结果。",
     "Your application has been accepted and will be sent to the county for review. Scan the code below or call "
     "with the case number to ask how it is going; bring this receipt and your ID card to collect the result."},
    {"next.approval",
     "您的申请已受理，经村（社区）审核后报送县级部门。办理进展可扫描下方二维码或凭受理编号电话查询；办结后请凭本回执和身份证领取结果。",
     "Your application has been accepted; after the village committee signs it off it goes to the county. Scan "
     "the code below or call with the case number to ask how it is going; bring this receipt and your ID card to "
     "collect the result."},
    {"next.approved", "请携带本通知和身份证到服务中心领取办理结果。",
     "Bring this notice and your ID card to the service center to collect the result."},
    {"next.rejected", "如对结果有疑问，请携带本通知到服务中心咨询。",
     "If you have questions about this decision, bring this notice to the service center."},
    {"next.needs_materials", "请按上述意见准备材料，携带本通知和身份证到服务中心补交。",
     "Prepare the materials described above and bring them with this notice and your ID card to the service center."},
    {"qr.caption", "扫码查询  验证码 %1", "Scan to check  Code %1"},
    {"case.id", "案件号 %1", "Case id %1"},
    {"phone", "咨询电话：%1", "Questions: %1"},
    {"reprinted", "补打时间 %1", "Reprinted %1"},
    {"keep", "请妥善保管本回执", "Please keep this receipt"},
};

QString text(const char *key, const QString &language)
{
    for (const Text &t : kTexts) {
        if (qstrcmp(t.key, key) == 0)
            return QString::fromUtf8(language == QLatin1String("en") ? t.en : t.zh);
    }
    return QString::fromLatin1(key);
}

bool isDecision(CaseState s)
{
    return s == CaseState::Approved || s == CaseState::Rejected || s == CaseState::NeedsMaterials
        || s == CaseState::Completed;
}

QString decisionText(CaseState s, const QString &language)
{
    switch (s) {
    case CaseState::Approved: return text("decision.approved", language);
    case CaseState::Completed: return text("decision.completed", language);
    case CaseState::Rejected: return text("decision.rejected", language);
    case CaseState::NeedsMaterials: return text("decision.needs_materials", language);
    default: return caseStateName(s);
    }
}

} // namespace

QString receiptDateTime(const QDateTime &t, const QString &language)
{
    return t.toString(language == QLatin1String("en") ? QStringLiteral("yyyy-MM-dd HH:mm")
                                                      : QStringLiteral("yyyy年M月d日 HH:mm"));
}

QString receiptDate(QDate d, const QString &language)
{
    return d.toString(language == QLatin1String("en") ? QStringLiteral("yyyy-MM-dd ddd")
                                                      : QStringLiteral("yyyy年M月d日"));
}

Result<ReceiptData> makeReceipt(const CaseRecord &record, const ReceiptInputs &inputs, ReceiptKind kind,
                                const WorkingDayCalendar &calendar, const ReceiptCode &code)
{
    if (kind == ReceiptKind::Decision && !isDecision(record.state))
        return Error(QStringLiteral("receipt.no_decision"),
                     QStringLiteral("case %1 has no county decision yet (it is %2)")
                         .arg(record.id, caseStateName(record.state)));
    ReceiptData d;
    d.kind = kind;
    d.language = inputs.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh");
    d.centerName = inputs.centerName;
    d.centerPhone = inputs.centerPhone;
    d.serviceName = inputs.serviceName.isEmpty() ? record.serviceId : inputs.serviceName;
    d.caseId = record.id;
    d.caseNumber = ReceiptCode::caseNumber(record.id);
    d.submittedAt = record.submittedAt.isValid() ? record.submittedAt : record.createdAt;
    d.printedAt = inputs.printedAt;
    d.reprint = inputs.reprint;
    d.applicantName = record.applicant.name;
    d.maskedIdNumber = maskIdNumber(normalizeResidentId(record.applicant.idNumber));
    d.agentSubmitted = record.channel == QLatin1String("agent");
    d.clerk = inputs.clerkName.isEmpty() ? record.agent.staffId : inputs.clerkName;
    d.state = record.state;
    d.promisedWorkingDays = qMax(0, inputs.promisedWorkingDays);
    if (d.promisedWorkingDays > 0 && d.submittedAt.isValid())
        d.promisedDate = calendar.addWorkingDays(d.submittedAt.date(), d.promisedWorkingDays);
    d.countyMessage = record.countyMessage;
    d.lookup = code.lookupString(record.id);
    d.verificationCode = code.code(record.id);
    return d;
}

QList<ReceiptBlock> receiptBlocks(const ReceiptData &d)
{
    const QString &lang = d.language;
    QList<ReceiptBlock> b;
    b.append({ReceiptBlock::Title, {}, d.centerName});
    b.append({ReceiptBlock::Heading, {},
              text(d.kind == ReceiptKind::Decision ? "heading.decision" : "heading.submission", lang)});
    if (d.reprint)
        b.append({ReceiptBlock::Mark, {}, text("mark.reprint", lang)});
    b.append({ReceiptBlock::Rule, {}, {}});
    b.append({ReceiptBlock::Field, text("service", lang), d.serviceName});
    b.append({ReceiptBlock::Highlight, text("number", lang), d.caseNumber});
    b.append({ReceiptBlock::Field, text("submitted", lang), receiptDateTime(d.submittedAt, lang)});
    b.append({ReceiptBlock::Field, text("applicant", lang), d.applicantName});
    b.append({ReceiptBlock::Field, text("idnumber", lang), d.maskedIdNumber});
    if (d.kind == ReceiptKind::Submission) {
        b.append({ReceiptBlock::Field, text("channel", lang),
                  d.agentSubmitted ? text("channel.agent", lang).arg(d.clerk) : text("channel.self", lang)});
        if (d.promisedDate.isValid()) {
            b.append({ReceiptBlock::Highlight, text("promised", lang), receiptDate(d.promisedDate, lang)});
            b.append({ReceiptBlock::Field, {}, text("promised.days", lang).arg(d.promisedWorkingDays)});
        }
        b.append({ReceiptBlock::Rule, {}, {}});
        b.append({ReceiptBlock::Paragraph, text("next.title", lang),
                  text(d.state == CaseState::AwaitingApproval ? "next.approval" : "next.queued", lang)});
    } else {
        b.append({ReceiptBlock::Highlight, text("decision", lang), decisionText(d.state, lang)});
        b.append({ReceiptBlock::Rule, {}, {}});
        if (!d.countyMessage.isEmpty())
            b.append({ReceiptBlock::Paragraph, text("county.message", lang), d.countyMessage});
        const char *next = d.state == CaseState::Rejected         ? "next.rejected"
                           : d.state == CaseState::NeedsMaterials ? "next.needs_materials"
                                                                  : "next.approved";
        b.append({ReceiptBlock::Paragraph, text("next.title", lang), text(next, lang)});
    }
    b.append({ReceiptBlock::Rule, {}, {}});
    b.append({ReceiptBlock::Qr, {}, d.lookup});
    b.append({ReceiptBlock::Caption, {}, text("qr.caption", lang).arg(ReceiptCode::grouped(d.verificationCode))});
    b.append({ReceiptBlock::Caption, {}, text("case.id", lang).arg(d.caseId)});
    if (!d.centerPhone.isEmpty())
        b.append({ReceiptBlock::Caption, {}, text("phone", lang).arg(d.centerPhone)});
    if (d.reprint && d.printedAt.isValid())
        b.append({ReceiptBlock::Caption, {}, text("reprinted", lang).arg(receiptDateTime(d.printedAt, lang))});
    if (d.kind == ReceiptKind::Submission)
        b.append({ReceiptBlock::Caption, {}, text("keep", lang)});
    return b;
}

} // namespace bianmin
