#include "scriptpreviewdialog.h"

#include "backend/run/scriptexporter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pchat {

ScriptPreviewDialog::ScriptPreviewDialog(const QString& title, const QList<ScriptPart>& parts,
                                         const Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_parts(parts)
    // A copy without secrets: the dialog only shows text, and nothing it holds should carry a password.
    , m_plan(plan.withoutSecrets())
    , m_tabs(new QTabWidget)
    , m_copyButton(new QPushButton(tr("&Copy")))
    , m_saveButton(new QPushButton(tr("&Save…")))
{
    setObjectName(QStringLiteral("scriptPreview"));
    setWindowTitle(tr("Script: %1").arg(title));
    m_tabs->setObjectName(QStringLiteral("scriptTabs"));
    for (const ScriptPart& part : m_parts) {
        auto* editor = new QPlainTextEdit(part.text(m_plan));
        editor->setObjectName(QStringLiteral("scriptText"));
        editor->setReadOnly(true);
        editor->setTabChangesFocus(true);
        editor->setLineWrapMode(QPlainTextEdit::NoWrap);
        editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_tabs->addTab(editor, QStringLiteral("%1 — %2").arg(
                                   part.fileName, ScriptPart::targetDescription(part.target, m_plan)));
    }

    m_copyButton->setObjectName(QStringLiteral("copyScriptButton"));
    m_saveButton->setObjectName(QStringLiteral("saveScriptButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, &ScriptPreviewDialog::copy);
    connect(m_saveButton, &QPushButton::clicked, this, &ScriptPreviewDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(900, 560);
}

QPlainTextEdit* ScriptPreviewDialog::currentEditor() const
{
    return qobject_cast<QPlainTextEdit*>(m_tabs->currentWidget());
}

QString ScriptPreviewDialog::currentText() const
{
    const QPlainTextEdit* editor = currentEditor();
    return editor ? editor->toPlainText() : QString();
}

void ScriptPreviewDialog::copy()
{
    QApplication::clipboard()->setText(currentText());
}

void ScriptPreviewDialog::save()
{
    const int index = m_tabs->currentIndex();
    if (index < 0)
        return;
    const ScriptPart& part = m_parts.at(index);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save script"), part.fileName,
        part.language == ScriptLanguage::TSql ? tr("T-SQL script (*.sql)") : tr("PowerShell script (*.ps1)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ScriptExporter::writePart(part, m_plan, path, &error))
        QMessageBox::warning(this, tr("Save script"), error);
}

} // namespace pchat
