// -EncodedCommand: base64 of UTF-16LE as powershell.exe decodes it, the arguments it is added to, and the length
// of the command line Windows accepts.
#include "backend/shell/encodedcommand.h"

#include <gtest/gtest.h>

using namespace pchat;

TEST(EncodedCommand, IsBase64OfUtf16LittleEndian)
{
    // "dir" as Microsoft's documentation of powershell.exe -EncodedCommand shows bytes for it.
    EXPECT_EQ(EncodedCommand::encode(QStringLiteral("dir")), QStringLiteral("ZABpAHIA"));
    const QString tricky = QStringLiteral("'Pers\u00f6nlich \u2019x\u201b \u0452 ; \"$(calc)\"'\n\U0001F600");
    bool ok = false;
    EXPECT_EQ(EncodedCommand::decode(EncodedCommand::encode(tricky), &ok), tricky);
    EXPECT_TRUE(ok);
    EncodedCommand::decode(QStringLiteral("not base64!"), &ok);
    EXPECT_FALSE(ok);
}

TEST(EncodedCommand, ReplacesTheStdinCommandOfOlderPlans)
{
    const QStringList older{QStringLiteral("-NoProfile"), QStringLiteral("-Command"), QStringLiteral("-")};
    EXPECT_EQ(EncodedCommand::arguments(older, QStringLiteral("dir")),
              QStringList({QStringLiteral("-NoProfile"), QStringLiteral("-EncodedCommand"),
                           QStringLiteral("ZABpAHIA")}));
    const QStringList lab{QStringLiteral("shell"), QStringLiteral("--control"), QStringLiteral("4711")};
    EXPECT_EQ(EncodedCommand::arguments(lab, QStringLiteral("dir")),
              lab + QStringList({QStringLiteral("-EncodedCommand"), QStringLiteral("ZABpAHIA")}));
}

TEST(EncodedCommand, MeasuresTheCommandLineWindowsBuilds)
{
    const QString program = QStringLiteral("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
    const QStringList arguments = EncodedCommand::arguments({}, QString(12000, u'x'));
    const qsizetype length = EncodedCommand::commandLineLength(program, arguments);
    // 12,000 characters encode to 32,000: the script the reference notes call the largest that fits.
    EXPECT_GT(length, 32000);
    EXPECT_LE(length, EncodedCommand::maxCommandLine);
    EXPECT_GT(EncodedCommand::commandLineLength(program, EncodedCommand::arguments({}, QString(12400, u'x'))),
              EncodedCommand::maxCommandLine);
}
