#include "summarypage.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/run/procedure.h"
#include "backend/run/scriptexporter.h"
#include "wizard/proceduretexts.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pchat {

namespace {
enum Column
{
    StepColumn,
    WhereColumn,
    StateColumn,
    ColumnCount
};
}

SummaryPage::SummaryPage(Plan& plan, const Procedure& procedure, QWidget* parent)
    : PlanPage(plan, parent)
    , m_procedure(procedure)
    , m_intro(new QLabel)
    , m_steps(new QTableWidget(int(procedure.actions().size()), ColumnCount))
    , m_exportBox(new QGroupBox)
    , m_folderLabel(new QLabel)
    , m_folder(new QLineEdit)
    , m_browse(new QPushButton)
    , m_export(new QPushButton)
    , m_result(new QLabel)
    , m_auditBox(new QGroupBox)
    , m_audit(new QLabel)
    , m_openAudit(new QPushButton)
    , m_closeRun(new QPushButton)
    , m_hashLabel(new QLabel)
    , m_finalHash(new QLineEdit)
    , m_copyHash(new QPushButton)
    , m_hashNote(new QLabel)
    , m_cycleBox(new QGroupBox)
    , m_cycleText(new QLabel)
    , m_nextProcedure(new QPushButton)
{
    setObjectName(QStringLiteral("summaryPage"));
    setFinalPage(true);
    m_intro->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("stepsTable"));
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_browse->setObjectName(QStringLiteral("browseExportFolderButton"));
    m_export->setObjectName(QStringLiteral("exportScriptsButton"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    // Paths and server messages are shown as they are, never interpreted as markup.
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setBuddy(m_folder);
    m_folder->setText(
        QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("pchat-failback-scripts"))));
    connect(m_browse, &QPushButton::clicked, this, &SummaryPage::browse);
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::exportScripts);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_export);
    auto* exportLayout = new QVBoxLayout(m_exportBox);
    exportLayout->addLayout(folderRow);
    exportLayout->addWidget(m_result);

    m_auditBox->setObjectName(QStringLiteral("auditBox"));
    m_audit->setObjectName(QStringLiteral("auditFolderText"));
    m_audit->setWordWrap(true);
    m_audit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openAudit->setObjectName(QStringLiteral("openAuditFolderButton"));
    connect(m_openAudit, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_auditFolder)); });
    m_closeRun->setObjectName(QStringLiteral("closeRunButton"));
    connect(m_closeRun, &QPushButton::clicked, this, [this] {
        m_closeRun->setEnabled(false);
        Q_EMIT closeRunRequested();
    });
    m_finalHash->setObjectName(QStringLiteral("finalHash"));
    m_finalHash->setReadOnly(true);
    m_hashLabel->setBuddy(m_finalHash);
    m_copyHash->setObjectName(QStringLiteral("copyFinalHashButton"));
    connect(m_copyHash, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_finalHash->text());
        m_finalHash->selectAll();
    });
    m_hashNote->setObjectName(QStringLiteral("finalHashNote"));
    m_hashNote->setWordWrap(true);
    auto* folderRowAudit = new QHBoxLayout;
    folderRowAudit->addWidget(m_audit, 1);
    folderRowAudit->addWidget(m_openAudit);
    auto* hashRow = new QHBoxLayout;
    hashRow->addWidget(m_hashLabel);
    hashRow->addWidget(m_finalHash, 1);
    hashRow->addWidget(m_copyHash);
    auto* auditLayout = new QVBoxLayout(m_auditBox);
    auditLayout->addLayout(folderRowAudit);
    auditLayout->addWidget(m_closeRun, 0, Qt::AlignLeft);
    auditLayout->addLayout(hashRow);
    auditLayout->addWidget(m_hashNote);
    setHashRowVisible(false);
    m_auditBox->hide();

    m_cycleBox->setObjectName(QStringLiteral("cycleBox"));
    m_cycleText->setObjectName(QStringLiteral("cycleText"));
    m_cycleText->setWordWrap(true);
    m_nextProcedure->setObjectName(QStringLiteral("nextProcedureButton"));
    connect(m_nextProcedure, &QPushButton::clicked, this, [this] {
        // Once: the run is being closed and this wizard replaced.
        m_nextProcedure->setEnabled(false);
        Q_EMIT nextProcedureRequested();
    });
    auto* cycleLayout = new QVBoxLayout(m_cycleBox);
    cycleLayout->addWidget(m_cycleText);
    cycleLayout->addWidget(m_nextProcedure, 0, Qt::AlignLeft);
    m_cycleBox->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_cycleBox);
    layout->addWidget(m_auditBox);
    layout->addWidget(m_exportBox);
    retranslateUi();
}

void SummaryPage::planChanged()
{
    for (int row = 0; row < m_procedure.actions().size(); ++row) {
        const ProcedureStep& step = m_procedure.actions().at(row);
        m_steps->setItem(
            row, StepColumn,
            new QTableWidgetItem(tr("%1. %2").arg(QString::number(step.number()), step.title())));
        m_steps->setItem(row, WhereColumn, new QTableWidgetItem(step.where()));
        m_steps->setItem(row, StateColumn, new QTableWidgetItem(stateText(step.number())));
    }
}

