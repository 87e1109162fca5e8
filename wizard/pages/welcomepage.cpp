#include "welcomepage.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/plan/planjson.h"
#include "backend/run/procedure.h"
#include "backend/training/labcontrol.h"
#include "backend/training/traininglab.h"
#include "steppage.h"
#include "translations/languageswitcher.h"
#include "wizard/failbackwizard.h"
#include "wizard/proceduretexts.h"
#include "wizard/training/drillcontroller.h"
#include "wizard/training/drillpanel.h"
#include "wizard/training/labpreparer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTime>
#include <QVBoxLayout>
#include <QWizard>

namespace pchat {

namespace {
constexpr int assumptionCount = 5;
}

WelcomePage::WelcomePage(Plan& plan, const Procedure& procedure, QWidget* parent)
    : PlanPage(plan, parent)
    , m_procedure(procedure)
    , m_procedureBox(new QGroupBox)
    , m_failback(new QRadioButton)
    , m_failover(new QRadioButton)
    , m_failbackText(new QLabel)
    , m_failoverText(new QLabel)
    , m_intro(new QLabel)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_assumptionsBox(new QGroupBox)
    , m_planBox(new QGroupBox)
    , m_planFile(new QLabel)
    , m_openPlan(new QPushButton)
    , m_savePlan(new QPushButton)
    , m_trainingBox(new QGroupBox)
    , m_labStatus(new QLabel)
    , m_labAdvice(new QLabel)
    , m_drillLabel(new QLabel)
    , m_drillCombo(new QComboBox)
    , m_drillDescription(new QLabel)
    , m_resetLab(new QPushButton)
    , m_disaster(new QPushButton)
    , m_rebuildPrimary(new QPushButton)
    , m_trainerResult(new QLabel)
    , m_settings(new QPushButton)
    , m_resetResult(new QLabel)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_procedureBox->setObjectName(QStringLiteral("procedureBox"));
    auto* procedureLayout = new QGridLayout(m_procedureBox);
    const QList<std::tuple<QRadioButton*, QLabel*, const Procedure*, const char*>> choices{
        {m_failback, m_failbackText, &Procedure::failback(), "failback"},
        {m_failover, m_failoverText, &Procedure::failover(), "failover"}};
    for (const auto& [radio, text, choice, key] : choices) {
        radio->setObjectName(QStringLiteral("%1Choice").arg(QLatin1String(key)));
        text->setObjectName(QStringLiteral("%1ChoiceText").arg(QLatin1String(key)));
        text->setWordWrap(true);
        text->setBuddy(radio);
        radio->setChecked(choice == &m_procedure);
        const int row = procedureLayout->rowCount();
        procedureLayout->addWidget(radio, row, 0, Qt::AlignTop);
        procedureLayout->addWidget(text, row, 1);
        connect(radio, &QRadioButton::toggled, this, [this, choice = choice](bool on) {
            if (on && choice != &m_procedure)
                Q_EMIT procedureChosen(choice);
        });
    }
    procedureLayout->setColumnStretch(1, 1);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("introText"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Language switched to %1."), {code});
        LanguageSwitcher::instance().apply(code);
        LanguageSwitcher::saveLanguage(code);
    });
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    connect(m_settings, &QPushButton::clicked, this, &WelcomePage::settingsRequested);
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();
    languageRow->addWidget(m_settings);

    auto* assumptionsLayout = new QVBoxLayout(m_assumptionsBox);
    for (int i = 0; i < assumptionCount; ++i) {
        auto* box = new QCheckBox;
        box->setObjectName(QStringLiteral("assumption%1").arg(i + 1));
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) {
            if (on)
                OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Assumption %1 confirmed."),
                                  {QString::number(i + 1)});
            else
                OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Assumption %1 withdrawn."),
                                  {QString::number(i + 1)});
            refreshComplete();
        });
        // A check box does not wrap its text, and these sentences are long (German most of all): the text
        // stands in a wrapping label beside it, and is the box's accessible name (screen readers, audit).
        auto* text = new QLabel;
        text->setObjectName(QStringLiteral("assumptionText%1").arg(i + 1));
        text->setWordWrap(true);
        text->setBuddy(box);
        auto* row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        assumptionsLayout->addLayout(row);
        m_assumptions << box;
        m_assumptionTexts << text;
    }

    m_openPlan->setObjectName(QStringLiteral("openPlanButton"));
    m_savePlan->setObjectName(QStringLiteral("savePlanButton"));
    m_planFile->setObjectName(QStringLiteral("planFileLabel"));
    m_planFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_openPlan, &QPushButton::clicked, this, &WelcomePage::openPlan);
    connect(m_savePlan, &QPushButton::clicked, this, &WelcomePage::savePlan);
    auto* planLayout = new QHBoxLayout(m_planBox);
    planLayout->addWidget(m_planFile, 1);
    planLayout->addWidget(m_openPlan);
    planLayout->addWidget(m_savePlan);

    m_trainingBox->setObjectName(QStringLiteral("trainingBox"));
    m_labStatus->setObjectName(QStringLiteral("labStatus"));
    m_labStatus->setWordWrap(true);
    m_labStatus->setTextFormat(Qt::PlainText);
    m_labAdvice->setObjectName(QStringLiteral("labAdvice"));
    m_labAdvice->setWordWrap(true);
    m_labAdvice->setTextFormat(Qt::PlainText);
    m_labAdvice->hide();
    m_drillCombo->setObjectName(QStringLiteral("drillCombo"));
    m_drillCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_drillLabel->setBuddy(m_drillCombo);
    m_drillDescription->setObjectName(QStringLiteral("drillDescription"));
    m_drillDescription->setWordWrap(true);
    m_drillDescription->setTextFormat(Qt::PlainText);
    m_resetLab->setObjectName(QStringLiteral("resetLabButton"));
    m_resetResult->setObjectName(QStringLiteral("resetLabResult"));
    m_resetResult->setWordWrap(true);
    m_resetResult->setTextFormat(Qt::PlainText);
    connect(m_drillCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fillingDrills || !m_drills)
            return;
        m_drills->choose(m_drillCombo->currentData().toString());
        updateTrainingTexts();
    });
    connect(m_resetLab, &QPushButton::clicked, this, &WelcomePage::resetLab);
    m_disaster->setObjectName(QStringLiteral("disasterButton"));
    m_rebuildPrimary->setObjectName(QStringLiteral("rebuildPrimaryButton"));
    m_trainerResult->setObjectName(QStringLiteral("trainerResult"));
    m_trainerResult->setWordWrap(true);
    m_trainerResult->setTextFormat(Qt::PlainText);
    connect(m_disaster, &QPushButton::clicked, this, [this] { sendTrainerEvent(true); });
    connect(m_rebuildPrimary, &QPushButton::clicked, this, [this] { sendTrainerEvent(false); });
    auto* trainerRow = new QHBoxLayout;
    trainerRow->addWidget(m_disaster);
    trainerRow->addWidget(m_rebuildPrimary);
    trainerRow->addWidget(m_trainerResult, 1);
    auto* drillRow = new QHBoxLayout;
    drillRow->addWidget(m_drillLabel);
    drillRow->addWidget(m_drillCombo);
    drillRow->addStretch();
    auto* resetRow = new QHBoxLayout;
    resetRow->addWidget(m_resetLab);
    resetRow->addWidget(m_resetResult, 1);
    auto* trainingLayout = new QVBoxLayout(m_trainingBox);
    trainingLayout->addWidget(m_labStatus);
    trainingLayout->addWidget(m_labAdvice);
    trainingLayout->addLayout(drillRow);
    trainingLayout->addWidget(m_drillDescription);
    trainingLayout->addLayout(resetRow);
    trainingLayout->addLayout(trainerRow);
    m_trainingBox->hide();

    // The failover's German texts with the training box are taller than a 1366x768 screen leaves the page:
    // without a scroll area the layout squeezed the wrapped labels until their lines overlapped.
    auto* content = new QWidget;
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollingArea(content, QStringLiteral("welcomeScroll")));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_procedureBox);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addWidget(m_assumptionsBox);
    layout->addWidget(m_planBox);
    layout->addWidget(m_trainingBox);
    layout->addStretch();

    connect(&LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this,
            [this](const QString& code) { m_language->setCurrentIndex(m_language->findData(code)); });
    m_language->setCurrentIndex(m_language->findData(LanguageSwitcher::instance().current()));
    retranslateUi();
}

