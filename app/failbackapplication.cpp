#include "failbackapplication.h"

#include "backend/audit/auditsettings.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journalkeys.h"
#include "backend/log/logging.h"
#include "backend/log/qstringformatter.h"
#include "backend/plan/localshellsettings.h"
#include "backend/plan/planjson.h"
#include "backend/plan/planvalidator.h"
#include "backend/process/secretenvironment.h"
#include "backend/process/stoprequest.h"
#include "backend/sql/freetdsconfig.h"
#include "backend/run/scriptexporter.h"
#include "backend/training/traininglab.h"
#include "commandline.h"
#include "firstpaintreporter.h"
#include "translations/languageswitcher.h"
#include "unattendedrunner.h"
#include "wizard/failbackwizard.h"
#include "wizard/pages/steppage.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/wizardhost.h"

#include <memory>
#include <QApplication>
#include <QDate>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

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
    const QStringList written = ScriptExporter::exportTo(*plan, *Procedure::byName(commandLine.procedure),
                                                         commandLine.exportDirectory, &errors);
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
    if (result.ok && !commandLine.expectedHash.isEmpty() &&
        !result.finalHash.startsWith(commandLine.expectedHash)) {
        // Anyone who can write the folder can recompute a chain: only the hash recorded elsewhere tells.
        err() << FailbackApplication::tr(
                     "NOT OK: the chain is intact and closed, but it ends in %1, not in the recorded %2: the "
                     "journal was rewritten, or this is another run's folder.")
                     .arg(result.finalHash, commandLine.expectedHash)
              << Qt::endl;
        Logging::logger()->warn("audit folder {} does not end in the expected hash",
                                commandLine.auditDirectory);
        return FailbackApplication::AuditAnchorMismatch;
    }
    if (result.ok) {
        out() << FailbackApplication::tr("OK: %n event(s) verified (screenshots: %1), final hash %2", nullptr,
                                         int(result.eventCount))
                     .arg(QString::number(result.screenshotCount), result.finalHash)
              << Qt::endl;
        if (commandLine.expectedHash.isEmpty())
            out() << FailbackApplication::tr(
                         "The chain alone does not prove that nobody rewrote it: compare the "
                         "final hash with the one recorded in the change ticket "
                         "(--expect-hash).")
                  << Qt::endl;
        else
            out() << FailbackApplication::tr("The final hash matches the recorded %1.")
                         .arg(commandLine.expectedHash)
                  << Qt::endl;
        return FailbackApplication::Success;
    }
    err() << FailbackApplication::tr("NOT OK: %1").arg(result.message) << Qt::endl;
    Logging::logger()->warn("audit folder {} failed verification: {}", commandLine.auditDirectory,
                            result.message);
    switch (result.problem) {
    case Result::EventChanged:
    case Result::LineNotCanonical:
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
    case Result::NotClosed:
        return FailbackApplication::AuditNotClosed;
    case Result::Unreadable:
    case Result::None:
        break;
    }
    return FailbackApplication::AuditUnreadable;
}

// Training mode: the wizard against the embedded lab. Nothing here waits: the lab starts beside the event
// loop, the Welcome page says so and holds Next until the lab's plan is in place. Called for every wizard
// the Welcome page's procedure choice builds; the lab itself starts once (startTrainingLab).
void attachTraining(FailbackWizard& wizard, TrainingLab& lab)
{
    wizard.setTrainingMode(true);
    auto* welcome = qobject_cast<WelcomePage*>(wizard.page(FailbackWizard::WelcomePageId));
    welcome->setTrainingLab(&lab);
    QObject::connect(&lab, &TrainingLab::started, &wizard,
                     [&wizard, &lab] { wizard.setPlan(lab.trainingPlan()); });
    QObject::connect(&lab, &TrainingLab::failed, &wizard, [&wizard, &lab](const QString& reason) {
        auto* box = new QMessageBox(QMessageBox::Critical, FailbackApplication::tr("Training lab"),
                                    FailbackApplication::tr("Training mode needs its lab, and the lab is not "
                                                            "available."),
                                    QMessageBox::Retry | QMessageBox::Close, &wizard);
        box->setObjectName(QStringLiteral("trainingLabFailedBox"));
        box->setInformativeText(reason);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &wizard, [&wizard, &lab](int button) {
            if (button == QMessageBox::Retry)
                lab.start();
            else
                wizard.reject();
        });
        box->open();
    });
    QObject::connect(welcome, &WelcomePage::labReset, &wizard, [&wizard, &lab] {
        // What follows happens in another lab: a run of its own, with its own evidence.
        wizard.abandonRun(AuditReason::LabReset);
        wizard.setPlan(lab.trainingPlan());
        // A step done before the reset is not done in the reset lab, and a page does not read a done step's
        // state again on arrival: read it now.
        for (int id : wizard.pageIds()) {
            auto* page = qobject_cast<StepPage*>(wizard.page(id));
            if (page && page->stepObject() && page->stepObject()->status() == StepStatus::Done)
                page->stepObject()->inspect(wizard.plan());
        }
        wizard.restart();
    });
}