QString SummaryPage::stateText(int step) const
{
    if (m_recordedDone.contains(step))
        return tr("Done (recorded earlier in this run)");
    switch (m_states.value(step, StepStatus::NotInspected)) {
    case StepStatus::Done:
        return tr("Done and verified");
    case StepStatus::AlreadyDone:
        return tr("Already in place");
    case StepStatus::Failed:
        return tr("Failed");
    case StepStatus::Cancelled:
        return tr("Cancelled");
    case StepStatus::Inspecting:
    case StepStatus::Running:
    case StepStatus::Verifying:
        return tr("Running");
    case StepStatus::NotInspected:
    case StepStatus::Ready:
        break;
    }
    return tr("Not run");
}

bool SummaryPage::everyStepDone() const
{
    for (const ProcedureStep& step : m_procedure.actions()) {
        const StepStatus status = m_states.value(step.number(), StepStatus::NotInspected);
        if (!m_recordedDone.contains(step.number()) && status != StepStatus::Done &&
            status != StepStatus::AlreadyDone)
            return false;
    }
    return true;
}

void SummaryPage::setTrainingMode(bool training)
{
    m_cycleBox->setVisible(training);
    updateCycleBox();
}

void SummaryPage::updateCycleBox()
{
    // In the real world weeks lie between the two procedures; the trainee rehearses them in one sitting.
    const ProcedureTexts texts = ProcedureTexts::of(m_procedure);
    const bool done = everyStepDone();
    m_cycleBox->setTitle(tr("Training: the whole cycle"));
    m_cycleText->setText(done ? texts.cycleDone : texts.cycleWaiting);
    m_nextProcedure->setText(texts.cycleButton);
    m_nextProcedure->setEnabled(done);
}

void SummaryPage::showRun(const QMap<int, StepStatus>& states, const QList<int>& recordedDone,
                          const QString& auditFolder)
{
    m_states = states;
    m_recordedDone = recordedDone;
    m_auditFolder = auditFolder;
    m_auditBox->setVisible(!auditFolder.isEmpty());
    retranslateUi();
}

void SummaryPage::showFinalHash(const QString& hash, const QString& problem)
{
    m_hashProblem = problem;
    m_finalHash->setText(hash);
    const bool shown = problem.isEmpty() && !hash.isEmpty();
    setHashRowVisible(shown);
    m_closeRun->hide();
    retranslateUi();
}

void SummaryPage::setHashRowVisible(bool visible)
{
    m_hashLabel->setVisible(visible);
    m_finalHash->setVisible(visible);
    m_copyHash->setVisible(visible);
}

void SummaryPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export scripts to"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SummaryPage::exportScripts()
{
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_result->setText(tr("Choose a folder for the scripts first."));
        return;
    }
    QStringList errors;
    const QStringList written = ScriptExporter::exportTo(plan(), m_procedure, folder, &errors);
    if (!errors.isEmpty()) {
        m_result->setText(tr("Nothing was exported:") + QLatin1Char('\n') + errors.join(QLatin1Char('\n')));
        OperatorLog::warn(
            QT_TRANSLATE_NOOP("OperatorLog",
                              "Script export to %1 refused: the folder has problems (see the message)."),
            {QDir::toNativeSeparators(folder)});
        return;
    }
    QStringList names;
    for (const QString& path : written)
        names << QFileInfo(path).fileName();
    m_result->setText(tr("%n file(s) written to %1: %2", "", int(written.size()))
                          .arg(QDir::toNativeSeparators(folder), names.join(QStringLiteral(", "))));
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Script files exported to %1: %2."),
                      {QDir::toNativeSeparators(folder), QString::number(written.size())});
}

void SummaryPage::retranslateUi()
{
    m_steps->setAccessibleName(tr("Steps of this run"));
    setTitle(tr("Summary"));
    const ProcedureTexts texts = ProcedureTexts::of(m_procedure);
    setSubTitle(texts.summarySubTitle);
    m_intro->setText(texts.summaryIntro);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Where"), tr("State")});
    m_exportBox->setTitle(tr("Export the procedure as scripts"));
    m_folderLabel->setText(tr("F&older:"));
    m_auditBox->setTitle(tr("Audit trail"));
    m_audit->setText(
        tr("This run is recorded in %1. Closing the run writes report.html and report.pdf there; "
           "\"pchat-failback --verify-audit <folder>\" checks the folder later.")
            .arg(QDir::toNativeSeparators(m_auditFolder)));
    // Not Alt+O: "Folder:" of the export box has it.
    m_openAudit->setText(tr("Open fol&der"));
    m_closeRun->setText(tr("&Close the run and show its final hash"));
    m_hashLabel->setText(tr("Final &hash:"));
    m_copyHash->setText(tr("Co&py"));
    if (!m_hashProblem.isEmpty())
        m_hashNote->setText(
            tr("The run is closed, but its audit folder does not verify: %1").arg(m_hashProblem));
    else if (!m_finalHash->text().isEmpty())
        m_hashNote->setText(
            tr("The run is closed and its report written. Record this hash in the change ticket: "
               "anyone who can write the folder can rebuild its chain, but not this hash. "
               "\"pchat-failback --verify-audit <folder> --expect-hash <hash>\" then proves "
               "that nobody rewrote it. Finish closes the window."));
    else
        m_hashNote->setText(
            tr("Close the run here to see the final hash of its audit trail, which belongs in the "
               "change ticket; after that no step can be run in it. Finish closes the run as well; "
               "its report's cover then shows the hash."));
    m_browse->setText(tr("B&rowse…"));
    m_export->setText(tr("&Export scripts"));
    updateCycleBox();
    planChanged();
}

} // namespace pchat
