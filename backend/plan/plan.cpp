#include "plan.h"

namespace pchat {

namespace {

// Only the backslash: the paths are UNC or drive paths, and a / is data the validator reports, not a
// separator.
bool isWindowsSeparator(QChar c)
{
    return c == u'\\';
}

void fillDate(AgentSchedule& schedule, const QDate& today)
{
    if (schedule.activeStartDate == 0 && today.isValid())
        schedule.activeStartDate = today.year() * 10000 + today.month() * 100 + today.day();
}

} // namespace

QString Plan::backupFilePath() const
{
    return joinWindowsPath(backup.shareFolder, backup.fileName);
}

QString Plan::initializationBackupPath() const
{
    return joinWindowsPath(logShipping.backupNetworkPath, logShipping.initializationBackupFile);
}

QString Plan::backupInstanceName() const
{
    return backupInstance.name.section(u'\\', 1);
}

QStringList Plan::failoverServersInPrimaryDataCenter() const
{
    QStringList inPrimary;
    for (const QString& fqdn : failover.activeServers) {
        for (const ActiveServer& server : lync.activeServers) {
            if (server.fqdn.compare(fqdn, Qt::CaseInsensitive) == 0 &&
                server.dataCenter.compare(lync.primaryDataCenter, Qt::CaseInsensitive) == 0)
                inPrimary << fqdn;
        }
    }
    return inPrimary;
}

Plan Plan::withoutSecrets() const
{
    Plan copy = *this;
    copy.backupInstance.password.clear();
    copy.primaryInstance.password.clear();
    return copy;
}

void Plan::applyDerivedDefaults(const QDate& today)
{
    const QString primaryName = primaryInstance.name;
    if (logShipping.copyJobName.isEmpty())
        logShipping.copyJobName = QStringLiteral("LSCopy_%1_%2").arg(primaryName, mgcDatabase);
    if (logShipping.restoreJobName.isEmpty())
        logShipping.restoreJobName = QStringLiteral("LSRestore_%1_%2").arg(primaryName, mgcDatabase);
    if (logShipping.backupSchedule.name.isEmpty()) {
        // SSMS drops the backslash of a named instance from the schedule name.
        QString compact = primaryName;
        compact.remove(u'\\');
        logShipping.backupSchedule.name = QStringLiteral("LSBackupSchedule_") + compact + u'1';
    }
    if (logShipping.copySchedule.name.isEmpty())
        logShipping.copySchedule.name = QStringLiteral("DefaultCopyJobSchedule");
    if (logShipping.restoreSchedule.name.isEmpty())
        logShipping.restoreSchedule.name = QStringLiteral("DefaultRestoreJobSchedule");
    fillDate(logShipping.backupSchedule, today);
    fillDate(logShipping.copySchedule, today);
    fillDate(logShipping.restoreSchedule, today);
    // The seed's share for the step 3 backup is the log-shipping share, so it is the natural default.
    if (logShipping.backupNetworkPath.isEmpty())
        logShipping.backupNetworkPath = backup.shareFolder;
}

QString joinWindowsPath(const QString& folder, const QString& fileName)
{
    if (folder.isEmpty())
        return fileName;
    if (fileName.isEmpty())
        return folder;
    qsizetype end = folder.size();
    while (end > 0 && isWindowsSeparator(folder.at(end - 1)))
        --end;
    qsizetype start = 0;
    while (start < fileName.size() && isWindowsSeparator(fileName.at(start)))
        ++start;
    return folder.left(end) + u'\\' + fileName.mid(start);
}

} // namespace pchat
