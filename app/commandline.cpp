#include "commandline.h"

#include "backend/run/procedure.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QRegularExpression>

namespace pchat {

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Fails a Lync Server 2013 / Skype for Business Server 2015 Persistent Chat pool over to its backup "
        "data center, or back to its primary data center, step by step."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Shows this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Shows the program version."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), tr("Language of the user interface: de or en (default: the system's)."),
        tr("language"));
    const QCommandLineOption planOption(QStringLiteral("plan"),
                                        tr("Loads the plan from a JSON file."), tr("file"));
    const QCommandLineOption exportOption(QStringLiteral("export-script"),
                                          tr("Writes the whole procedure as scripts, one file per step in "
                                             "run order, into the folder and exits. "
                                             "Needs --plan."),
                                          tr("folder"));
    const QCommandLineOption verifyAuditOption(
        QStringLiteral("verify-audit"),
        tr("Checks the audit folder of a run: recomputes the journal's hash chain and every screenshot's "
           "hash, prints OK or the first event or file that does not match, and exits."),
        tr("folder"));
    const QCommandLineOption expectHashOption(QStringLiteral("expect-hash"),
                                              tr("With --verify-audit: the final hash recorded outside the "
                                                 "folder (in the change ticket), whole or its "
                                                 "first 16 or more hex digits as every report page prints "
                                                 "them; the check fails when the chain ends "
                                                 "elsewhere."),
                                              tr("hash"));
    const QCommandLineOption auditDirOption(
        QStringLiteral("audit-dir"),
        tr("Creates the audit folder of each run under this folder (default: the setting, else "
           "\"Failback audit\" in the user's documents)."),
        tr("folder"));
    const QCommandLineOption trainingOption(
        QStringLiteral("training"),
        tr("Training mode: starts the embedded lab on free local ports, fills the plan from its scenario and "
           "marks every screen and the report TRAINING. Nothing outside this computer is touched."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), tr("The lab scenario for --training (default: the built-in one)."),
        tr("file"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        tr("With --training: switches a lab fault on at start, as the trainer's drill (repeatable; see "
           "pchat-lab --help for the names)."),
        tr("fault"));
    const QCommandLineOption shellProgramOption(QStringLiteral("shell-program"),
                                                tr("The program that runs the Lync cmdlets, for this run "
                                                   "(default: the setting of the Environment page, "
                                                   "else Windows PowerShell). A plan file never chooses it."),
                                                tr("program"));
    const QCommandLineOption shellArgumentsOption(
        QStringLiteral("shell-arguments"),
        tr("Its arguments, as one text split like a command line (with --shell-program); the commands follow "
           "as -EncodedCommand."),
        tr("arguments"));
    const QCommandLineOption unattendedOption(
        QStringLiteral("unattended"),
        tr("Runs every step without the user interface, printing progress to the console and writing the "
           "audit trail. Needs --plan (or --training). Destructive steps run only when the plan names their "
           "targets in its confirmations."));
    QStringList procedureNames;
    for (const Procedure* procedure : Procedure::all())
        procedureNames << procedure->name();
    const QCommandLineOption procedureOption(
        QStringLiteral("procedure"),
        tr("The procedure: %1 (default: %2). The failover makes the backup data center serve the pool when "
           "the primary data center is lost; the failback returns the pool to the rebuilt primary.")
            .arg(procedureNames.join(QStringLiteral(", ")), procedureNames.constFirst()),
        tr("name"), procedureNames.constFirst());
    parser.addOption(helpOption);
    parser.addOption(procedureOption);
    parser.addOption(versionOption);
    parser.addOption(langOption);
    parser.addOption(planOption);
    parser.addOption(exportOption);
    parser.addOption(verifyAuditOption);
    parser.addOption(expectHashOption);
    parser.addOption(auditDirOption);
    parser.addOption(trainingOption);
    parser.addOption(scenarioOption);
    parser.addOption(faultOption);
    parser.addOption(shellProgramOption);
    parser.addOption(shellArgumentsOption);
    parser.addOption(unattendedOption);

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.mode = Mode::Invalid;
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Invalid;
        result.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.language = parser.value(langOption);
    if (!result.language.isEmpty() && result.language != QStringLiteral("de") &&
        result.language != QStringLiteral("en")) {
        result.mode = Mode::Invalid;
        result.error = tr("Unknown language \"%1\": use de or en.").arg(result.language);
        return result;
    }
    result.procedure = parser.value(procedureOption);
    if (!Procedure::byName(result.procedure)) {
        result.mode = Mode::Invalid;
        result.error = tr("Unknown procedure \"%1\": use one of %2.")
                           .arg(result.procedure, procedureNames.join(QStringLiteral(", ")));
        return result;
    }
    result.planFile = parser.value(planOption);
    result.exportDirectory = parser.value(exportOption);
    result.auditDirectory = parser.value(verifyAuditOption);
    result.auditRoot = parser.value(auditDirOption);
    result.shellProgram = parser.value(shellProgramOption);
    result.shellArguments = QProcess::splitCommand(parser.value(shellArgumentsOption));
    if (parser.isSet(shellArgumentsOption) && !parser.isSet(shellProgramOption)) {
        result.mode = Mode::Invalid;
        result.error = tr("--shell-arguments needs --shell-program.");
        return result;
    }
    result.expectedHash = parser.value(expectHashOption).trimmed().toLower();
    if (parser.isSet(expectHashOption)) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{16,64}$"));
        if (!parser.isSet(verifyAuditOption) || !hex.match(result.expectedHash).hasMatch()) {
            result.mode = Mode::Invalid;
            result.error =
                tr("--expect-hash goes with --verify-audit and takes the final hash, or at least its "
                   "first 16 hex digits, as recorded in the change ticket.");
            return result;
        }
    }
    result.training = parser.isSet(trainingOption);
    result.scenarioFile = parser.value(scenarioOption);
    result.faults = parser.values(faultOption);
    if (!result.training && (parser.isSet(scenarioOption) || parser.isSet(faultOption))) {
        result.mode = Mode::Invalid;
        result.error = tr("--scenario and --fault belong to training mode: add --training.");
        return result;
    }

    if (parser.isSet(helpOption))
        result.mode = Mode::Help;
    else if (parser.isSet(versionOption))
        result.mode = Mode::Version;
    else if (parser.isSet(verifyAuditOption))
        result.mode = Mode::VerifyAudit;
    else if (parser.isSet(exportOption)) {
        result.mode = Mode::ExportScript;
        if (result.planFile.isEmpty()) {
            result.mode = Mode::Invalid;
            result.error = tr("--export-script needs a plan: add --plan FILE.");
        }
    } else if (parser.isSet(unattendedOption)) {
        result.mode = Mode::Unattended;
        if (result.planFile.isEmpty() && !result.training) {
            result.mode = Mode::Invalid;
            result.error = tr("--unattended needs a plan: add --plan FILE (or --training for the lab's).");
        }
    }
    return result;
}

} // namespace pchat