bool WelcomePage::pageConditionsMet() const
{
    // In training the plan comes from the lab, so the procedure waits for it.
    if (m_lab && (!m_lab->isStarted() || (m_preparer && m_preparer->isBusy())))
        return false;
    return std::all_of(m_assumptions.cbegin(), m_assumptions.cend(),
                       [](QCheckBox* box) { return box->isChecked(); });
}

void WelcomePage::setTrainingLab(TrainingLab* lab)
{
    if (m_lab == lab)
        return;
    if (m_lab)
        m_lab->disconnect(this);
    m_lab = lab;
    if (m_drills)
        m_drills->setLab(lab);
    if (m_drillPanel)
        m_drillPanel->setVisible(lab != nullptr);
    m_trainingBox->setVisible(lab != nullptr);
    if (!lab) {
        refreshComplete();
        return;
    }
    if (!m_drills) {
        m_drills = new DrillController(wizard(), lab, this);
        m_drillPanel = new DrillPanel(m_drills);
        connect(m_drillPanel, &DrillPanel::resetRequested, this, &WelcomePage::resetLab);
        connect(m_drills, &DrillController::stateChanged, this, &WelcomePage::updateTrainingTexts);
        // Beside every page, under the TRAINING banner: the fix must be at hand where the fault strikes.
        if (auto* failbackWizard = qobject_cast<FailbackWizard*>(wizard()))
            failbackWizard->addTrainingPanel(m_drillPanel);
    }
    connect(lab, &TrainingLab::started, this, [this] {
        m_labError.clear();
        fillDrills();
        updateTrainingTexts();
        refreshComplete();
        if (m_prepareWhenStarted)
            prepareLab();
    });
    connect(lab, &TrainingLab::failed, this, [this](const QString& message) {
        m_labError = message;
        updateTrainingTexts();
        refreshComplete();
    });
    fillDrills();
    updateTrainingTexts();
    refreshComplete();
}

