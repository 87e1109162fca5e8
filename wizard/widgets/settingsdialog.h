// This computer's settings in one place: where audit trails go, which program runs the Lync cmdlets, the CA
// file FreeTDS checks servers with, the language, and the way to the log files.
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pchat {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString auditRoot;
        QString shellProgram;
        QStringList shellArguments;
        QString caFile;
        QString language;
    };

    // training: the lab brings its own shell; its fields are shown but cannot be changed.
    SettingsDialog(const Values& values, bool training, QWidget* parent = nullptr);

    Values values() const;
    // Why the values cannot be saved; empty when they can. Shown in the dialog and checked by OK.
    QString problem() const;

private:
    void browseAuditRoot();
    void browseCaFile();
    void openLogFolder();
    void updateProblem();
    void retranslateUi();
    void changeEvent(QEvent* event) override;

    bool m_training;
    QLabel* m_auditRootLabel;
    QLineEdit* m_auditRoot;
    QPushButton* m_browseAuditRoot;
    QLabel* m_auditRootNote;
    QLabel* m_shellProgramLabel;
    QLineEdit* m_shellProgram;
    QLabel* m_shellArgumentsLabel;
    QLineEdit* m_shellArguments;
    QLabel* m_shellNote;
    QLabel* m_caFileLabel;
    QLineEdit* m_caFile;
    QPushButton* m_browseCaFile;
    QLabel* m_caFileNote;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_logFolderLabel;
    QLabel* m_logFolder;
    QPushButton* m_openLogFolder;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace pchat
