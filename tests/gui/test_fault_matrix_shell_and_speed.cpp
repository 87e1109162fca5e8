// The fault matrix's rows for the Lync shell, whose cmdlets fail, and for a slow lab, which is no fault.
#include "faultmatrixresults.h"
#include "matrixwalk.h"
#include "wizard/failbackwizard.h"
#include "wizard/pages/steppage.h"

#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <QProgressBar>
#include <QWizardPage>

using namespace pchat;

TEST(FaultMatrix, ShellCmdletFails)
{
    const QString fault = QStringLiteral("shell-cmdlet-fails");
    // After: Set-CsPersistentChatState succeeds, reading the state back with Get- fails.
    MatrixWalk::runRow(fault,
                       {{{0, Phase::Before, fault},
                         {1, Phase::Before, fault},
                         {6, Phase::Before, fault},
                         {7, Phase::Before, fault}},
                        {{7, Phase::After, QStringLiteral("shell-cmdlet-fails:Get-CsPersistentChatState")}}});
}

TEST(FaultMatrix, ShellHangs)
{
    // A cmdlet that never answers: the wizard stops the shell at the plan's timeout.
    const QString fault = QStringLiteral("shell-hangs");
    MatrixWalk::runRow(fault,
                       {{{0, Phase::Before, fault},
                         {1, Phase::Before, fault},
                         {6, Phase::Before, fault},
                         {7, Phase::Before, fault}},
                        {{7, Phase::After, QStringLiteral("shell-hangs:Get-CsPersistentChatState")}}},
                       MatrixProcedure::Failback, RowPlan{.shellTimeoutSeconds = 5});
}

TEST(FaultMatrix, ShellProgramMissing)
{
    // The plan's shell program is not on this computer (any more): the shell does not start.
    const QString fault = MatrixWalk::shellProgramMissing;
    MatrixWalk::runRow(fault, {{{0, Phase::Before, fault},
                                {1, Phase::Before, fault},
                                {6, Phase::Before, fault},
                                {7, Phase::Before, fault}}});
}

TEST(FaultMatrix, SlowIsNotAFailure)
{
    // Slow answers are no fault of the procedure: every step completes, and the progress bars only move
    // forward within their range while a step runs.
    const QString row = QStringLiteral("slow");
    MatrixWalk walk(row);
    ASSERT_TRUE(MatrixWalk::labFault("fault-add", QStringLiteral("slow:40")));
    // Slow enough that the backups and restores show progress over several polls.
    ASSERT_TRUE(MatrixWalk::labSpeed(25));
    struct Track
    {
        int last = 0;
        int moves = 0;
        bool backwards = false;
        bool outOfRange = false;
        QString values;
    };
    auto tracks = std::make_shared<std::map<QProgressBar*, Track>>();
    for (QProgressBar* bar :
         walk.driver().wizard().findChildren<QProgressBar*>(QStringLiteral("stepProgress"))) {
        QObject::connect(bar, &QProgressBar::valueChanged, bar, [bar, tracks](int value) {
            Track& t = (*tracks)[bar];
            t.outOfRange = t.outOfRange || value < 0 || value > bar->maximum();
            // 0 starts a run again (Retry), and a step of two operations (step 5: backup, then restore)
            // starts again after the first reached 100 %; otherwise the bar only moves forward.
            t.backwards = t.backwards || (value != 0 && value < t.last && t.last != bar->maximum());
            t.moves += value != t.last ? 1 : 0;
            t.last = value;
            t.values += QString::number(value) + u' ';
        });
    }
    // walkTo runs every step on the way and fails the test unless each ends Done.
    walk.driver().walkTo(QStringLiteral("summaryPage"));
    MatrixWalk::labSpeed(400);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    FaultMatrixResults::recordCell(row, 0, QStringLiteral("ok"));
    for (int id = FailbackWizard::ClearActiveServersPageId; id <= FailbackWizard::PoolNormalPageId; ++id) {
        auto* page = qobject_cast<StepPage*>(walk.driver().wizard().page(id));
        const StepStatus status = page->stepObject()->status();
        const bool done = status == StepStatus::Done || status == StepStatus::AlreadyDone;
        EXPECT_TRUE(done) << page->objectName().toStdString();
        FaultMatrixResults::recordCell(row, int(page->step()),
                                       done ? QStringLiteral("ok") : QStringLiteral("ERR"));
    }
    int moving = 0;
    for (const auto& [bar, track] : *tracks) {
        QString page;
        for (QWidget* w = bar; w; w = w->parentWidget()) {
            if (qobject_cast<QWizardPage*>(w))
                page = w->objectName();
        }
        EXPECT_FALSE(track.backwards) << "the progress bar of " << page.toStdString()
                                      << " moved backwards: " << track.values.toStdString();
        EXPECT_FALSE(track.outOfRange) << "a progress bar left its range";
        moving += track.moves >= 3 ? 1 : 0;
    }
    EXPECT_GE(moving, 2) << "the backup and the restore show progress while they run";
    walk.expectAuditVerifies("slow walk");
    FaultMatrixResults::writeRow(row);
}
