#include "lab/shell/importmodulecmdlet.h"

#include "lab/shell/shellclient.h"

#include <QRegularExpression>

namespace pchatlab {

namespace {

// The .NET type PowerShell names in FullyQualifiedErrorId.
const QString importModuleType = QStringLiteral("Microsoft.PowerShell.Commands.ImportModuleCommand");

} // namespace

const QString ImportModuleCmdlet::commandName = QStringLiteral("Import-Module");

bool ImportModuleCmdlet::run(const PowerShellStatement& statement)
{
    CmdletBinder binder(commandName, importModuleType,
                        {{QStringLiteral("Name"), false, 0, QStringLiteral("System.String[]")},
                         {QStringLiteral("Force"), true},
                         {QStringLiteral("Global"), true},
                         {QStringLiteral("DisableNameChecking"), true}});
    if (!m_host.bind(binder, statement))
        return false;
    if (!binder.has(QStringLiteral("Name"))) {
        m_host.writeError(
            binder.bindingError(QStringLiteral("Cannot process command because of one or more missing "
                                               "mandatory parameters: Name."),
                                QStringLiteral("MissingMandatoryParameter"), statement.extent));
        return false;
    }
    QStringList names;
    CmdletHost::flattenStrings(binder.value(QStringLiteral("Name")), &names);
    bool ok = true;
    for (const QString& name : std::as_const(names)) {
        // A path to the manifest (...\Modules\Lync\Lync.psd1) loads the same module as its name.
        QString module = name.section(QRegularExpression(QStringLiteral("[\\\\/]")), -1);
        module.remove(
            QRegularExpression(QStringLiteral("\\.ps[dm]1$"), QRegularExpression::CaseInsensitiveOption));
        CmdletHost::Module found = CmdletHost::Module::None;
        if (CmdletHost::sameText(module, QStringLiteral("Lync")))
            found = CmdletHost::Module::Lync;
        else if (CmdletHost::sameText(module, QStringLiteral("SkypeForBusiness")))
            found = CmdletHost::Module::SkypeForBusiness;
        // The fault can strike Import-Module too (a server without the admin tools): it fails as a missing
        // module.
        if (found != CmdletHost::Module::None) {
            const QJsonObject reply =
                m_host.client().request({{QStringLiteral("cmd"), QStringLiteral("lync-get")},
                                         {QStringLiteral("cmdlet"), commandName}});
            if (reply.value(QLatin1String("error")).toString() == u"hangs")
                m_host.hang();
            if (reply.value(QLatin1String("error")).toString() == u"fault") {
                found = CmdletHost::Module::None;
            } else if (!reply.value(QLatin1String("ok")).toBool()) {
                m_host.reportLabFailure(reply, commandName, importModuleType, statement);
                ok = false;
                continue;
            }
        }
        if (found == CmdletHost::Module::None) {
            m_host.writeError(
                PowerShellErrorRecord::command(commandName,
                                               QStringLiteral("The specified module '%1' was not loaded "
                                                              "because no valid module file was found in any "
                                                              "module directory.")
                                                   .arg(name),
                                               statement.extent)
                    .category(QStringLiteral("ResourceUnavailable"), QStringLiteral("FileNotFoundException"))
                    .target(name, QStringLiteral("String"))
                    .activity(commandName)
                    .errorId(QStringLiteral("Modules_ModuleNotFound,") + importModuleType));
            ok = false;
            continue;
        }
        m_host.setModule(found);
    }
    return ok;
}
} // namespace pchatlab
