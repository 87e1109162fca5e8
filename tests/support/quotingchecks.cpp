#include "quotingchecks.h"

#include "scriptlexers.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace pchat::test {

namespace {

const QString hostile =
    QStringLiteral("O'Brien]; DROP DATABASE [x]; -- \"$(whoami)` ä ö ü ß ’‘‚‛ /* c */ \r\nGO\n");

} // namespace

QStringList hostileValues()
{
    return {
        QStringLiteral("'"),
        QStringLiteral("]"),
        QStringLiteral("''"),
        QStringLiteral("]]"),
        QStringLiteral("a';DROP TABLE t;--"),
        QStringLiteral("x]; SELECT 1; --"),
        QStringLiteral("\"quoted\""),
        QStringLiteral("$env:USERNAME `whoami` $(Get-Date)"),
        QStringLiteral("Größe äöüß ÄÖÜ"),
        QString(QChar(0x2019)) + QStringLiteral("smart") + QChar(0x2018) + QChar(0x201A) + QChar(0x201B),
        QStringLiteral("line1\nline2\r\nGO\n"),
        QStringLiteral("/* not a comment */ -- nor this"),
        QStringLiteral("N'"),
        QStringLiteral("%s %d %%"),
        hostile,
    };
}

void expectTSqlLiteral(const std::function<QString(const QString&)>& build, const QString& value)
{
    const QString harmless = QStringLiteral("harmless");
    const ScannedScript reference = scanTSql(build(harmless));
    const QString text = build(value);
    const ScannedScript scanned = scanTSql(text);
    ASSERT_TRUE(reference.error.isEmpty()) << reference.error.toStdString();
    ASSERT_TRUE(scanned.error.isEmpty()) << scanned.error.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(scanned.skeleton, reference.skeleton) << text.toStdString();
    ASSERT_EQ(scanned.literals.size(), reference.literals.size());
    for (qsizetype i = 0; i < reference.literals.size(); ++i) {
        QString expected = reference.literals.at(i);
        expected.replace(harmless, value);
        EXPECT_EQ(scanned.literals.at(i), expected);
    }
    ASSERT_EQ(scanned.identifiers.size(), reference.identifiers.size());
    for (qsizetype i = 0; i < reference.identifiers.size(); ++i) {
        QString expected = reference.identifiers.at(i);
        expected.replace(harmless, value);
        EXPECT_EQ(scanned.identifiers.at(i), expected);
    }
}

void expectPowerShellLiteral(const std::function<QString(const QString&)>& build, const QString& value)
{
    const QString harmless = QStringLiteral("harmless");
    const ScannedScript reference = scanPowerShell(build(harmless));
    const QString text = build(value);
    const ScannedScript scanned = scanPowerShell(text);
    ASSERT_TRUE(reference.error.isEmpty()) << reference.error.toStdString();
    ASSERT_TRUE(scanned.error.isEmpty()) << scanned.error.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(scanned.skeleton, reference.skeleton) << text.toStdString();
    ASSERT_EQ(scanned.literals.size(), reference.literals.size());
    for (qsizetype i = 0; i < reference.literals.size(); ++i) {
        QString expected = reference.literals.at(i);
        expected.replace(harmless, value);
        EXPECT_EQ(scanned.literals.at(i), expected);
    }
}

} // namespace pchat::test