void startTrainingLab(TrainingLab& lab, const CommandLine& commandLine)
{
    lab.setScenarioFile(commandLine.scenarioFile);
    // The failover's lab starts in normal operation: the trainer strikes the disaster (Welcome page).
    lab.setProcedure(commandLine.procedure, false);
    // The trainer's --fault values go to the lab's own command line: on before anything connects, and on
    // again after a reset.
    lab.setStartFaults(commandLine.faults);
    Logging::logger()->info("training mode: scenario {}, start faults {}",
                            commandLine.scenarioFile.isEmpty() ? QStringLiteral("(built-in)")
                                                               : commandLine.scenarioFile,
                            commandLine.faults.join(u' '));
    lab.start();
}

} // namespace

int FailbackApplication::run(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("pchat-failback"));
    QCoreApplication::setApplicationName(QStringLiteral("pchat-failback"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCHAT_VERSION));

    // Before anything can start a child process: the passwords leave the environment.
    SecretEnvironment::take();
    CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    const bool gui = commandLine.mode == CommandLine::Mode::Wizard;
    // The unattended run writes the PDF report, which needs a QGuiApplication; it shows no window, so it
    // needs no display either.
    const bool unattended = commandLine.mode == CommandLine::Mode::Unattended;
    if (unattended && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> application;
    if (gui)
        application = std::make_unique<QApplication>(argc, argv);
    else if (unattended)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);

    // --language for this run, else the operator's last choice, else the system's.
    QString language = commandLine.language;
    if (language.isEmpty())
        language = LanguageSwitcher::savedLanguage();
    if (language.isEmpty())
        language = LanguageSwitcher::systemLanguage();
    LanguageSwitcher::instance().apply(language);
    // Parse again now that the catalog is installed, so that help and errors come in the user's language.
    commandLine = CommandLine::parse(QCoreApplication::arguments());
    LocalShellSettings::setOverride(commandLine.shellProgram, commandLine.shellArguments);
    Logging::initialize(Logging::defaultDirectory());
    // Before any connection (FreeTDS reads its configuration at each login), and only for the modes that
    // connect: a help text or an audit check has no use for it.
    if (const QString error = (gui || unattended) ? FreeTdsConfig::apply() : QString(); !error.isEmpty())
        Logging::logger()->warn("the FreeTDS CA file setting is not in effect: {}", error);

    switch (commandLine.mode) {
    case CommandLine::Mode::Invalid:
        err() << commandLine.error << Qt::endl << Qt::endl << commandLine.helpText << Qt::flush;
        return UsageError;
    case CommandLine::Mode::Help:
        // Flushed here: on Windows the process ends without destroying this stream (ProcessEnd).
        out() << commandLine.helpText << Qt::flush;
        return Success;
    case CommandLine::Mode::Version:
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
              << Qt::endl;
        return Success;
    case CommandLine::Mode::ExportScript:
        return exportScripts(commandLine);
    case CommandLine::Mode::VerifyAudit:
        return verifyAudit(commandLine);
    case CommandLine::Mode::Unattended: {
        UnattendedRunner runner(commandLine);
        QObject::connect(&runner, &UnattendedRunner::finished, application.get(),
                         [](int exitCode) { QCoreApplication::exit(exitCode); });
        // Started from the event loop, so that a run that ends at once still reaches exit().
        QTimer::singleShot(0, &runner, &UnattendedRunner::start);
        return application->exec();
    }
    case CommandLine::Mode::Wizard:
        break;
    }

    Plan plan;
    QStringList planWarnings;
    if (!commandLine.planFile.isEmpty()) {
        QString error;
        std::optional<Plan> loaded = PlanJson::load(commandLine.planFile, &error, &planWarnings);
        if (!loaded) {
            err() << error << Qt::endl;
            QMessageBox::critical(nullptr, tr("Plan"), error);
            return PlanUnreadable;
        }
        plan = *loaded;
    }
    LocalShellSettings::apply(plan.lync);
    plan.applyDerivedDefaults(QDate::currentDate());

    Logging::logger()->info("pchat-failback {} started, language {}", QCoreApplication::applicationVersion(),
                            LanguageSwitcher::instance().current());
    // Declared before the wizard so that it outlives the pages that point at it.
    std::unique_ptr<TrainingLab> trainingLab;
    if (commandLine.training)
        trainingLab = std::make_unique<TrainingLab>();
    // SIGTERM, SIGHUP, Ctrl+C in the terminal, a closed console: the run records its interruption first.
    StopRequest stopRequest;
    const QString auditRoot = AuditSettings::root(commandLine.auditRoot);
    WizardHost host(*Procedure::byName(commandLine.procedure),
                    [&trainingLab, &stopRequest, &auditRoot](FailbackWizard& built) {
                        built.setAuditRoot(auditRoot);
                        if (trainingLab)
                            attachTraining(built, *trainingLab);
                        built.stopOn(&stopRequest);
                    });
    // The choice on the Welcome page replaces the wizard: what follows reads host.wizard() when it runs.
    FailbackWizard* wizard = host.wizard();
    wizard->setPlan(plan);
    if (trainingLab)
        startTrainingLab(*trainingLab, commandLine);
    FirstPaintReporter::installIfRequested(); // PCHAT_REPORT_FIRST_PAINT=1: the start-up benchmark
    wizard->show();
    QTimer::singleShot(0, wizard, &FailbackWizard::offerResume);
    for (const QString& warning : std::as_const(planWarnings)) {
        Logging::logger()->warn("plan {}: {}", commandLine.planFile, warning);
        QTimer::singleShot(0, wizard,
                           [wizard, warning] { QMessageBox::warning(wizard, tr("Plan"), warning); });
    }
    return application->exec();
}

} // namespace pchat
