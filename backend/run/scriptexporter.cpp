#include "scriptexporter.h"

#include "backend/plan/planvalidator.h"
#include "backend/run/procedure.h"
#include "procedurescript.h"
#include "stepinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pchat {

namespace {

const QString readmeName = QStringLiteral("README.txt");

} // namespace

namespace {

// SSMS, sqlcmd and Windows PowerShell 5.1 read a file without a BOM in the ANSI code page, which garbles
// umlauts; CRLF because Notepad and the change-approval tools on Windows expect it.
QByteArray windowsText(const QString& text)
{
    QString crlf = text;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(u'\n', QStringLiteral("\r\n"));
    return QByteArrayLiteral("\xEF\xBB\xBF") + crlf.toUtf8();
}

bool writeFile(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(windowsText(text)) < 0 || !file.commit()) {
        *error =
            ScriptExporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QStringList ScriptExporter::exportTo(const Plan& plan, const Procedure& procedure, const QString& directory,
                                     QStringList* errors)
{
    QStringList localErrors;
    QStringList& errorList = errors ? *errors : localErrors;

    // The export must never carry a password, whatever the caller holds in memory.
    Plan exported = plan.withoutSecrets();
    exported.applyDerivedDefaults(QDate::currentDate());

    const ValidationIssues issues = PlanValidator::validate(exported);
    if (!issues.isEmpty()) {
        for (const ValidationIssue& issue : issues)
            errorList << QStringLiteral("%1: %2").arg(issue.field, issue.message);
        return {};
    }

    const QFileInfo info(directory);
    if (info.exists() && !info.isDir()) {
        errorList << tr("Cannot export the scripts to %1: it is a file, not a folder.")
                         .arg(QDir::toNativeSeparators(directory));
        return {};
    }
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        errorList << tr("Cannot create the folder %1; choose a folder you may write to.")
                         .arg(QDir::toNativeSeparators(directory));
        return {};
    }

    const QList<ScriptPart> parts = ProcedureScript::parts(exported, procedure);
    QStringList written;
    QStringList names;
    QString readme = tr("pchat-failback: scripts of the %1").arg(procedure.title()) + QStringLiteral("\n\n") +
                     tr("Run the files in this order, each on the target named here and in its header:") +
                     QStringLiteral("\n\n");
    for (const ScriptPart& part : parts) {
        const QString path = dir.filePath(part.fileName);
        QString error;
        if (!writeFile(path, part.text(exported), &error)) {
            errorList << error;
            return {};
        }
        written << path;
        names << part.fileName;
        QString runOn = ScriptPart::targetDescription(part.target, exported);
        readme += QStringLiteral("%1  %2\n    %3\n").arg(part.fileName.leftJustified(40), runOn, part.title);
    }
    if (const char* note = procedure.scripts().readmeNote)
        readme += u'\n' + tr(note) + u'\n';
    readme += u'\n' + tr("No password is stored in these files: sign in when you run them.") + u'\n';
    const QString readmePath = dir.filePath(readmeName);
    QString error;
    if (!writeFile(readmePath, readme, &error)) {
        errorList << error;
        return {};
    }
    written << readmePath;

    for (const Procedure* any : Procedure::all()) {
        for (const QString& name : any->scripts().fileNames) {
            if (!names.contains(name) && dir.exists(name))
                dir.remove(name);
        }
    }
    return written;
}

bool ScriptExporter::writePart(const ScriptPart& part, const Plan& plan, const QString& path, QString* error)
{
    QString localError;
    // Exactly what the Script dialog shows, so the saved file matches what the operator reviewed.
    if (!writeFile(path, part.text(plan.withoutSecrets()), &localError)) {
        if (error)
            *error = localError;
        return false;
    }
    return true;
}

} // namespace pchat
