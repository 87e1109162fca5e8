#include "failbackapplication.h"

#include "audit/auditverifier.h"
#include "commandline.h"
#include "failbackwizard.h"
#include "languageswitcher.h"
#include "log/logging.h"
#include "log/qstringformatter.h"
#include "plan/planjson.h"
#include "plan/planvalidator.h"
#include "steps/scriptexporter.h"

#include <memory>
#include <QApplication>
#include <QDate>
#include <QMessageBox>
#include <QTextStream>

namespace pchat {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int exportScripts(const CommandLine& commandLine)
{
    QString error;
    std::optional<Plan> plan = PlanJson::load(commandLine.planFile, &error);
    if (!plan) {
        err() << error << Qt::endl;
        return FailbackApplication::PlanUnreadable;
    }
    plan->applyDerivedDefaults(QDate::currentDate());
    const ValidationIssues issues = PlanValidator::validate(*plan);
    if (!issues.isEmpty()) {
        err() << FailbackApplication::tr("The plan %1 is not valid; nothing was written:")
                     .arg(commandLine.planFile)
              << Qt::endl;
        for (const ValidationIssue& issue : issues)
            err() << "  " << issue.field << ": " << issue.message << Qt::endl;
        return FailbackApplication::PlanInvalid;
    }
    QStringList errors;
    const QStringList written = ScriptExporter::exportTo(*plan, commandLine.exportDirectory, &errors);
    if (!errors.isEmpty()) {
        for (const QString& line : errors)
            err() << line << Qt::endl;
        return FailbackApplication::WriteFailed;
    }
    for (const QString& file : written)
        out() << file << Qt::endl;
    Logging::logger()->info("exported {} script files to {}", written.size(), commandLine.exportDirectory);
    return FailbackApplication::Success;
}

int verifyAudit(const CommandLine& commandLine)
{
    using Result = AuditVerifier::VerifyResult;
    const Result result = AuditVerifier::verify(commandLine.auditDirectory);
    if (result.ok) {
        out() << FailbackApplication::tr("OK: %1 events, %2 screenshots verified, final hash %3")
                     .arg(result.eventCount)
                     .arg(result.screenshotCount)
                     .arg(result.finalHash)
              << Qt::endl;
        return FailbackApplication::Success;
    }
    err() << FailbackApplication::tr("NOT OK: %1").arg(result.message) << Qt::endl;
    Logging::logger()->warn("audit folder {} failed verification: {}", commandLine.auditDirectory,
                            result.message);
    switch (result.problem) {
    case Result::EventChanged:
        return FailbackApplication::AuditEventChanged;
    case Result::EventRemoved:
        return FailbackApplication::AuditEventRemoved;
    case Result::EventInserted:
        return FailbackApplication::AuditEventInserted;
    case Result::EventsReordered:
        return FailbackApplication::AuditEventsReordered;
    case Result::FileChanged:
        return FailbackApplication::AuditFileChanged;
    case Result::FileMissing:
        return FailbackApplication::AuditFileMissing;
    case Result::Unreadable:
    case Result::None:
        break;
    }
    return FailbackApplication::AuditUnreadable;
}

} // namespace

int FailbackApplication::run(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("pchat-failback"));
    QCoreApplication::setApplicationName(QStringLiteral("pchat-failback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCHAT_VERSION));

    CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    const bool gui = commandLine.mode == CommandLine::Mode::Wizard;

    std::unique_ptr<QCoreApplication> application;
    if (gui)
        application = std::make_unique<QApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);

    LanguageSwitcher::instance().apply(commandLine.language.isEmpty() ? LanguageSwitcher::systemLanguage()
                                                                      : commandLine.language);
    // Parse again now that the catalog is installed, so that help and errors come in the user's language.
    commandLine = CommandLine::parse(QCoreApplication::arguments());
    Logging::initialize(Logging::defaultDirectory());

    switch (commandLine.mode) {
    case CommandLine::Mode::Invalid:
        err() << commandLine.error << Qt::endl << Qt::endl << commandLine.helpText;
        return UsageError;
    case CommandLine::Mode::Help:
        out() << commandLine.helpText;
        return Success;
    case CommandLine::Mode::Version:
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    case CommandLine::Mode::ExportScript:
        return exportScripts(commandLine);
    case CommandLine::Mode::VerifyAudit:
        return verifyAudit(commandLine);
    case CommandLine::Mode::Wizard:
        break;
    }

    Plan plan;
    if (!commandLine.planFile.isEmpty()) {
        QString error;
        std::optional<Plan> loaded = PlanJson::load(commandLine.planFile, &error);
        if (!loaded) {
            err() << error << Qt::endl;
            QMessageBox::critical(nullptr, tr("Failback plan"), error);
            return PlanUnreadable;
        }
        plan = *loaded;
    }
    plan.applyDerivedDefaults(QDate::currentDate());

    Logging::logger()->info("pchat-failback {} started, language {}", QCoreApplication::applicationVersion(),
                            LanguageSwitcher::instance().current());
    FailbackWizard wizard;
    wizard.setPlan(plan);
    wizard.show();
    return application->exec();
}

} // namespace pchat
