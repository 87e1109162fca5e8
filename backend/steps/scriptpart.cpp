#include "scriptpart.h"

#include "backend/shell/lynccommands.h"

#ifndef PCHAT_VERSION
#define PCHAT_VERSION "unknown"
#endif

namespace pchat {

namespace {

// A line break in a name would end the comment and turn the rest of the header into code.
QString singleLine(QString text)
{
    for (QChar& c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            c = u' ';
    }
    return text;
}

const InstanceSettings* instanceFor(ScriptTarget target, const Plan& plan)
{
    switch (target) {
    case ScriptTarget::BackupInstance:
        return &plan.backupInstance;
    case ScriptTarget::PrimaryInstance:
        return &plan.primaryInstance;
    case ScriptTarget::ManagementShell:
        break;
    }
    return nullptr;
}

} // namespace

QString ScriptPart::targetDescription(ScriptTarget target, const Plan& plan)
{
    switch (target) {
    case ScriptTarget::BackupInstance:
        return tr("%1 (backup instance)").arg(plan.backupInstance.name);
    case ScriptTarget::PrimaryInstance:
        return tr("%1 (primary instance)").arg(plan.primaryInstance.name);
    case ScriptTarget::ManagementShell:
        return tr("Lync Server Management Shell (%1)").arg(LyncCommands::importModule(plan.lync.module));
    }
    return {};
}

QString ScriptPart::text(const Plan& plan) const
{
    const QString comment = language == ScriptLanguage::TSql ? QStringLiteral("-- ") : QStringLiteral("# ");
    QString runOn = targetDescription(target, plan);
    if (const InstanceSettings* instance = instanceFor(target, plan);
        instance && instance->connectAddress() != instance->name) {
        runOn = tr("%1, connect to %2").arg(runOn, instance->connectAddress());
    }
    QStringList header;
    header << tr("%1 %2: %3")
                  .arg(QStringLiteral("pchat-failback"), QStringLiteral(PCHAT_VERSION), procedureTitle);
    if (step == StepId::Preflight)
        header << stepTitle;
    else
        header << tr("Step %1: %2").arg(QString::number(stepNumber), stepTitle);
    if (!title.isEmpty())
        header << title;
    header << tr("Run on: %1").arg(runOn);
    header << tr("Review this script before you run it: it was generated from the plan.");
    // sqlcmd replaces $(name) even inside string literals; -x keeps every name and path exactly as written.
    if (language == ScriptLanguage::TSql)
        header << tr("Run it in SSMS, or with sqlcmd -x (no variable substitution) and -f 65001 (UTF-8).");

    QString text;
    for (const QString& line : std::as_const(header))
        text += comment + singleLine(line) + u'\n';
    text += u'\n';
    if (language == ScriptLanguage::TSql) {
        for (const QString& batch : batches)
            text += batch + QStringLiteral("\nGO\n\n");
    } else {
        text += LyncCommands::importModule(plan.lync.module) + u'\n';
        for (const QString& command : batches)
            text += command + u'\n';
    }
    while (text.endsWith(QStringLiteral("\n\n")))
        text.chop(1);
    return text;
}

} // namespace pchat
