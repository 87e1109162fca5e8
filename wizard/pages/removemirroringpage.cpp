#include "removemirroringpage.h"

#include "backend/steps/removemirroringstep.h"
#include "wizard/widgets/readonlytable.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {
enum Column
{
    DatabaseColumn,
    PrincipalColumn,
    MirrorColumn,
    StateColumn,
    AfterColumn,
    ColumnCount
};
}

RemoveMirroringPage::RemoveMirroringPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::RemoveMirroring, plan, parent)
    , m_intro(new QLabel)
    , m_databases(new ReadOnlyTable(2, ColumnCount, QStringLiteral("mirroringTable")))
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("removeMirroringPage"));
    m_intro->setWordWrap(true);
    m_note->setWordWrap(true);
    m_databases->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_databases->setMaximumHeight(110);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_databases);
    formLayout()->addWidget(m_note);
    formLayout()->addStretch();
    retranslateUi();
}

void RemoveMirroringPage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    if (step)
        connect(step, &FailbackStep::inspected, this, &RemoveMirroringPage::planChanged);
}

void RemoveMirroringPage::planChanged()
{
    const QStringList databases{plan().mgcDatabase, plan().mgccompDatabase};
    const auto* step = qobject_cast<const RemoveMirroringStep*>(stepObject());
    for (int row = 0; row < databases.size(); ++row) {
        // Partner and state come from sys.database_mirroring as the step last read it; nothing is assumed.
        MirroringInfo info;
        if (step) {
            for (const MirroringInfo& read : step->mirroring()) {
                if (read.database.compare(databases.at(row), Qt::CaseInsensitive) == 0)
                    info = read;
            }
        }
        const bool known = !info.database.isEmpty();
        const QString unknown = tr("not read yet");
        QString state = unknown;
        if (known && !info.exists)
            state = tr("no such database");
        else if (known && !info.mirrored)
            state = tr("not mirrored");
        else if (known)
            state = QStringLiteral("%1, %2").arg(info.role, info.state);
        m_databases->setItem(row, DatabaseColumn, new QTableWidgetItem(databases.at(row)));
        m_databases->setItem(row, PrincipalColumn, new QTableWidgetItem(plan().backupInstance.name));
        m_databases->setItem(
            row, MirrorColumn,
            new QTableWidgetItem(
                known ? (info.partnerInstance.isEmpty() ? info.partnerName : info.partnerInstance)
                      : unknown));
        m_databases->setItem(row, StateColumn, new QTableWidgetItem(state));
        m_databases->setItem(row, AfterColumn, new QTableWidgetItem(tr("not mirrored")));
    }
}

bool RemoveMirroringPage::confirmRun()
{
    // SSMS asks this before it removes mirroring; the wizard asks the same.
    return QMessageBox::question(
               this, tr("Remove Mirroring"),
               tr("Are you sure you want to remove mirroring for %1 and %2 on %3?")
                   .arg(plan().mgcDatabase, plan().mgccompDatabase, plan().backupInstance.name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void RemoveMirroringPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_databases->setAccessibleName(tr("Mirrored databases"));
    m_intro->setText(
        tr("In SQL Server Management Studio this is: connect to the backup mgc instance, right-click "
           "the database, Tasks > Mirror, Remove Mirroring, OK; then the same for mgccomp. Before it "
           "runs you confirm, as SSMS asks: \"Are you sure you want to remove mirroring?\""));
    m_databases->setHorizontalHeaderLabels({tr("Database"), tr("Principal"), tr("Mirror partner"),
                                            tr("Mirroring state"), tr("After this step")});
    m_note->setText(
        tr("Removing mirroring ends the partnership on both partners; the copies on the mirror server "
           "stay in the RESTORING state. mgccomp is not failed over, but its mirroring is removed as "
           "well. A database that is already not mirrored counts as done."));
    planChanged();
}

} // namespace pchat
