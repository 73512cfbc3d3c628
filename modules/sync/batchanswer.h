// The county's answer to POST /api/v1/cases/batch (PROTOCOL.md), as the list of per-case results the kiosk acts
// on. Read straight from the bytes when the answer is plain (ASCII strings, the members PROTOCOL.md names), which
// is every answer of a healthy batch; anything else goes through QJsonDocument, so both read the same answer the
// same way. A batch answer is 500 small objects: building a QJsonDocument of them and asking it for each member
// by name cost more than storing the results.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bianmin {

/** One member of `results`; a member that is absent or not a string reads as empty (as QJsonValue::toString). */
struct BatchResult
{
    QString id;
    QString outcome;
    QString countyRef;
    QString message;
    QString status;
    QStringList missing;

    bool operator==(const BatchResult &) const = default;
};

/** The `results` of a batch answer, in the county's order; empty when the body is not a JSON object with a
 *  `results` array (the caller then treats every case as unanswered). */
QList<BatchResult> parseBatchAnswer(const QByteArray &body);

namespace detail {
/** The same through QJsonDocument only (what parseBatchAnswer falls back to; tests compare the two). */
QList<BatchResult> parseBatchAnswerWithQJson(const QByteArray &body);
}

} // namespace bianmin
