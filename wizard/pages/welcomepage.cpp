#include "welcomepage.h"

#include "languageswitcher.h"
#include "log/logging.h"
#include "log/qstringformatter.h"
#include "plan/planjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pchat {

namespace {
constexpr int assumptionCount = 5;
}

WelcomePage::WelcomePage(Plan& plan, QWidget* parent)
    : PlanPage(plan, parent)
    , m_intro(new QLabel)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_assumptionsBox(new QGroupBox)
    , m_planBox(new QGroupBox)
    , m_planFile(new QLabel)
    , m_openPlan(new QPushButton)
    , m_savePlan(new QPushButton)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("introText"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        Logging::logger()->info("language switched to {}", code);
        LanguageSwitcher::instance().apply(code);
    });
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();

    auto* assumptionsLayout = new QVBoxLayout(m_assumptionsBox);
    for (int i = 0; i < assumptionCount; ++i) {
        auto* box = new QCheckBox;
        box->setObjectName(QStringLiteral("assumption%1").arg(i + 1));
        connect(box, &QCheckBox::toggled, this, [this, i](bool on) {
            Logging::logger()->info("assumption {} {}", i + 1, on ? "confirmed" : "withdrawn");
            Q_EMIT completeChanged();
        });
        assumptionsLayout->addWidget(box);
        m_assumptions << box;
    }

    m_openPlan->setObjectName(QStringLiteral("openPlanButton"));
    m_savePlan->setObjectName(QStringLiteral("savePlanButton"));
    m_planFile->setObjectName(QStringLiteral("planFileLabel"));
    m_planFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_openPlan, &QPushButton::clicked, this, &WelcomePage::openPlan);
    connect(m_savePlan, &QPushButton::clicked, this, &WelcomePage::savePlan);
    auto* planLayout = new QHBoxLayout(m_planBox);
    planLayout->addWidget(m_planFile, 1);
    planLayout->addWidget(m_openPlan);
    planLayout->addWidget(m_savePlan);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addWidget(m_assumptionsBox);
    layout->addWidget(m_planBox);
    layout->addStretch();

    connect(&LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this,
            [this](const QString& code) { m_language->setCurrentIndex(m_language->findData(code)); });
    m_language->setCurrentIndex(m_language->findData(LanguageSwitcher::instance().current()));
    retranslateUi();
}

bool WelcomePage::pageConditionsMet() const
{
    return std::all_of(m_assumptions.cbegin(), m_assumptions.cend(),
                       [](QCheckBox* box) { return box->isChecked(); });
}

void WelcomePage::openPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open failback plan"), m_planPath,
                                                      tr("Failback plan (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    std::optional<Plan> loaded = PlanJson::load(path, &error);
    if (!loaded) {
        QMessageBox::warning(this, tr("Open failback plan"), error);
        return;
    }
    // Passwords are never in a plan file; keep the ones typed in this session.
    loaded->backupInstance.password = plan().backupInstance.password;
    loaded->primaryInstance.password = plan().primaryInstance.password;
    loaded->applyDerivedDefaults(QDate::currentDate());
    plan() = *loaded;
    m_planPath = path;
    Logging::logger()->info("plan opened from {}", path);
    retranslateUi();
    Q_EMIT planReplaced();
}

void WelcomePage::savePlan()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save failback plan"),
                                     m_planPath.isEmpty() ? QStringLiteral("failback-plan.json") : m_planPath,
                                     tr("Failback plan (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!PlanJson::save(plan(), path, &error)) {
        QMessageBox::warning(this, tr("Save failback plan"), error);
        return;
    }
    m_planPath = path;
    Logging::logger()->info("plan saved to {}", path);
    retranslateUi();
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Fail back Persistent Chat Server"));
    setSubTitle(
        tr("Restore normal operation in the primary data center after a Persistent Chat Server failover."));
    m_intro->setText(tr(
        "<p>This wizard walks you through the failback of a Lync Server 2013 / Skype for Business Server "
        "2015 "
        "Persistent Chat pool, page by page, as Microsoft's procedure describes it: clear the Active Server "
        "list, remove mirroring on the backup instance, back up mgc to the log-shipping share, restore it "
        "over "
        "the primary mgc, configure log shipping again, set the active servers, and return the pool to "
        "Normal.</p><p>Every page shows the exact T-SQL or PowerShell it stands for (Script). Check each "
        "value "
        "before you go on: the restore and the log-shipping initialization overwrite databases.</p>"));
    m_languageLabel->setText(tr("&Language:"));
    m_assumptionsBox->setTitle(tr("The procedure assumes (tick each one you have checked)"));
    const QStringList texts{
        tr("The primary data center has recovered from the total outage and its servers have been rebuilt."),
        tr("The mgc and mgccomp databases in the primary data center were rebuilt and reinstalled with "
           "Topology "
           "Builder."),
        tr("No new mirror or backup servers were deployed during the failover: the only servers deployed are "
           "the "
           "backup server and its mirror."),
        tr("The pool currently runs in the FailedOver state on the backup database."),
        tr("The change is approved and the users know that Persistent Chat is unavailable during the "
           "failback.")};
    for (int i = 0; i < m_assumptions.size(); ++i)
        m_assumptions.at(i)->setText(texts.at(i));
    m_planBox->setTitle(tr("Failback plan"));
    m_planFile->setText(
        m_planPath.isEmpty() ? tr("Not saved yet. Passwords are never written to a plan file.") : m_planPath);
    m_openPlan->setText(tr("&Open plan…"));
    m_savePlan->setText(tr("Sa&ve plan…"));
}

} // namespace pchat
