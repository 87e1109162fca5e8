// Step 1: clear the Active Server list with Set-CsPersistentChatActiveServer, and the Agent account note.
#pragma once

#include "steppage.h"

class QLabel;

namespace pchat {

class CommandPreview;

class ClearActiveServersPage : public StepPage
{
    Q_OBJECT

public:
    explicit ClearActiveServersPage(Plan& plan, QWidget* parent = nullptr);

protected:
    void retranslateUi() override;
    void planChanged() override;

private:
    QLabel* m_intro;
    QLabel* m_collection;
    QLabel* m_commandLabel;
    CommandPreview* m_command;
    QLabel* m_important;
};

} // namespace pchat
