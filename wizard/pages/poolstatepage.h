// Step 7: return the Persistent Chat pool to Normal with Set-CsPersistentChatState, verified by the Get-
// cmdlet.
#pragma once

#include "steppage.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pchat {

class CommandPreview;

class PoolNormalPage : public StepPage
{
    Q_OBJECT

public:
    explicit PoolNormalPage(Plan& plan, QWidget* parent = nullptr);

    // Fills the pools table whenever the step has read Get-CsPersistentChatState.
    void setStepObject(FailbackStep* step);

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_pool;
    QPushButton* m_readPools;

    QTableWidget* m_pools;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
};

} // namespace pchat
