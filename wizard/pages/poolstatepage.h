// The page of a PoolStateStep: the pool identity, the pools as Get-CsPersistentChatState lists them, and the
// Set- and Get- commands (the failback's step 7 and the failover's step 5).
#pragma once

#include "backend/steps/poolstatestep.h"
#include "steppage.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pchat {

class CommandPreview;

class PoolStatePage : public StepPage
{
    Q_OBJECT

public:
    // poolFieldName: the object name of the identity field (tests find it by that name).
    PoolStatePage(StepId step, Plan& plan, const QString& poolFieldName,
                  PoolStateStep::SetStateCommand setState, QWidget* parent = nullptr);

    // Fills the pools table whenever the step has read Get-CsPersistentChatState.
    void setStepObject(FailbackStep* step);

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;
    // What the step does and why, in the operator's language.
    virtual QString introText() const = 0;

private:
    PoolStateStep::SetStateCommand m_setState;
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_pool;
    QPushButton* m_readPools;

    QTableWidget* m_pools;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
};

} // namespace pchat
