#include "failovercopybackupspage.h"

#include "backend/shell/robocopycommand.h"
#include "backend/steps/failovercopybackupsstep.h"
#include "backend/steps/resultvalues.h"
#include "wizard/widgets/readonlytable.h"
#include "wizard/widgets/steprunpanel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {
enum Column
{
    FileColumn,
    TimeColumn,
    SizeColumn,
    FinishedColumn,
    ColumnCount
};
}

FailoverCopyBackupsPage::FailoverCopyBackupsPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::FailoverCopyBackups, plan, parent)
    , m_intro(new QLabel)
    , m_folders(new QLabel)
    , m_files(new ReadOnlyTable(0, ColumnCount, QStringLiteral("uncopiedTable")))
    , m_choiceTitle(new QLabel)
    , m_choices(new QButtonGroup(this))
    , m_copyChoice(new QRadioButton)
    , m_shareChoice(new QRadioButton)
    , m_command(new QLineEdit)
    , m_clipboard(new QPushButton)
    , m_verify(new QPushButton)
    , m_decision(new QLabel)
{
    setObjectName(QStringLiteral("failoverCopyBackupsPage"));
    m_intro->setWordWrap(true);
    m_folders->setWordWrap(true);
    m_folders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decision->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("copyDecision"));
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_files->setMaximumHeight(100);
    m_copyChoice->setObjectName(QStringLiteral("copyChoice"));
    m_shareChoice->setObjectName(QStringLiteral("shareChoice"));
    m_choices->addButton(m_copyChoice);
    m_choices->addButton(m_shareChoice);
    m_command->setObjectName(QStringLiteral("robocopyCommand"));
    m_command->setReadOnly(true);
    m_clipboard->setObjectName(QStringLiteral("copyCommandButton"));
    m_verify->setObjectName(QStringLiteral("verifyCopiesButton"));

    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_clipboard);
    commandRow->addWidget(m_verify);

    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_folders);
    formLayout()->addWidget(m_files);
    formLayout()->addWidget(m_choiceTitle);
    formLayout()->addWidget(m_copyChoice);
    formLayout()->addLayout(commandRow);
    formLayout()->addWidget(m_shareChoice);
    formLayout()->addWidget(m_decision);
    formLayout()->addStretch();

    connect(m_choices, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on)
            choose();
    });
    connect(m_clipboard, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->text()); });
    connect(m_verify, &QPushButton::clicked, this, &FailoverCopyBackupsPage::verifyCopies);
    retranslateUi();
}

FailoverCopyBackupsStep* FailoverCopyBackupsPage::copyStep() const
{
    return qobject_cast<FailoverCopyBackupsStep*>(stepObject());
}

void FailoverCopyBackupsPage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    if (step) {
        connect(step, &FailbackStep::inspected, this, &FailoverCopyBackupsPage::planChanged);
        connect(step, &FailbackStep::finished, this, &FailoverCopyBackupsPage::planChanged);
        connect(step, &FailbackStep::statusChanged, this, &FailoverCopyBackupsPage::showDecision);
    }
    choose();
}

QString FailoverCopyBackupsPage::robocopyCommand() const
{
    const FailoverCopyBackupsStep* step = copyStep();
    if (!step)
        return {};
    QStringList names;
    for (const FailoverCopyBackupsStep::File& file : step->decided())
        names << file.name;
    return RobocopyCommand::copyFiles(FailoverCopyBackupsStep::shareFolder(plan()),
                                      FailoverCopyBackupsStep::copyFolder(plan()), names);
}

void FailoverCopyBackupsPage::choose()
{
    FailoverCopyBackupsStep* step = copyStep();
    const LogBackupSource source = m_copyChoice->isChecked()    ? LogBackupSource::CopyFolder
                                   : m_shareChoice->isChecked() ? LogBackupSource::Share
                                                                : LogBackupSource::NotChosen;
    if (step)
        step->setSource(source);
    // The choice is the plan's failover.restoreFromShare: step 3 reads the share when the backups stay there
    // (without it, step 3 would restore only the copied ones and stop short of the recovery point).
    if (source != LogBackupSource::NotChosen)
        plan().failover.restoreFromShare = source == LogBackupSource::Share;
    m_command->setEnabled(source == LogBackupSource::CopyFolder);
    m_clipboard->setEnabled(source == LogBackupSource::CopyFolder && !m_command->text().isEmpty());
    m_verify->setEnabled(source == LogBackupSource::CopyFolder && step && !isBusy());
    runPanel()->setRunBlockedReason(source == LogBackupSource::NotChosen
                                        ? tr("Choose above how the log backups reach step 3.")
                                        : QString());
    showDecision();
}

