#include "wizardhost.h"

#include "backend/audit/audittrail.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "wizard/pages/welcomepage.h"

namespace pchat {

WizardHost::WizardHost(const Procedure& procedure, Setup setup, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    create(procedure);
}

WizardHost::~WizardHost() = default;

void WizardHost::create(const Procedure& procedure)
{
    m_wizard = std::make_unique<FailbackWizard>(procedure);
    // Queued: the request comes from a page of the wizard that is about to be replaced.
    connect(
        m_wizard.get(), &FailbackWizard::procedureRequested, this,
        [this](const Procedure* requested) { switchTo(*requested); }, Qt::QueuedConnection);
    if (m_setup)
        m_setup(*m_wizard);
}

void WizardHost::switchTo(const Procedure& procedure)
{
    FailbackWizard* old = m_wizard.get();
    if (&old->procedure() == &procedure || old->isRunOpen())
        return;
    const Plan plan = old->plan();
    const QRect geometry = old->geometry();
    const bool visible = old->isVisible();
    std::unique_ptr<FailbackWizard> previous = std::move(m_wizard);
    create(procedure);
    // Every field typed so far is in the plan; the new wizard shows it on its pages.
    m_wizard->setPlan(plan);
    m_wizard->setGeometry(geometry);
    if (visible)
        m_wizard->show();
    previous->disconnect(this);
    previous->hide();
    previous.release()->deleteLater();
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Procedure chosen: %1."), {procedure.title()});
    // In training the lab may still be where the other procedure starts.
    if (auto* welcome = qobject_cast<WelcomePage*>(m_wizard->page(FailbackWizard::WelcomePageId)))
        welcome->procedureSwitched();
    Q_EMIT wizardReplaced(m_wizard.get());
}

} // namespace pchat
