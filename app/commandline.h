// Parses pchat-failback's command line into the mode to run and its options.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pchat {

struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode
    {
        Wizard,
        ExportScript,
        VerifyAudit,
        Help,
        Version,
        Invalid
    };

    Mode mode = Mode::Wizard;
    QString language; // empty: from the system locale
    QString planFile;
    QString exportDirectory;
    QString auditDirectory; // the run folder --verify-audit checks
    QString error;          // set when mode is Invalid
    QString helpText;       // set for Help and Invalid

    // Parses without a QCoreApplication, so that the mode can decide which application type to create.
    static CommandLine parse(const QStringList& arguments);
};

} // namespace pchat
