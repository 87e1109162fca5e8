#include "testfiles.h"

#include <gtest/gtest.h>
#include <QFile>

namespace pchat::test {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QString fileText(const QString& path)
{
    return QString::fromUtf8(fileBytes(path));
}

} // namespace pchat::test
