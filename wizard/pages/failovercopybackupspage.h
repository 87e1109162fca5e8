// Failover step 2: the log backups on the share that the copy job had not copied, with the choice the
// procedure leaves: the operator copies them (a ready robocopy command, then Verify) or step 3 restores them
// directly from the share. The page says which was done.
#pragma once

#include "steppage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace pchat {

class FailoverCopyBackupsStep;

class FailoverCopyBackupsPage : public StepPage
{
    Q_OBJECT

public:
    explicit FailoverCopyBackupsPage(Plan& plan, QWidget* parent = nullptr);
    void setStepObject(FailbackStep* step);
    // The robocopy line for the files the step found uncopied; empty before the inspection.
    QString robocopyCommand() const;

protected:
    void retranslateUi() override;
    void planChanged() override;

private:
    FailoverCopyBackupsStep* copyStep() const;
    void choose();
    void verifyCopies();
    void showDecision();

    QLabel* m_intro;
    QLabel* m_folders;
    QTableWidget* m_files;
    QLabel* m_choiceTitle;
    QButtonGroup* m_choices;
    QRadioButton* m_copyChoice;
    QRadioButton* m_shareChoice;
    QLineEdit* m_command;
    QPushButton* m_clipboard;
    QPushButton* m_verify;
    QLabel* m_decision;
};

} // namespace pchat
