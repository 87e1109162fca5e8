// Runs pchat-failback from the command line as an operator or an auditor does, for the tests of its options.
#pragma once

#include <gtest/gtest.h>
#include <QProcess>
#include <QString>
#include <QStringList>

// Header only: PCHAT_FAILBACK_EXE is a definition of the test program that includes it, not of the library.
class FailbackCommand
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PCHAT_FAILBACK_EXE), arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};
