#include "failbackwizard.h"

#include "log/logging.h"
#include "log/qstringformatter.h"
#include "pages/backuppage.h"
#include "pages/clearactiveserverspage.h"
#include "pages/environmentpage.h"
#include "pages/logshippingpage.h"
#include "pages/poolnormalpage.h"
#include "pages/preflightpage.h"
#include "pages/removemirroringpage.h"
#include "pages/restorepage.h"
#include "pages/setactiveserverspage.h"
#include "pages/summarypage.h"
#include "pages/welcomepage.h"
#include "steps/backupstep.h"
#include "steps/clearactiveserversstep.h"
#include "steps/logshippingstep.h"
#include "steps/poolnormalstep.h"
#include "steps/removemirroringstep.h"
#include "steps/restorestep.h"
#include "steps/setactiveserversstep.h"
#include "steps/stepinfo.h"
#include "widgets/logpane.h"
#include "widgets/scriptpreviewdialog.h"
#include "widgets/steplist.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace pchat {

FailbackWizard::FailbackWizard(QWidget* parent)
    : QWizard(parent)
    , m_stepList(new StepList)
    , m_logPane(new LogPane)
{
    setObjectName(QStringLiteral("failbackWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("scriptButton"));
    // Invalid fields get a red frame; FieldBinder sets the property.
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #b3261e; }"));

    auto* welcome = new WelcomePage(m_plan);
    setPage(WelcomePageId, welcome);
    setPage(EnvironmentPageId, new EnvironmentPage(m_plan));
    auto* preflight = new PreflightPage(m_plan);
    setPage(PreflightPageId, preflight);
    auto* clearActiveServers = new ClearActiveServersPage(m_plan);
    clearActiveServers->setStepObject(new ClearActiveServersStep(this));
    clearActiveServers->setPreflightRunner(&preflight->runner());
    setPage(ClearActiveServersPageId, clearActiveServers);
    auto* removeMirroring = new RemoveMirroringPage(m_plan);
    removeMirroring->setStepObject(new RemoveMirroringStep(this));
    setPage(RemoveMirroringPageId, removeMirroring);
    auto* backup = new BackupPage(m_plan);
    backup->setStepObject(new BackupStep(this));
    setPage(BackupPageId, backup);
    auto* restore = new RestorePage(m_plan);
    restore->setRestoreStep(new RestoreStep(this));
    setPage(RestorePageId, restore);
    auto* logShipping = new LogShippingPage(m_plan);
    logShipping->setLogShippingStep(new LogShippingStep(this));
    setPage(LogShippingPageId, logShipping);
    auto* setActiveServers = new SetActiveServersPage(m_plan);
    setActiveServers->setStepObject(new SetActiveServersStep(this));
    setPage(SetActiveServersPageId, setActiveServers);
    auto* poolNormal = new PoolNormalPage(m_plan);
    poolNormal->setStepObject(new PoolNormalStep(this));
    setPage(PoolNormalPageId, poolNormal);
    setPage(SummaryPageId, new SummaryPage(m_plan));
    connect(welcome, &WelcomePage::planReplaced, this, &FailbackWizard::reloadPages);
    for (int id : pageIds()) {
        if (auto* stepPage = qobject_cast<StepPage*>(page(id))) {
            // QWizard re-enables Back whenever a page's completeness changes; a running step must not be
            // left.
            connect(stepPage, &QWizardPage::completeChanged, this, [this, stepPage] {
                if (currentPage() == stepPage)
                    button(QWizard::BackButton)->setEnabled(!stepPage->isBusy());
            });
        }
    }

    auto* side = new QSplitter(Qt::Vertical);
    side->setObjectName(QStringLiteral("sidePanel"));
    side->addWidget(m_stepList);
    side->addWidget(m_logPane);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setMinimumWidth(280);
    side->setMaximumWidth(340);
    setSideWidget(side);
    m_stepList->setPages(pageIds());

    connect(this, &QWizard::currentIdChanged, this, &FailbackWizard::updateForPage);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showScript();
    });

    retranslateUi();
    resize(1180, 760);
}

void FailbackWizard::setPlan(const Plan& plan)
{
    m_plan = plan;
    reloadPages();
}

void FailbackWizard::reloadPages()
{
    for (int id : pageIds()) {
        if (auto* planPage = qobject_cast<PlanPage*>(page(id)))
            planPage->reload();
    }
}

void FailbackWizard::updateForPage(int id)
{
    m_stepList->setCurrentPage(id);
    const bool hasScript = qobject_cast<StepPage*>(page(id)) != nullptr;
    button(QWizard::CustomButton1)->setVisible(hasScript);
    if (id >= 0)
        Logging::logger()->info("page entered: {}", m_stepList->text(id));
}

void FailbackWizard::showScript()
{
    auto* stepPage = qobject_cast<StepPage*>(currentPage());
    if (!stepPage)
        return;
    auto* dialog =
        new ScriptPreviewDialog(StepInfo::title(stepPage->step()), stepPage->scriptParts(), m_plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FailbackWizard::reject()
{
    // Closing while a step runs would leave the operator without its outcome; the step must end first.
    if (auto* stepPage = qobject_cast<StepPage*>(currentPage()); stepPage && stepPage->isBusy()) {
        QMessageBox::information(
            this, tr("A step is running"),
            tr("\"%1\" is still running. Wait for it to end, or cancel it on the page; the "
               "wizard can be closed then.")
                .arg(StepInfo::title(stepPage->step())));
        return;
    }
    QWizard::reject();
}

void FailbackWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void FailbackWizard::retranslateUi()
{
    setWindowTitle(tr("Persistent Chat Failback"));
    // QWizard keeps its own button texts until the page changes; set them from Qt's catalog now.
    setButtonText(QWizard::NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(QWizard::BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(QWizard::CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(QWizard::FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
    setButtonText(QWizard::CommitButton, QCoreApplication::translate("QWizard", "Commit"));
    setButtonText(QWizard::CustomButton1, tr("&Script…"));

    QStringList texts{tr("Welcome"), tr("Environment"), StepInfo::title(StepId::Preflight)};
    for (StepId step : procedureSteps())
        texts << tr("%1. %2").arg(int(step)).arg(StepInfo::title(step));
    texts << tr("Summary");
    m_stepList->setTexts(texts);
    m_stepList->setCurrentPage(currentId());
}

} // namespace pchat
