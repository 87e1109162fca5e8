// Failover step 1: the backup mgc removed as log shipping secondary, as SSMS's Transaction Log Shipping page
// removes a secondary; shows what log shipping knew, recorded before msdb forgets it.
#pragma once

#include "steppage.h"

class QFormLayout;
class QLabel;

namespace pchat {

class FailoverRemoveLogShippingPage : public StepPage
{
    Q_OBJECT

public:
    explicit FailoverRemoveLogShippingPage(Plan& plan, QWidget* parent = nullptr);
    // Also refreshes the record whenever the step has read msdb.
    void setStepObject(FailbackStep* step);

protected:
    void retranslateUi() override;
    void planChanged() override;
    bool confirmRun() override;

private:
    enum Row
    {
        PrimaryRow,
        LastCopiedRow,
        LastRestoredRow,
        ShareRow,
        CopyFolderRow,
        JobsRow,
        RowCount
    };

    QLabel* m_intro;
    QLabel* m_recordTitle;
    QFormLayout* m_form;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
    QLabel* m_note;
};

} // namespace pchat
