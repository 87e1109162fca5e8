// Reads the lab's state through the lab's own clients (FreeTDS's tsql and the control port), so that a test
// of a failback does not trust the program it checks, and lists what differs from the failed-back state.
#pragma once

#include "labprocess.h"

#include <functional>
#include <QString>
#include <QStringList>

class LabEndState
{
public:
    // The failed-back state of the default scenario, with its names.
    struct Expected
    {
        QString backupInstance = QStringLiteral("PCSQL02\\PCHAT");
        QString primaryInstance = QStringLiteral("PCSQL01\\PCHAT");
        QString database = QStringLiteral("mgc");
        QStringList activeServers{QStringLiteral("PCHAT01.contoso.com"),
                                  QStringLiteral("PCHAT02.contoso.com")};
    };

    // Where a lab listens: a LabProcess of the test, or a training lab the program started.
    struct Ports
    {
        std::function<int(const QString& instance)> instance;
        int control = 0;
    };
    static Ports portsOf(const LabProcess& lab);

    // Runs a query whose single column is named v on the instance, and returns the first row's value.
    static QString query(const LabProcess& lab, const QString& instance, const QString& sql);
    // The same on the instance at this port (a lab the test did not start as a LabProcess).
    static QString query(int port, const QString& sql);
    // How many times the database was restored on the instance (msdb.dbo.restorehistory).
    static int restoreCount(const LabProcess& lab, const QString& instance, const QString& database);
    static int restoreCount(int port, const QString& database);
    // Every difference from the failed-back state, one line each; empty when the lab is failed back:
    // mirroring removed on the backup instance, the primary's database ONLINE with the backup's data, log
    // shipping configured with a log backup restored on the secondary (waited for up to waitMs), the active
    // servers, and the pool Normal.
    static QStringList differences(const Ports& lab, const Expected& expected, int waitMs = 30000);
    static QStringList differences(const LabProcess& lab, const Expected& expected, int waitMs = 30000);
    // The same for the default scenario's names.
    static QStringList differences(const LabProcess& lab);
};
