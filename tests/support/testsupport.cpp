#include "testsupport.h"

#include <QFile>

namespace exam::test {

QJsonDocument loadJson(const QString& relativePath)
{
    QFile file(dataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open test data " << relativePath.toStdString());
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        FAIL("malformed test data " << relativePath.toStdString() << ": " << error.errorString().toStdString());
    return doc;
}

} // namespace exam::test