void WelcomePage::fillDrills()
{
    if (!m_drills)
        return;
    m_fillingDrills = true;
    const QString chosen = m_drills->drill() ? m_drills->drill()->key() : QString();
    m_drillCombo->clear();
    m_drillCombo->addItem(tr("No drill"), QString());
    for (const Drill& drill : m_drills->drills())
        m_drillCombo->addItem(drill.title(), drill.key());
    m_drillCombo->setCurrentIndex(std::max(0, m_drillCombo->findData(chosen)));
    m_fillingDrills = false;
}

void WelcomePage::updateTrainingTexts()
{
    if (!m_lab)
        return;
    const bool running = m_lab->isStarted();
    if (running)
        m_labStatus->setText(
            // The description tells the scenario's start; the trainer's buttons move the lab on from there.
            tr("The training lab runs the scenario \"%1\" on this computer; the plan points "
               "at it. Nothing outside this computer is touched.\nAt the scenario's start: %2")
                .arg(m_lab->scenarioText(QStringLiteral("title"), LanguageSwitcher::instance().current()),
                     m_lab->scenarioText(QStringLiteral("description"),
                                         LanguageSwitcher::instance().current())));
    else if (!m_labError.isEmpty())
        m_labStatus->setText(tr("The training lab is not running: %1").arg(m_labError));
    else
        m_labStatus->setText(tr("Starting the training lab…"));
    m_labAdvice->setText(m_preparer ? m_preparer->advice() : QString());
    m_labAdvice->setVisible(!m_labAdvice->text().isEmpty());
    m_drillCombo->setEnabled(running);
    m_resetLab->setEnabled(running && !m_resetting);
    m_disaster->setEnabled(running && !m_resetting);
    m_rebuildPrimary->setEnabled(running && !m_resetting);
    if (m_drillPanel)
        m_drillPanel->setResetEnabled(running && !m_resetting);
    const std::optional<Drill>& drill = m_drills ? m_drills->drill() : std::nullopt;
    m_drillDescription->setText(
        drill
            ? drill->description() + u' ' +
                  tr("It strikes when the page \"%1\" opens.").arg(m_drills->pageTitle())
            : tr("Without a drill the procedure runs without faults. A drill switches a fault on in the lab "
                 "when its page opens; you recover with the wizard's remedies, and the panel beside the "
                 "pages offers the fix in the lab."));
}

