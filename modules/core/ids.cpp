#include "ids.h"

#include <QRegularExpression>
#include <QUuid>

namespace bianmin {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(id).hasMatch();
}

} // namespace bianmin
