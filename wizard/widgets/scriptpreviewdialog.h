// Shows the exact text a step will run, one tab per target, with Copy and Save.
#pragma once

#include "backend/plan/plan.h"
#include "backend/steps/scriptpart.h"

#include <QDialog>

class QTabWidget;
class QPushButton;
class QPlainTextEdit;

namespace pchat {

class ScriptPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ScriptPreviewDialog(const QString& title, const QList<ScriptPart>& parts, const Plan& plan,
                        QWidget* parent = nullptr);

    // The text of the tab that is shown, exactly as Copy puts it on the clipboard.
    QString currentText() const;

private:
    void copy();
    void save();
    QPlainTextEdit* currentEditor() const;

    QList<ScriptPart> m_parts;
    Plan m_plan;
    QTabWidget* m_tabs;
    QPushButton* m_copyButton;
    QPushButton* m_saveButton;
};

} // namespace pchat
