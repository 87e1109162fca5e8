// Failover step 4, a commit page: the sessions in the backup mgc (ended with KILL once confirmed), the
// recovery point, and RESTORE DATABASE ... WITH RECOVERY after the operator typed the database and instance.
#pragma once

#include "steppage.h"

class QCheckBox;
class QLabel;
class QTableWidget;

namespace pchat {

class BringOnlineStep;
class TypedConfirmation;

class BringOnlinePage : public StepPage
{
    Q_OBJECT

public:
    explicit BringOnlinePage(Plan& plan, QWidget* parent = nullptr);
    void setStepObject(FailbackStep* step);

protected:
    void retranslateUi() override;
    void planChanged() override;
    bool confirmRun() override;

private:
    BringOnlineStep* onlineStep() const;
    void showState();
    void updateConfirmation();

    QLabel* m_intro;
    QLabel* m_recoveryPoint;
    QTableWidget* m_sessions;
    QCheckBox* m_endSessions;
    TypedConfirmation* m_confirm;
};

} // namespace pchat
