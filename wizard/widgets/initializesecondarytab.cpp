#include "initializesecondarytab.h"

#include "fieldbinder.h"
#include "minutesfield.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pchat {

InitializeSecondaryTab::InitializeSecondaryTab(Plan& plan, FieldBinder& binder, QWidget* parent)
    : QWidget(parent)
    , m_plan(plan)
    , m_intro(MinutesField::wrappingLabel(QStringLiteral("initializationIntro")))
    , m_initialization(new QButtonGroup(this))
    , m_generate(new QRadioButton)
    , m_generateText(MinutesField::wrappingLabel(QStringLiteral("initializationGenerateText")))
    , m_restore(new QRadioButton)
    , m_restoreText(MinutesField::wrappingLabel(QStringLiteral("initializationRestoreExistingText")))
    , m_none(new QRadioButton)
    , m_noneText(MinutesField::wrappingLabel(QStringLiteral("initializationNoneText")))
    , m_form(new QFormLayout)
    , m_file(new QLineEdit)
    , m_hint(MinutesField::wrappingLabel(QStringLiteral("initializationHint")))
{
    // Before binding: the binder names each message label after its widget.
    m_generate->setObjectName(QStringLiteral("initializationGenerate"));
    m_restore->setObjectName(QStringLiteral("initializationRestoreExisting"));
    m_none->setObjectName(QStringLiteral("initializationNone"));
    m_file->setObjectName(QStringLiteral("initializationBackupFile"));

    m_initialization->addButton(m_generate, int(SecondaryInitialization::GenerateFullBackup));
    m_initialization->addButton(m_restore, int(SecondaryInitialization::RestoreExistingBackup));
    m_initialization->addButton(m_none, int(SecondaryInitialization::AlreadyInitialized));
    connect(m_initialization, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (m_loading || !checked)
            return;
        m_plan.logShipping.initialization = SecondaryInitialization(id);
        Q_EMIT edited();
    });
    m_form->addRow(new QLabel,
                   binder.text(m_file, QStringLiteral("logShipping.initializationBackupFile"),
                               [](Plan& p) -> QString& { return p.logShipping.initializationBackupFile; }));
    m_form->addRow(m_hint);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(wrappedRadio(m_generate, m_generateText));
    layout->addWidget(wrappedRadio(m_restore, m_restoreText));
    layout->addWidget(wrappedRadio(m_none, m_noneText));
    layout->addLayout(m_form);
    layout->addStretch();
}

QWidget* InitializeSecondaryTab::wrappedRadio(QRadioButton* radio, QLabel* caption)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(radio, 0, Qt::AlignTop);
    layout->addWidget(caption, 1);
    caption->setBuddy(radio);
    caption->installEventFilter(this);
    m_radioCaptions.insert(caption, radio);
    return row;
}

bool InitializeSecondaryTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        QRadioButton* radio = m_radioCaptions.value(watched);
        if (radio && radio->isEnabled())
            radio->click();
    }
    return QWidget::eventFilter(watched, event);
}

QString InitializeSecondaryTab::secondaryName(const Plan& plan)
{
    return plan.backupInstance.name.isEmpty() ? tr("(not set yet: see the Environment page)")
                                              : plan.backupInstance.name;
}

void InitializeSecondaryTab::showPlan()
{
    const SecondaryInitialization initialization = m_plan.logShipping.initialization;
    m_loading = true;
    if (QAbstractButton* button = m_initialization->button(int(initialization)))
        button->setChecked(true);
    m_loading = false;
    m_file->setEnabled(initialization != SecondaryInitialization::AlreadyInitialized);

    const QString secondary = secondaryName(m_plan);
    const QString path = m_plan.initializationBackupPath();
    switch (m_plan.logShipping.initialization) {
    case SecondaryInitialization::GenerateFullBackup:
        m_hint->setText(tr("The full backup of the primary database is written to %1 and "
                           "restored on %2 (WITH NORECOVERY).")
                            .arg(path, secondary));
        break;
    case SecondaryInitialization::RestoreExistingBackup:
        m_hint->setText(
            tr("The existing backup %1 is restored on %2 (WITH NORECOVERY). It must be a full backup of the "
               "restored primary database, taken after step 4.")
                .arg(path, secondary));
        break;
    case SecondaryInitialization::AlreadyInitialized:
        m_hint->setText(
            tr("Choose this only when %1 on %2 was already restored from a full backup of the restored "
               "primary "
               "database and left restoring (WITH NORECOVERY). Right after the failover it is not: it is the "
               "database that served Persistent Chat.")
                .arg(m_plan.mgcDatabase, secondary));
        break;
    }
}

void InitializeSecondaryTab::retranslateUi()
{
    m_intro->setText(tr("You need to initialize the secondary database by restoring a full backup of the "
                        "primary database into the secondary database."));
    const auto caption = [](QRadioButton* radio, QLabel* label, const QString& text) {
        label->setText(text);
        radio->setAccessibleName(text);
    };
    caption(
        m_generate, m_generateText,
        tr("Yes, generate a full backup of the primary database and restore it into the secondary database "
           "(and create the secondary database if it doesn't exist)"));
    caption(
        m_restore, m_restoreText,
        tr("Yes, restore an existing backup of the primary database into the secondary database (create the "
           "secondary database if it doesn't exist)"));
    caption(m_none, m_noneText, tr("No, the secondary database is initialized"));
    FieldBinder::setRowLabel(m_form, m_file, tr("Backup &file name:"));
}

} // namespace pchat
