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
        Unattended, // --unattended: every step without the UI, progress on the console
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
    QString expectedHash;   // --expect-hash: the anchor (lower-case hex, 16 to 64 digits); empty: none
    QString auditRoot;      // --audit-dir: where run folders are created; empty: the setting or its default
    bool training = false;  // --training: against the embedded lab, every screen marked TRAINING
    QString scenarioFile;   // --scenario: the lab's scenario in training mode; empty: the default one
    QStringList faults;     // --fault (repeatable): lab faults the trainer switches on at start
    QString shellProgram;   // --shell-program: the management shell for this run; empty: the setting
    QStringList shellArguments;                     // --shell-arguments, split like a command line
    QString procedure = QStringLiteral("failback"); // --procedure: a Procedure::name()
    QString error;                                  // set when mode is Invalid
    QString helpText;                               // set for Help and Invalid

    // Parses without a QCoreApplication, so that the mode can decide which application type to create.
    static CommandLine parse(const QStringList& arguments);
};

} // namespace pchat
