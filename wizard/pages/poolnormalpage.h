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

protected:
    QStringList fieldPrefixes() const override;
    void retranslateUi() override;
    void planChanged() override;

private:
    QLabel* m_intro;
    QFormLayout* m_form;
    QLineEdit* m_pool;
    QPushButton* m_readPools;
    QLabel* m_readReason;
    QTableWidget* m_pools;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
};

} // namespace pchat
