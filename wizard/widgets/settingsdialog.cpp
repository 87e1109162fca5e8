#include "settingsdialog.h"

#include "backend/log/logging.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pchat {

namespace {

QWidget* withButton(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

QLabel* noteLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const Values& values, bool training, QWidget* parent)
    : QDialog(parent)
    , m_training(training)
    , m_auditRootLabel(new QLabel)
    , m_auditRoot(new QLineEdit(QDir::toNativeSeparators(values.auditRoot)))
    , m_browseAuditRoot(new QPushButton)
    , m_auditRootNote(noteLabel(QStringLiteral("auditRootNote")))
    , m_shellProgramLabel(new QLabel)
    , m_shellProgram(new QLineEdit(values.shellProgram))
    , m_shellArgumentsLabel(new QLabel)
    , m_shellArguments(new QLineEdit)
    , m_shellNote(noteLabel(QStringLiteral("shellNote")))
    , m_caFileLabel(new QLabel)
    , m_caFile(new QLineEdit(QDir::toNativeSeparators(values.caFile)))
    , m_browseCaFile(new QPushButton)
    , m_caFileNote(noteLabel(QStringLiteral("caFileNote")))
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_logFolderLabel(new QLabel)
    , m_logFolder(new QLabel(QDir::toNativeSeparators(QFileInfo(Logging::logFilePath()).absolutePath())))
    , m_openLogFolder(new QPushButton)
    , m_problem(noteLabel(QStringLiteral("settingsProblem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_auditRoot->setObjectName(QStringLiteral("settingsAuditRoot"));
    m_browseAuditRoot->setObjectName(QStringLiteral("settingsBrowseAuditRoot"));
    m_shellProgram->setObjectName(QStringLiteral("settingsShellProgram"));
    m_shellArguments->setObjectName(QStringLiteral("settingsShellArguments"));
    m_caFile->setObjectName(QStringLiteral("settingsCaFile"));
    m_browseCaFile->setObjectName(QStringLiteral("settingsBrowseCaFile"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_openLogFolder->setObjectName(QStringLiteral("settingsOpenLogFolder"));
    m_logFolder->setObjectName(QStringLiteral("settingsLogFolder"));
    m_logFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logFolder->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));

    // Arguments are shown as one line, quoted where they hold spaces, as a command line would take them.
    QStringList quoted;
    for (const QString& argument : values.shellArguments)
        quoted << (argument.contains(u' ') ? QStringLiteral("\"%1\"").arg(argument) : argument);
    m_shellArguments->setText(quoted.join(u' '));
    m_shellProgram->setEnabled(!training);
    m_shellArguments->setEnabled(!training);

    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(values.language)));

    m_auditRootLabel->setBuddy(m_auditRoot);
    m_shellProgramLabel->setBuddy(m_shellProgram);
    m_shellArgumentsLabel->setBuddy(m_shellArguments);
    m_caFileLabel->setBuddy(m_caFile);
    m_languageLabel->setBuddy(m_language);

    auto* form = new QFormLayout;
    form->addRow(m_auditRootLabel, withButton(m_auditRoot, m_browseAuditRoot));
    form->addRow(QString(), m_auditRootNote);
    form->addRow(m_shellProgramLabel, m_shellProgram);
    form->addRow(m_shellArgumentsLabel, m_shellArguments);
    form->addRow(QString(), m_shellNote);
    form->addRow(m_caFileLabel, withButton(m_caFile, m_browseCaFile));
    form->addRow(QString(), m_caFileNote);
    form->addRow(m_languageLabel, m_language);
    auto* logRow = new QWidget;
    auto* logLayout = new QHBoxLayout(logRow);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logFolder, 1);
    logLayout->addWidget(m_openLogFolder);
    form->addRow(m_logFolderLabel, logRow);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browseAuditRoot, &QPushButton::clicked, this, &SettingsDialog::browseAuditRoot);
    connect(m_browseCaFile, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(m_openLogFolder, &QPushButton::clicked, this, &SettingsDialog::openLogFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_auditRoot, m_shellProgram, m_shellArguments, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateProblem);
    retranslateUi();
    resize(640, sizeHint().height());
}

SettingsDialog::Values SettingsDialog::values() const
{
    return {QDir::fromNativeSeparators(m_auditRoot->text().trimmed()), m_shellProgram->text().trimmed(),
            QProcess::splitCommand(m_shellArguments->text()),
            QDir::fromNativeSeparators(m_caFile->text().trimmed()), m_language->currentData().toString()};
}

QString SettingsDialog::problem() const
{
    const Values chosen = values();
    if (chosen.auditRoot.isEmpty())
        return tr("Enter the folder for audit trails: every run writes its journal, screenshots and report "
                  "there.");
    if (!QDir::isAbsolutePath(chosen.auditRoot))
        return tr("Enter the folder for audit trails as a full path, such as %1.")
            .arg(QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("Failback audit"))));
    if (!m_training && chosen.shellProgram.isEmpty())
        return tr("Enter the program that runs the Lync cmdlets, such as powershell.exe.");
    if (!chosen.caFile.isEmpty()) {
        const QFileInfo file(chosen.caFile);
        if (chosen.caFile.contains(u'\n') || chosen.caFile.contains(u'\r') || !file.isFile() ||
            !file.isReadable())
            return tr("The CA file %1 cannot be read. Choose the PEM file of the certificate authority that "
                      "issued the SQL Server certificates, or leave the field empty.")
                .arg(QDir::toNativeSeparators(chosen.caFile));
    }
    return {};
}

void SettingsDialog::updateProblem()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void SettingsDialog::browseAuditRoot()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for audit trails"),
                                                             QDir::fromNativeSeparators(m_auditRoot->text()));
    if (!chosen.isEmpty())
        m_auditRoot->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::browseCaFile()
{
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("CA file for FreeTDS"), QDir::fromNativeSeparators(m_caFile->text()),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!chosen.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::openLogFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(Logging::logFilePath()).absolutePath()));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_auditRootLabel->setText(tr("&Audit trail folder:"));
    m_browseAuditRoot->setText(tr("&Browse…"));
    m_auditRootNote->setText(tr("Each run gets a folder of its own in here. A run that is already recorded "
                                "stays where it is; the new folder applies to the next run."));
    m_shellProgramLabel->setText(tr("Shell &program:"));
    m_shellArgumentsLabel->setText(tr("Shell a&rguments:"));
    m_shellNote->setText(m_training ? tr("In training the lab brings its own shell; these are this "
                                         "computer's settings for production runs.")
                                    : tr("The program that runs the Lync cmdlets on this computer. A plan "
                                         "never chooses it."));
    m_caFileLabel->setText(tr("FreeTDS &CA file:"));
    m_browseCaFile->setText(tr("Br&owse…"));
    m_caFileNote->setText(
        tr("With a CA file, FreeTDS checks the server certificate of an encrypted connection "
           "(Mandatory or Strict). Without one it encrypts but does not check whom it talks "
           "to. Microsoft's ODBC driver checks certificates on its own."));
    m_languageLabel->setText(tr("&Language:"));
    m_logFolderLabel->setText(tr("Log files:"));
    m_openLogFolder->setText(tr("Open lo&g folder"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateProblem();
}

} // namespace pchat