void WelcomePage::resetLab()
{
    if (!m_lab || !m_lab->isStarted() || m_resetting)
        return;
    QWidget* parent = wizard() ? static_cast<QWidget*>(wizard()) : this;
    if (auto* stepPage = wizard() ? qobject_cast<StepPage*>(wizard()->currentPage()) : nullptr;
        stepPage && stepPage->isBusy()) {
        QMessageBox::information(
            parent, tr("Reset lab"),
            tr("A step is running. Wait for it to end or cancel it, then reset the lab."));
        return;
    }
    const auto answer = QMessageBox::question(
        parent, tr("Reset lab"),
        tr("Return the lab to the scenario's start? Databases, backup files, jobs, the pool state and the "
           "faults go back to where the scenario starts, open SQL sessions are dropped, and the wizard "
           "returns to its first page."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_resetting = true;
    updateTrainingTexts();
    m_resetResult->setText(tr("Resetting the lab…"));
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Training lab reset requested."));
    m_lab->reset(this, [this](const QJsonObject& reply) {
        m_resetting = false;
        updateTrainingTexts();
        if (!reply.value(QLatin1String("ok")).toBool()) {
            m_resetResult->setText(
                tr("The lab could not be reset: %1").arg(reply.value(QLatin1String("error")).toString()));
            return;
        }
        m_resetResult->setText(tr("The lab is back at the scenario's start (%1).")
                                   .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        if (m_drills)
            m_drills->rearm();
        Q_EMIT labReset();
    });
}

void WelcomePage::procedureSwitched()
{
    if (!m_lab)
        return;
    // The trainee may choose before the lab has started: it starts where the command line's procedure does.
    m_prepareWhenStarted = !m_lab->isStarted();
    if (!m_prepareWhenStarted)
        prepareLab();
}

void WelcomePage::prepareLab()
{
    m_prepareWhenStarted = false;
    if (!m_preparer) {
        m_preparer = new LabPreparer(m_lab, this);
        connect(m_preparer, &LabPreparer::finished, this, &WelcomePage::labPrepared);
    }
    m_preparer->prepare(m_procedure.name());
    updateTrainingTexts();
    refreshComplete();
}

void WelcomePage::labPrepared(bool labWasReset)
{
    if (labWasReset) {
        fillDrills();
        if (m_drills)
            m_drills->rearm();
        // The wizard's owner takes the plan of the scenario the lab now serves (as after Reset lab…).
        Q_EMIT labReset();
    }
    updateTrainingTexts();
    refreshComplete();
}

void WelcomePage::sendTrainerEvent(bool disaster)
{
    if (!m_lab || !m_lab->isStarted() || m_resetting)
        return;
    QWidget* parent = wizard() ? static_cast<QWidget*>(wizard()) : this;
    const auto answer = QMessageBox::question(
        parent, disaster ? tr("Disaster") : tr("Rebuild primary"),
        disaster
            ? tr("Strike the disaster now? The primary data center stops at once: its SQL Server instances "
                 "refuse connections and its log backups stop, with some backups left on the share and "
                 "some copied but not restored. The failover starts from there.")
            : tr("Rebuild the primary data center now? Its SQL Server instances come back with fresh mgc "
                 "and mgccomp databases, as Topology Builder creates them: the failback starts from "
                 "there."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_trainerResult->setText(disaster ? tr("Striking the disaster…") : tr("Rebuilding the primary…"));
    OperatorLog::info(disaster
                          ? QT_TRANSLATE_NOOP("OperatorLog", "Trainer: disaster requested.")
                          : QT_TRANSLATE_NOOP("OperatorLog", "Trainer: rebuild of the primary requested."));
    // The lab answers on its control port beside the event loop; the page only shows the reply.
    m_lab->control(
        disaster ? LabControl::disasterRequest() : LabControl::rebuildPrimaryRequest(), this,
        [this, disaster](const QJsonObject& reply) {
            const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
            if (!reply.value(QLatin1String("ok")).toBool()) {
                m_trainerResult->setText(
                    tr("The lab refused (%1): %2").arg(time, reply.value(QLatin1String("error")).toString()));
                return;
            }
            QStringList down;
            for (const QJsonValue& name : reply.value(QLatin1String("down")).toArray())
                down << name.toString();
            m_trainerResult->setText(
                disaster ? tr("Disaster struck at %1; down: %2.")
                               .arg(time, down.isEmpty() ? tr("none") : down.join(QStringLiteral(", ")))
                         : tr("The primary data center is rebuilt (%1).").arg(time));
        });
}

void WelcomePage::openPlan()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open failback plan"), m_planPath, tr("Plan (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    QStringList warnings;
    std::optional<Plan> loaded = PlanJson::load(path, &error, &warnings);
    if (!loaded) {
        QMessageBox::warning(this, tr("Open failback plan"), error);
        return;
    }
    // Passwords are never in a plan file; keep the ones typed in this session. Nor is the shell program: it
    // is this computer's setting (or the training lab's shell).
    loaded->backupInstance.password = plan().backupInstance.password;
    loaded->primaryInstance.password = plan().primaryInstance.password;
    loaded->lync.shellProgram = plan().lync.shellProgram;
    loaded->lync.shellArguments = plan().lync.shellArguments;
    for (const QString& warning : std::as_const(warnings)) {
        OperatorLog::warn(QT_TRANSLATE_NOOP("OperatorLog", "Plan %1: %2"),
                          {QDir::toNativeSeparators(path), warning});
        QMessageBox::warning(this, tr("Open failback plan"), warning);
    }
    loaded->applyDerivedDefaults(QDate::currentDate());
    plan() = *loaded;
    m_planPath = path;
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Plan opened from %1."),
                      {QDir::toNativeSeparators(path)});
    retranslateUi();
    Q_EMIT planReplaced();
}

void WelcomePage::savePlan()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save failback plan"),
        m_planPath.isEmpty() ? QStringLiteral("failback-plan.json") : m_planPath, tr("Plan (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PlanJson::save(plan(), path, &error)) {
        QMessageBox::warning(this, tr("Save failback plan"), error);
        return;
    }
    m_planPath = path;
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Plan saved to %1."),
                      {QDir::toNativeSeparators(path)});
    retranslateUi();
}

void WelcomePage::retranslateProcedure()
{
    const ProcedureTexts texts = ProcedureTexts::of(m_procedure);
    setTitle(texts.welcomeTitle);
    setSubTitle(texts.welcomeSubTitle);
    m_intro->setText(texts.welcomeIntro);
    for (int i = 0; i < m_assumptions.size(); ++i) {
        m_assumptionTexts.at(i)->setText(texts.assumptions.value(i));
        m_assumptions.at(i)->setAccessibleName(texts.assumptions.value(i));
    }
}

void WelcomePage::retranslateUi()
{
    m_procedureBox->setTitle(tr("Procedure"));
    m_failback->setText(tr("&Failback"));
    m_failbackText->setText(
        tr("The primary data center is rebuilt and the pool runs FailedOver on the backup "
           "database: return it to the primary."));
    m_failover->setText(tr("F&ailover"));
    m_failoverText->setText(tr("The primary data center is lost and the pool is down: let the backup data "
                               "center serve it from the log-shipped mgc."));
    retranslateProcedure();
    m_languageLabel->setText(tr("&Language:"));
    m_settings->setText(tr("Se&ttings…"));
    m_settings->setToolTip(tr("This computer's settings: audit trail folder, shell program, FreeTDS CA file, "
                              "language and log files (Ctrl+,)."));
    m_assumptionsBox->setTitle(tr("The procedure assumes (tick each one you have checked)"));
    m_planBox->setTitle(tr("Plan"));
    m_planFile->setText(
        m_planPath.isEmpty() ? tr("Not saved yet. Passwords are never written to a plan file.") : m_planPath);
    m_openPlan->setText(tr("&Open plan…"));
    m_savePlan->setText(tr("Sa&ve plan…"));
    m_trainingBox->setTitle(tr("Training: drills"));
    m_drillLabel->setText(tr("&Drill:"));
    m_resetLab->setText(tr("&Reset lab…"));
    m_resetLab->setToolTip(tr("Returns the lab to the scenario's start and the wizard to its first page."));
    m_disaster->setText(tr("D&isaster…"));
    m_disaster->setToolTip(tr("The primary data center stops at once: the start of the failover."));
    m_rebuildPrimary->setText(tr("Re&build primary…"));
    m_rebuildPrimary->setToolTip(
        tr("The primary data center comes back with fresh databases: the start of the failback."));
    fillDrills();
    updateTrainingTexts();
}

} // namespace pchat
