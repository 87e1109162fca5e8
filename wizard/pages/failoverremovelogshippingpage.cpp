#include "failoverremovelogshippingpage.h"

#include "backend/steps/failoverremovelogshippingstep.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace pchat {

FailoverRemoveLogShippingPage::FailoverRemoveLogShippingPage(Plan& plan, QWidget* parent)
    : StepPage(StepId::FailoverRemoveLogShipping, plan, parent)
    , m_intro(new QLabel)
    , m_recordTitle(new QLabel)
    , m_form(new QFormLayout)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("failoverRemoveLogShippingPage"));
    m_intro->setWordWrap(true);
    m_note->setWordWrap(true);
    m_recordTitle->setObjectName(QStringLiteral("logShippingRecordTitle"));
    for (int row = 0; row < RowCount; ++row) {
        auto* label = new QLabel;
        auto* value = new QLabel;
        value->setObjectName(QStringLiteral("logShippingRecord%1").arg(row));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        label->setBuddy(value);
        m_form->addRow(label, value);
        m_labels << label;
        m_values << value;
    }
    formLayout()->addWidget(m_intro);
    formLayout()->addWidget(m_recordTitle);
    formLayout()->addLayout(m_form);
    formLayout()->addWidget(m_note);
    formLayout()->addStretch();
    retranslateUi();
}

void FailoverRemoveLogShippingPage::setStepObject(FailbackStep* step)
{
    StepPage::setStepObject(step);
    if (step) {
        connect(step, &FailbackStep::inspected, this, &FailoverRemoveLogShippingPage::planChanged);
        connect(step, &FailbackStep::finished, this, &FailoverRemoveLogShippingPage::planChanged);
    }
}

void FailoverRemoveLogShippingPage::planChanged()
{
    const auto* step = qobject_cast<const FailoverRemoveLogShippingStep*>(stepObject());
    const LogShippingRecord record = step ? step->record() : LogShippingRecord{};
    const QString unknown =
        step && step->status() != StepStatus::NotInspected && step->status() != StepStatus::Inspecting
            ? tr("not known (msdb lists no log shipping for %1)").arg(plan().mgcDatabase)
            : tr("not read yet");
    const auto file = [&](const QString& name, const QDateTime& date) {
        if (!record.known)
            return unknown;
        if (name.isEmpty())
            return tr("none");
        return date.isValid() ? tr("%1\nat %2").arg(name, QLocale().toString(date, QLocale::ShortFormat))
                              : name;
    };
    const auto text = [&](const QString& value) { return record.known ? value : unknown; };
    m_values[PrimaryRow]->setText(
        text(tr("%1, database %2").arg(record.primaryServer, record.primaryDatabase)));
    m_values[LastCopiedRow]->setText(file(record.lastCopiedFile, record.lastCopiedDate));
    m_values[LastRestoredRow]->setText(file(record.lastRestoredFile, record.lastRestoredDate));
    m_values[ShareRow]->setText(text(record.shareFolder));
    m_values[CopyFolderRow]->setText(text(record.copyFolder));
    m_values[JobsRow]->setText(text(record.jobNames.join(QLatin1String(", "))));
    const bool removed = step && !step->configured() && record.known;
    m_recordTitle->setText(
        removed ? tr("<b>What log shipping knew before the removal</b> (read at %1 and kept: msdb no longer "
                     "holds it)")
                      .arg(QLocale().toString(record.readAt, QLocale::ShortFormat))
                : tr("<b>What log shipping knows</b> (recorded before the removal: afterwards msdb no longer "
                     "holds it)"));
}

bool FailoverRemoveLogShippingPage::confirmRun()
{
    // SSMS asks this when a secondary is removed on the Transaction Log Shipping page.
    return QMessageBox::question(this, tr("Remove Secondary"),
                                 tr("Are you sure you want to remove the secondary database %1 on %2 from "
                                    "log shipping? Its copy and restore jobs are deleted.")
                                     .arg(plan().mgcDatabase, plan().backupInstance.name),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void FailoverRemoveLogShippingPage::retranslateUi()
{
    StepPage::retranslateUi();
    m_intro->setText(
        tr("In SQL Server Management Studio this is: on the primary, database Properties, Transaction Log "
           "Shipping, select the secondary server instance and database, Remove; with the primary data "
           "center gone, it is the stored procedure the procedure names, run on the backup instance: "
           "sp_delete_log_shipping_secondary_database. It deletes the secondary's log shipping settings in "
           "msdb and its copy and restore jobs; the database stays RESTORING (or STANDBY)."));
    const QStringList labels{tr("Primary server instance:"),
                             tr("Last copied file:"),
                             tr("Last restored file:"),
                             tr("Network path to backup folder:"),
                             tr("Destination folder for copied files:"),
                             tr("Copy job and restore job:")};
    for (int row = 0; row < RowCount; ++row)
        m_labels[row]->setText(labels.at(row));
    m_note->setText(
        tr("The files after the last restored one are what steps 2 and 3 copy and apply. These "
           "values are read from log_shipping_monitor_secondary and log_shipping_secondary before "
           "the removal and kept on this page, in the audit trail and in the report."));
    planChanged();
}

} // namespace pchat
