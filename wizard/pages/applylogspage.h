// Failover step 3: SSMS's Restore Transaction Log for every log backup the backup mgc lacks, in LSN order,
// WITH NORECOVERY: the chain the step planned as a table, the gap if any, and progress per file and overall.
#pragma once

#include "steppage.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace pchat {

class ApplyLogsStep;

class ApplyLogsPage : public StepPage
{
    Q_OBJECT

public:
    explicit ApplyLogsPage(Plan& plan, QWidget* parent = nullptr);
    void setStepObject(FailbackStep* step);

protected:
    void retranslateUi() override;
    void planChanged() override;
    bool confirmRun() override;

private:
    ApplyLogsStep* applyStep() const;
    void showChain();
    void fileStarted(int index, int count, const QString& path);
    void fileProgress(double percent);

    QLabel* m_intro;
    QCheckBox* m_fromShare;
    QTableWidget* m_files;
    QLabel* m_gap;
    QProgressBar* m_overall;
    QLabel* m_overallText;
    int m_index = -1;
    int m_count = 0;
};

} // namespace pchat
