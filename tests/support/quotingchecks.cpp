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

namespace {

// Each value the scanner found in the reference text, with "harmless" replaced by the value.
void expectSubstituted(const QStringList& scanned, const QStringList& reference, const QString& harmless,
                       const QString& value)
{
    ASSERT_EQ(scanned.size(), reference.size());
    for (qsizetype i = 0; i < reference.size(); ++i) {
        QString expected = reference.at(i);
        expected.replace(harmless, value);
        EXPECT_EQ(scanned.at(i), expected);
    }
}

void expectLiteral(ScannedScript (*scan)(const QString&), const std::function<QString(const QString&)>& build,
                   const QString& value)
{
    const QString harmless = QStringLiteral("harmless");
    const ScannedScript reference = scan(build(harmless));
    const QString text = build(value);
    const ScannedScript scanned = scan(text);
    ASSERT_TRUE(reference.error.isEmpty()) << reference.error.toStdString();
    ASSERT_TRUE(scanned.error.isEmpty()) << scanned.error.toStdString() << "\n" << text.toStdString();
    EXPECT_EQ(scanned.skeleton, reference.skeleton) << text.toStdString();
    expectSubstituted(scanned.literals, reference.literals, harmless, value);
    // PowerShell's scanner finds no identifiers: both lists are empty there.
    expectSubstituted(scanned.identifiers, reference.identifiers, harmless, value);
}

} // namespace

void expectTSqlLiteral(const std::function<QString(const QString&)>& build, const QString& value)
{
    expectLiteral(scanTSql, build, value);
}

void expectPowerShellLiteral(const std::function<QString(const QString&)>& build, const QString& value)
{
    expectLiteral(scanPowerShell, build, value);
}

} // namespace pchat::test
