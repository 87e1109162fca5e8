// Fixture of the shell and Preflight tests: the step-test lab, and a plan whose management shell is the lab's
// (`pchat-lab shell --control PORT`), with the default scenario's pool, data centers and copy folder.
#pragma once

#include "backend/shell/shellresult.h"
#include "backend/shell/shellrunner.h"
#include "steptestlab.h"

#include <QJsonArray>
#include <QSignalSpy>

class ShellTestLab : public StepTestLab
{
protected:
    static constexpr const char* kPoolIdentity = "PersistentChatServer:pchat.contoso.com";

    pchat::Plan shellPlan() const
    {
        pchat::Plan result = plan();
        result.lync.shellProgram = QStringLiteral(PCHAT_LAB_EXE);
        result.lync.shellArguments = {QStringLiteral("shell"), QStringLiteral("--control"),
                                      QString::number(m_lab ? m_lab->controlPort() : 1)};
        result.lync.shellTimeoutSeconds = 30;
        result.lync.poolIdentity = QString::fromLatin1(kPoolIdentity);
        result.lync.primaryDataCenter = QStringLiteral("DC1");
        result.lync.activeServers = {{QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("DC1")},
                                     {QStringLiteral("PCHAT02.contoso.com"), QStringLiteral("DC1")}};
        result.logShipping.copyDestinationFolder = QStringLiteral("E:\\PChatLSCopy");
        return result;
    }

    // The lab's pool as its control port reports it ({fqdn, identity, state, servers, activeServers}).
    QJsonObject labPool() const { return control().lyncPool(); }

    QStringList labActiveServers() const
    {
        QStringList list;
        for (const QJsonValue& value : labPool().value(QLatin1String("activeServers")).toArray())
            list << value.toString();
        return list;
    }

    // Runs the commands in a shell of the settings and waits for the result (tests only).
    static pchat::ShellResult runAndWait(pchat::ShellRunner& runner, const QStringList& commands,
                                         int timeoutMs = 30000)
    {
        QSignalSpy finished(&runner, &pchat::ShellRunner::finished);
        runner.run(commands);
        if (!finished.wait(timeoutMs) && finished.isEmpty()) {
            ADD_FAILURE() << "the shell did not finish within " << timeoutMs << " ms";
            return {};
        }
        return finished.constFirst().at(0).value<pchat::ShellResult>();
    }
};
