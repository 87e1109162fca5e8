// Reading a file a test wrote or checks, with the failure recorded when it cannot be opened.
#pragma once

#include <QByteArray>
#include <QString>

namespace pchat::test {

// The file's bytes; empty, with a gtest failure naming the path, when it cannot be read.
QByteArray fileBytes(const QString& path);
// The file's text as UTF-8.
QString fileText(const QString& path);

} // namespace pchat::test