void FailoverCopyBackupsPage::verifyCopies()
{
    FailoverCopyBackupsStep* step = copyStep();
    if (step && !isBusy())
        step->verify(plan());
}

void FailoverCopyBackupsPage::planChanged()
{
    const FailoverCopyBackupsStep* step = copyStep();
    m_folders->setText(
        tr("Share (network path to backup folder): %1\nCopy folder (destination folder for "
           "copied files): %2")
            .arg(FailoverCopyBackupsStep::shareFolder(plan()), FailoverCopyBackupsStep::copyFolder(plan())));
    const QList<FailoverCopyBackupsStep::File> files =
        step ? step->decided() : QList<FailoverCopyBackupsStep::File>{};
    m_files->setRowCount(int(files.size()));
    for (int row = 0; row < files.size(); ++row) {
        const FailoverCopyBackupsStep::File& file = files.at(row);
        m_files->setItem(row, FileColumn, new QTableWidgetItem(file.name));
        m_files->setItem(row, TimeColumn,
                         new QTableWidgetItem(file.backupTime.isValid()
                                                  ? QLocale().toString(file.backupTime, QLocale::ShortFormat)
                                                  : tr("unknown")));
        m_files->setItem(
            row, SizeColumn,
            new QTableWidgetItem(file.sizeBytes < 0 ? tr("unknown") : ResultValues::size(file.sizeBytes)));
        m_files->setItem(row, FinishedColumn,
                         new QTableWidgetItem(file.finished.isValid()
                                                  ? QLocale().toString(file.finished, QLocale::ShortFormat)
                                                  : tr("unknown")));
    }
    m_command->setText(robocopyCommand());
    choose();
}

void FailoverCopyBackupsPage::showDecision()
{
    const FailoverCopyBackupsStep* step = copyStep();
    m_verify->setEnabled(m_copyChoice->isChecked() && step && !isBusy());
    if (!step) {
        m_decision->clear();
        return;
    }
    const StepStatus status = step->status();
    const bool done = status == StepStatus::Done || status == StepStatus::AlreadyDone;
    if (done && step->decided().isEmpty()) {
        m_decision->setText(
            tr("<b>Nothing to copy:</b> every log backup on the share is in the copy folder."));
    } else if (done && step->source() == LogBackupSource::Share) {
        m_decision->setText(tr("<b>Done: not copied.</b> Step 3 restores %n log backup(s) directly from the "
                               "share.",
                               nullptr, int(step->decided().size())));
    } else if (done && step->source() == LogBackupSource::CopyFolder) {
        m_decision->setText(tr("<b>Done: copied.</b> The copy folder holds the %n log backup(s); step 3 "
                               "reads them there.",
                               nullptr, int(step->decided().size())));
    } else {
        m_decision->setText(tr("Not decided yet: choose, then Run records the choice (after it checks the "
                               "copy folder or the share)."));
    }
}

void FailoverCopyBackupsPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(tr(
        "Log shipping's copy job copied each log backup from the share to the copy folder on the backup "
        "instance; the restore job applied them from there. At the disaster, some were on the share but "
        "not copied yet. The list shows them as the backup instance's SQL Server service account sees both "
        "folders (xp_dirtree), with the size and end time from each file's header."));
    m_files->setAccessibleName(tr("Log backups not copied"));
    m_files->setHorizontalHeaderLabels(
        {tr("File"), tr("Backup time (UTC, from the name)"), tr("Size"), tr("Backup finished")});
    m_choiceTitle->setText(tr("<b>How do the log backups reach step 3?</b>"));
    m_copyChoice->setText(tr("&I copy them to the copy folder with this command, then choose Verify:"));
    m_shareChoice->setText(
        tr("&Restore them directly from the share: the backup instance's SQL Server and Agent accounts can "
           "read it (nothing is copied)."));
    m_clipboard->setText(tr("Copy to Clip&board"));
    m_verify->setText(tr("&Verify"));
    m_command->setAccessibleName(tr("robocopy command"));
    planChanged();
}

} // namespace pchat
