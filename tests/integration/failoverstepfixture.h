// Fixture of the failover step tests: a lab of the normal-with-log-shipping scenario right after the
// disaster (speed 1, so that the backup instance's copy and restore jobs do not run again during a test), and
// a plan with the scenario's share and copy folder.
#pragma once

#include "steptestlab.h"

class FailoverStepFixture : public StepTestLab
{
protected:
    static constexpr const char* kCopyFolder = "E:\\PChatLSCopy";

    void SetUp() override
    {
        startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")}, 1);
        ASSERT_TRUE(control().disaster().value(QLatin1String("ok")).toBool());
    }

    pchat::Plan failoverPlan() const
    {
        pchat::Plan result = plan();
        result.logShipping.backupNetworkPath = QString::fromLatin1(kShare);
        result.logShipping.copyDestinationFolder = QString::fromLatin1(kCopyFolder);
        return result;
    }

    // The names xp_dirtree lists in a folder of the backup instance.
    QStringList files(const QString& folder) const
    {
        const pchat::BatchResult result =
            query(QString::fromLatin1(kBackupInstance),
                  QStringLiteral("EXEC master.sys.xp_dirtree N'%1', 1, 1").arg(folder));
        QStringList names;
        if (!result.statements.isEmpty()) {
            for (const QVariantList& row : result.statements.constFirst().rows)
                names << row.value(0).toString();
        }
        return names;
    }
};
