#include "applylogspage.h"

#include "backend/sql/lsn.h"
#include "backend/steps/applylogsstep.h"
#include "wizard/widgets/readonlytable.h"

#include <algorithm>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {

enum Column
{
    OrderColumn,
    FileColumn,
    FirstLsnColumn,
    LastLsnColumn,
    FinishedColumn,
    DecisionColumn,
    ColumnCount
};

} // namespace

ApplyLogsPage::ApplyLogsPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::FailoverApplyLogs, plan, parent)
    , m_intro(new QLabel)
    , m_fromShare(new QCheckBox)
    , m_files(new ReadOnlyTable(0, ColumnCount, QStringLiteral("logBackupsTable")))
    , m_gap(new QLabel)
    , m_overall(new QProgressBar)
    , m_overallText(new QLabel)
{
    setObjectName(QStringLiteral("applyLogsPage"));
    m_intro->setWordWrap(true);
    m_gap->setWordWrap(true);
    m_gap->setObjectName(QStringLiteral("gapLabel"));
    m_gap->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_gap->hide();
    m_fromShare->setObjectName(QStringLiteral("readFromShare"));
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_files->setMinimumHeight(120);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);
    m_overallText->setWordWrap(true);
    connect(m_fromShare, &QCheckBox::toggled, this, [this](bool on) {
        if (ApplyLogsStep* step = applyStep()) {
            step->setReadFromShare(on);
            // The chain depends on the folders: read it again.
            if (!isBusy())
                step->inspect(this->plan());
        }
    });

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_fromShare);
    formLayout()->addWidget(m_files, 1);
    formLayout()->addWidget(m_gap);
    formLayout()->addWidget(m_overallText);
    formLayout()->addWidget(m_overall);
    setFormScrollable(false);
    retranslateUi();
}

ApplyLogsStep* ApplyLogsPage::applyStep() const
{
    return qobject_cast<ApplyLogsStep*>(stepObject());
}

void ApplyLogsPage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    auto* apply = qobject_cast<ApplyLogsStep*>(step);
    if (!apply)
        return;
    apply->setReadFromShare(m_fromShare->isChecked());
    connect(apply, &FailbackStep::inspected, this, &ApplyLogsPage::showChain);
    connect(apply, &FailbackStep::finished, this, &ApplyLogsPage::showChain);
    connect(apply, &ApplyLogsStep::fileStarted, this, &ApplyLogsPage::fileStarted);
    connect(apply, &FailbackStep::progress, this,
            [this](const ProgressSample& sample) { fileProgress(sample.percent); });
}

void ApplyLogsPage::planChanged()
{
    m_fromShare->setText(tr("Read the log backups from the &share %1 as well, not only from the copy folder")
                             .arg(plan().logShipping.backupNetworkPath));
    // The plan's answer of step 2 (failover.restoreFromShare) reads the share whatever the box says: show it.
    if (plan().failover.restoreFromShare)
        m_fromShare->setChecked(true);
    m_fromShare->setEnabled(!plan().failover.restoreFromShare);
    showChain();
}

void ApplyLogsPage::showChain()
{
    const ApplyLogsStep* step = applyStep();
    if (!step)
        return;
    const LogChainPlan& chain = step->chain();
    struct Row
    {
        LogBackupFile file;
        QString decision;
        int order = 0;
    };
    // What the run does first, then what stands in its way, then what is skipped (newest first).
    QList<Row> rows;
    int order = 0;
    for (const LogBackupFile& file : chain.toApply)
        rows << Row{file, step->applied().contains(file) ? tr("restored") : tr("to restore"), ++order};
    for (const LogBackupFile& file : chain.afterGap)
        rows << Row{file, tr("after the gap: cannot be restored")};
    for (const LogBackupFile& file : chain.duplicates)
        rows << Row{file, tr("skipped: the same backup as another file")};
    for (auto file = chain.alreadyApplied.crbegin(); file != chain.alreadyApplied.crend(); ++file)
        rows << Row{*file, tr("already restored")};
    for (const LogBackupFile& file : chain.invalid + chain.notLogBackups)
        rows << Row{file, tr("not usable (no valid log range)")};
    m_files->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const LogBackupFile& file = rows.at(row).file;
        const QStringList cells{rows.at(row).order > 0 ? QString::number(rows.at(row).order) : QString(),
                                file.path,
                                Lsn::normalized(file.set.firstLsn),
                                Lsn::normalized(file.set.lastLsn),
                                QLocale().toString(file.set.finishDate.toLocalTime(), QLocale::ShortFormat),
                                rows.at(row).decision};
        for (int column = 0; column < cells.size(); ++column)
            m_files->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_gap->setVisible(chain.hasGap);
    if (chain.hasGap)
        m_gap->setText(tr("Gap in the log chain: no log backup holds LSN %1 up to %2. The backups after it "
                          "cannot be restored until the missing ones are found; %3 can be brought online "
                          "only at the point before the gap.")
                           .arg(chain.gapFromLsn, chain.gapToLsn, plan().mgcDatabase));
}

void ApplyLogsPage::fileStarted(int index, int count, const QString& path)
{
    m_index = index;
    m_count = count;
    m_overallText->setText(
        tr("Log backup %1 of %2: %3").arg(QString::number(index + 1), QString::number(count), path));
    fileProgress(0);
    showChain();
}

void ApplyLogsPage::fileProgress(double percent)
{
    if (m_count <= 0 || m_index < 0)
        return;
    // Overall: the files done count whole, the running one by its share.
    const double overall = (m_index + std::clamp(percent, 0.0, 100.0) / 100.0) / m_count;
    m_overall->setValue(int(overall * 1000));
    m_overall->setAccessibleDescription(tr("%1 percent of all log backups").arg(qRound(overall * 100)));
}

bool ApplyLogsPage::confirmRun()
{
    const ApplyLogsStep* step = applyStep();
    const int count = step ? int(step->chain().toApply.size()) : 0;
    m_index = -1;
    m_count = 0;
    m_overall->setValue(0);
    return QMessageBox::question(
               this, tr("Restore Transaction Log"),
               tr("Restore %n log backup(s) into %1 on %2 WITH NORECOVERY, in the order the "
                  "table shows?",
                  "", count)
                   .arg(plan().mgcDatabase, plan().backupInstance.name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void ApplyLogsPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(
        tr("In SQL Server Management Studio this is: on the backup instance, right-click %1, Tasks > Restore "
           "> "
           "Transaction Log, once per log backup, oldest first, with \"Leave the database non-operational "
           "(RESTORE WITH NORECOVERY)\". The wizard reads the header of every log backup (RESTORE "
           "HEADERONLY), orders them by LSN, skips what %1 already has (its redo point in "
           "sys.master_files) and stops at the first gap.")
            .arg(plan().mgcDatabase));
    m_fromShare->setToolTip(tr("For the log backups step 2 did not copy: the backup instance's service "
                               "account reads them from the share directly."));
    m_files->setAccessibleName(tr("Log backups"));
    m_files->setHorizontalHeaderLabels(
        {tr("Order"), tr("File"), tr("First LSN"), tr("Last LSN"), tr("Finished"), tr("Decision")});
    if (m_index < 0)
        m_overallText->setText(tr("Overall progress of the log restores"));
    m_overall->setAccessibleName(tr("Overall progress"));
    planChanged();
}

} // namespace pchat
