// Keeps the wizard of the procedure the operator chose on screen: the Welcome page's choice builds the other
// procedure's wizard in its place, with the plan typed so far and the window where it was.
#pragma once

#include "failbackwizard.h"

#include <functional>
#include <memory>
#include <QObject>

namespace pchat {

class WizardHost : public QObject
{
    Q_OBJECT

public:
    // What every wizard gets once built (audit root, training lab, stop request); called again for each one.
    using Setup = std::function<void(FailbackWizard& wizard)>;

    WizardHost(const Procedure& procedure, Setup setup, QObject* parent = nullptr);
    ~WizardHost() override;

    FailbackWizard* wizard() const { return m_wizard.get(); }
    // Builds the procedure's wizard in place of the current one (nothing when it is the same procedure, or
    // while a run is open: a run belongs to one procedure).
    void switchTo(const Procedure& procedure);

Q_SIGNALS:
    // The wizard on screen was replaced; the old one is deleted later.
    void wizardReplaced(pchat::FailbackWizard* wizard);

private:
    void create(const Procedure& procedure);

    Setup m_setup;
    std::unique_ptr<FailbackWizard> m_wizard;
};

} // namespace pchat
