#include "environmentpage.h"

#include "wizard/widgets/failoversettingsbox.h"
#include "wizard/widgets/fieldbinder.h"
#include "wizard/widgets/instanceeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pchat {

namespace {

// The fields each tab holds, so that a tab with a problem can be marked.
const QList<QStringList>& tabFields()
{
    static const QList<QStringList> fields{
        {QStringLiteral("backupInstance")},
        {QStringLiteral("primaryInstance")},
        {QStringLiteral("mgcDatabase"), QStringLiteral("mgccompDatabase"),
         QStringLiteral("backup.shareFolder"), QStringLiteral("logShipping.copyDestinationFolder")},
        {QStringLiteral("lync.module"), QStringLiteral("lync.activeServerCollection"),
         QStringLiteral("lync.poolIdentity"), QStringLiteral("lync.primaryDataCenter"),
         QStringLiteral("lync.shellProgram"), QStringLiteral("lync.shellArguments"),
         QStringLiteral("lync.shellTimeoutSeconds")},
        // The failover tab: its fields block the failover's own pages (steps 6 and 7), not this page, so that
        // a failback plan without them still passes.
        {},
    };
    return fields;
}

} // namespace

EnvironmentPage::EnvironmentPage(Plan& plan, QWidget* parent)
    : PlanPage(plan, parent)
    , m_tabs(new QTabWidget)
    , m_backupInstance(new InstanceEditor(plan, binder(), QStringLiteral("backupInstance"),
                                          [](Plan& p) -> InstanceSettings& { return p.backupInstance; }))
    , m_primaryInstance(new InstanceEditor(plan, binder(), QStringLiteral("primaryInstance"),
                                           [](Plan& p) -> InstanceSettings& { return p.primaryInstance; }))
    , m_databasesForm(new QFormLayout)
    , m_databasesIntro(new QLabel)
    , m_mgc(new QLineEdit)
    , m_mgccomp(new QLineEdit)
    , m_share(new QLineEdit)
    , m_copyFolder(new QLineEdit)
    , m_lyncForm(new QFormLayout)
    , m_lyncIntro(new QLabel)
    , m_module(new QComboBox)
    , m_collection(new QLineEdit)
    , m_pool(new QLineEdit)
    , m_primaryDataCenter(new QLineEdit)
    , m_shellProgram(new QLineEdit)
    , m_shellArguments(new QLineEdit)
    , m_shellTimeout(new QSpinBox)
    , m_failover(new FailoverSettingsBox(plan, binder(), true))
{
    setObjectName(QStringLiteral("environmentPage"));
    m_tabs->setObjectName(QStringLiteral("environmentTabs"));
    m_mgc->setObjectName(QStringLiteral("mgcDatabase"));
    m_mgccomp->setObjectName(QStringLiteral("mgccompDatabase"));
    m_share->setObjectName(QStringLiteral("shareFolder"));
    m_copyFolder->setObjectName(QStringLiteral("copyDestinationFolder"));
    m_module->setObjectName(QStringLiteral("shellModule"));
    m_collection->setObjectName(QStringLiteral("activeServerCollection"));
    m_pool->setObjectName(QStringLiteral("poolIdentity"));
    m_primaryDataCenter->setObjectName(QStringLiteral("primaryDataCenter"));

    m_databasesIntro->setWordWrap(true);
    m_databasesForm->addRow(m_databasesIntro);
    m_databasesForm->addRow(QString(), binder().text(m_mgc, QStringLiteral("mgcDatabase"),
                                                     [](Plan& p) -> QString& { return p.mgcDatabase; }));
    m_databasesForm->addRow(QString(), binder().text(m_mgccomp, QStringLiteral("mgccompDatabase"),
                                                     [](Plan& p) -> QString& { return p.mgccompDatabase; }));
    m_databasesForm->addRow(QString(),
                            binder().text(m_share, QStringLiteral("backup.shareFolder"),
                                          [](Plan& p) -> QString& { return p.backup.shareFolder; }));
    m_databasesForm->addRow(
        QString(), binder().text(m_copyFolder, QStringLiteral("logShipping.copyDestinationFolder"),
                                 [](Plan& p) -> QString& { return p.logShipping.copyDestinationFolder; }));
    auto* databasesTab = new QWidget;
    databasesTab->setLayout(m_databasesForm);

    m_module->addItem(QStringLiteral("Lync (Lync Server 2013)"), int(ShellModule::Lync));
    m_module->addItem(QStringLiteral("SkypeForBusiness (Skype for Business Server 2015)"),
                      int(ShellModule::SkypeForBusiness));
    m_lyncIntro->setWordWrap(true);
    m_lyncForm->addRow(m_lyncIntro);
    m_lyncForm->addRow(QString(),
                       binder().choice<ShellModule>(m_module, QStringLiteral("lync.module"),
                                                    [](Plan& p) -> ShellModule& { return p.lync.module; }));
    m_lyncForm->addRow(QString(),
                       binder().text(m_collection, QStringLiteral("lync.activeServerCollection"),
                                     [](Plan& p) -> QString& { return p.lync.activeServerCollection; }));
    m_lyncForm->addRow(QString(), binder().text(m_pool, QStringLiteral("lync.poolIdentity"),
                                                [](Plan& p) -> QString& { return p.lync.poolIdentity; }));
    m_lyncForm->addRow(QString(),
                       binder().text(m_primaryDataCenter, QStringLiteral("lync.primaryDataCenter"),
                                     [](Plan& p) -> QString& { return p.lync.primaryDataCenter; }));
    m_shellProgram->setObjectName(QStringLiteral("shellProgram"));
    m_shellArguments->setObjectName(QStringLiteral("shellArguments"));
    m_shellTimeout->setObjectName(QStringLiteral("shellTimeout"));
    m_shellTimeout->setRange(5, 3600);
    m_lyncForm->addRow(QString(), binder().text(m_shellProgram, QStringLiteral("lync.shellProgram"),
                                                [](Plan& p) -> QString& { return p.lync.shellProgram; }));
    connect(m_shellProgram, &QLineEdit::textEdited, this, &EnvironmentPage::shellEdited);
    // The arguments are a list; the field shows them as a command line would.
    connect(m_shellArguments, &QLineEdit::textEdited, this, [this](const QString& text) {
        this->plan().lync.shellArguments = QProcess::splitCommand(text);
        revalidate();
        Q_EMIT planEdited();
        Q_EMIT shellEdited();
    });
    m_lyncForm->addRow(QString(), m_shellArguments);
    m_lyncForm->addRow(QString(),
                       binder().number(m_shellTimeout, QStringLiteral("lync.shellTimeoutSeconds"),
                                       [](Plan& p) -> int& { return p.lync.shellTimeoutSeconds; }));
    auto* lyncTab = new QWidget;
    lyncTab->setLayout(m_lyncForm);

    m_tabs->addTab(m_backupInstance, QString());
    m_tabs->addTab(m_primaryInstance, QString());
    m_tabs->addTab(databasesTab, QString());
    m_tabs->addTab(lyncTab, QString());
    m_tabs->addTab(m_failover, QString());
    connect(m_failover, &FailoverSettingsBox::activeServersEdited, this, [this] {
        revalidate();
        Q_EMIT planEdited();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(issueSummaryLabel());
    retranslateUi();
}

QStringList EnvironmentPage::fieldPrefixes() const
{
    QStringList prefixes;
    for (const QStringList& fields : tabFields())
        prefixes << fields;
    return prefixes;
}

void EnvironmentPage::planChanged()
{
    QStringList quoted;
    for (const QString& argument : plan().lync.shellArguments)
        quoted << (argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"')
                                                       : argument);
    if (!m_shellArguments->hasFocus())
        m_shellArguments->setText(quoted.join(QLatin1Char(' ')));
    m_backupInstance->updateAuthentication(plan().backupInstance);
    m_primaryInstance->updateAuthentication(plan().primaryInstance);
    m_failover->planChanged();
}

void EnvironmentPage::issuesChanged()
{
    updateTabMarks();
}

void EnvironmentPage::updateTabMarks()
{
    m_tabMarks.resize(m_tabs->count(), -1);
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        const bool hasIssue =
            std::any_of(issues().cbegin(), issues().cend(), [tab](const ValidationIssue& issue) {
                return std::any_of(tabFields().at(tab).cbegin(), tabFields().at(tab).cend(),
                                   [&issue](const QString& field) { return issue.field.startsWith(field); });
            });
        if (m_tabMarks.at(tab) == int(hasIssue))
            continue;
        m_tabMarks[tab] = int(hasIssue);
        m_tabs->setTabIcon(tab, hasIssue ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        m_tabs->setTabToolTip(tab, hasIssue ? tr("This tab has values to correct.") : QString());
    }
}

void EnvironmentPage::retranslateUi()
{
    setTitle(tr("Environment"));
    setSubTitle(
        tr("The SQL Server instances, databases, folders and the Lync pool that the failback works on."));
    const QStringList tabTitles{tr("Backup &instance"), tr("P&rimary instance"), tr("Databases and &folders"),
                                tr("L&ync Server"), tr("Failo&ver")};
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabText(tab, tabTitles.at(tab));
    // The tooltip is translated text: set the marks again in the new language.
    m_tabMarks.fill(-1);
    updateTabMarks();
    m_backupInstance->retranslateUi();
    m_primaryInstance->retranslateUi();
    m_backupInstance->setIntro(
        tr("The backup instance serves mgc since the failover. Steps 2 and 3 run here: "
           "mirroring is removed and mgc is backed up to the share. Afterwards it becomes the "
           "log-shipping secondary again."));
    m_primaryInstance->setIntro(
        tr("The rebuilt instance in the primary data center, where Topology Builder "
           "reinstalled mgc and mgccomp. Step 4 overwrites its mgc with the backup; step 5 "
           "makes it the log-shipping primary."));

    m_databasesIntro->setText(tr(
        "The Persistent Chat databases and the folders of log shipping. The share must be reachable by the "
        "SQL "
        "Server service accounts of both instances; the copy folder lies on the backup instance's server."));
    const auto row = [](QFormLayout* form, QWidget* field, const QString& text) {
        FieldBinder::setRowLabel(form, field, text);
    };
    row(m_databasesForm, m_mgc, tr("Persistent Chat &database:"));
    row(m_databasesForm, m_mgccomp, tr("C&ompliance database:"));
    row(m_databasesForm, m_share, tr("Log-shipping &share:"));
    row(m_databasesForm, m_copyFolder, tr("Copy folder on the bac&kup server:"));
    m_share->setPlaceholderText(QStringLiteral("\\\\FS01\\PChatLogShip"));
    m_copyFolder->setPlaceholderText(QStringLiteral("E:\\PChatLSCopy"));

    m_lyncIntro->setText(
        tr("The Lync Server Management Shell runs steps 1, 6 and 7. The pool identity is the one "
           "Get-CsPersistentChatState shows, e.g. PersistentChatServer:pchat.contoso.com."));
    row(m_lyncForm, m_module, tr("Shell &module:"));
    row(m_lyncForm, m_collection, tr("Active server &collection:"));
    row(m_lyncForm, m_pool, tr("Poo&l identity:"));
    row(m_lyncForm, m_primaryDataCenter, tr("Primary &data center:"));
    row(m_lyncForm, m_shellProgram, tr("Shell pro&gram:"));
    row(m_lyncForm, m_shellArguments, tr("Shell &arguments:"));
    row(m_lyncForm, m_shellTimeout, tr("Shell &timeout:"));
    m_shellTimeout->setSuffix(tr(" s"));
    m_shellProgram->setToolTip(
        tr("powershell.exe on a Lync server (the module is imported on stdin), a remote "
           "session script, or pchat-lab for training."));
    m_collection->setPlaceholderText(tr("PChatServerCollection (Lync 2013 examples use global)"));
    m_failover->retranslateUi();
}

} // namespace pchat
