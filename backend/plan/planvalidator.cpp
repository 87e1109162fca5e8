#include "planvalidator.h"

#include "namesyntax.h"
#include "unsafetext.h"

#include <algorithm>
#include <climits>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pchat {

namespace {

// sysname, the type of database, job and schedule names.
constexpr qsizetype sysnameLength = 128;
constexpr qsizetype backupDescriptionLength = 255;
constexpr qsizetype pathLength = 260;

// Collects the issues in field order.
class Checker
{
public:
    explicit Checker(const Plan& plan)
        : m_plan(plan)
    {
    }

    ValidationIssues run(PlanValidator::Scope scope)
    {
        checkInstance(QStringLiteral("backupInstance"), m_plan.backupInstance,
                      PlanValidator::tr("Enter the backup instance's name as SQL Server reports it "
                                        "(@@SERVERNAME), e.g. PCSQL02\\PCHAT."));
        checkInstance(QStringLiteral("primaryInstance"), m_plan.primaryInstance,
                      PlanValidator::tr("Enter the primary instance's name as SQL Server reports it "
                                        "(@@SERVERNAME), e.g. PCSQL01\\PCHAT."));
        checkInstancesDiffer();
        checkDatabases();
        checkBackup();
        checkRestore();
        checkLogShipping();
        checkLync();
        if (scope == PlanValidator::Scope::Failover)
            checkFailover();
        return m_issues;
    }

private:
    void add(const QString& field, const QString& message) { m_issues.append({field, message}); }

    // The checks every single-line text shares. Returns false when an issue was added.
    bool text(const QString& field, const QString& value, const QString& emptyMessage,
              qsizetype maxLength = sysnameLength)
    {
        if (value.isEmpty() || (!emptyMessage.isEmpty() && value.trimmed().isEmpty())) {
            if (emptyMessage.isEmpty())
                return true; // optional and empty: the caller decides what empty means
            add(field, emptyMessage);
            return false;
        }
        bool format = false;
        if (const char32_t code = UnsafeText::firstUnsafeCodePoint(value, &format); code != char32_t(-1)) {
            if (format)
                add(field,
                    PlanValidator::tr("Remove the invisible formatting character %1 from %2 (retype the "
                                      "value rather than pasting it): such a character makes a "
                                      "name look different from what reaches the server.")
                        .arg(UnsafeText::codePointName(code), field));
            else
                add(field, PlanValidator::tr("Remove the line break, tab or other control character %1 from "
                                             "%2: this value must be a single line of text.")
                               .arg(UnsafeText::codePointName(code), field));
            return false;
        }
        if (value.size() > maxLength) {
            add(field, PlanValidator::tr("Shorten this value to at most %1 characters (it has %2).")
                           .arg(QString::number(maxLength), QString::number(value.size())));
            return false;
        }
        return true;
    }

    void forbiddenChars(const QString& field)
    {
        add(field, PlanValidator::tr("Remove the characters < > : \" / | ? * from the names in this path: "
                                     "Windows does not allow them in file and folder names."));
    }

    void uncPath(const QString& field, const QString& value, const QString& emptyMessage)
    {
        if (!text(field, value, emptyMessage, pathLength))
            return;
        switch (NameSyntax::checkUncPath(value)) {
        case NameSyntax::PathProblem::None:
            return;
        case NameSyntax::PathProblem::ForbiddenChar:
            forbiddenChars(field);
            return;
        case NameSyntax::PathProblem::WrongForm:
            add(field,
                PlanValidator::tr("Enter a UNC path of the form \\\\server\\share or "
                                  "\\\\server\\share\\folder, e.g. \\\\FS01\\PChatLogShip: both SQL Server "
                                  "instances must reach it over the network."));
            return;
        }
    }

    // allowUnc: a UNC path is also accepted (a folder that another server shares).
    void absolutePath(const QString& field, const QString& value, const QString& emptyMessage,
                      const QString& wrongFormMessage, bool allowUnc)
    {
        if (!text(field, value, emptyMessage, pathLength) || value.isEmpty())
            return;
        NameSyntax::PathProblem problem = NameSyntax::checkLocalPath(value);
        if (problem == NameSyntax::PathProblem::WrongForm && allowUnc &&
            value.startsWith(QStringLiteral("\\\\")))
            problem = NameSyntax::checkUncPath(value);
        if (problem == NameSyntax::PathProblem::ForbiddenChar)
            forbiddenChars(field);
        else if (problem == NameSyntax::PathProblem::WrongForm)
            add(field, wrongFormMessage);
    }

    void backupFileName(const QString& field, const QString& value, const QString& emptyMessage)
    {
        if (!text(field, value, emptyMessage, pathLength))
            return;
        if (value.contains(u'\\') || value.contains(u'/')) {
            add(field, PlanValidator::tr("Enter only the file name, without a folder: the file goes into the "
                                         "share folder."));
        } else if (NameSyntax::hasForbiddenNameChar(value)) {
            forbiddenChars(field);
        } else if (UnsafeText::isUnsafeFileName(value)) {
            add(field,
                PlanValidator::tr("Choose another file name: Windows reserves CON, PRN, AUX, NUL, COM1 "
                                  "to COM9 and LPT1 to LPT9, and a name must not contain \"..\" or end "
                                  "with a dot or a space."));
        } else if (!value.endsWith(QStringLiteral(".bak"), Qt::CaseInsensitive) || value.size() <= 4) {
            add(field, PlanValidator::tr("End the file name with .bak, e.g. mgc_failback.bak, so that SSMS's "
                                         "Specify Backup dialog lists the file."));
        }
    }

    void range(const QString& field, int value, int minimum, int maximum, const QString& message)
    {
        if (value < minimum || value > maximum)
            add(field, message);
    }

    void atLeastOneMinute(const QString& field, int value, const QString& what)
    {
        if (value < 1)
            add(field, PlanValidator::tr("Enter at least 1 minute for \"%1\".").arg(what));
    }

    // Returns false when an issue was added.
    bool fqdn(const QString& field, const QString& value, const QString& emptyMessage)
    {
        if (!text(field, value, emptyMessage, 253 + 1))
            return false;
        if (value.isEmpty() || NameSyntax::isFqdn(value))
            return true;
        add(field, PlanValidator::tr("Enter a fully qualified domain name such as "
                                     "pchat01.contoso.com: two or more labels separated by dots, "
                                     "each of 1 to 63 letters, digits or hyphens, not starting "
                                     "or ending with a hyphen, 253 characters in all at most."));
        return false;
    }

    // A server of an active server list: its FQDN, and not twice (seen: lower-case FQDN -> row).
    bool listedServer(const QString& field, const QString& value, qsizetype row,
                      QHash<QString, qsizetype>& seen)
    {
        if (!fqdn(field, value,
                  PlanValidator::tr(
                      "Enter the server's fully qualified domain name, e.g. pchat01.contoso.com.")))
            return false;
        const QString key = value.toLower();
        if (seen.contains(key)) {
            add(field, PlanValidator::tr("This server is already in the list (row %1); remove the duplicate.")
                           .arg(seen.value(key) + 1));
            return false;
        }
        seen.insert(key, row);
        return true;
    }

    void checkInstance(const QString& prefix, const InstanceSettings& instance,
                       const QString& emptyNameMessage)
    {
        const QString nameField = prefix + QStringLiteral(".name");
        if (text(nameField, instance.name, emptyNameMessage) && !NameSyntax::isServerName(instance.name)) {
            add(nameField,
                PlanValidator::tr("Enter the name as host or host\\instance: the host of letters, "
                                  "digits, hyphens and dots, the instance name of up to 16 letters, "
                                  "digits, _, $ or #, starting with a letter or _."));
        }
        const QString addressField = prefix + QStringLiteral(".address");
        if (text(addressField, instance.address, {}) && !instance.address.isEmpty() &&
            !NameSyntax::isConnectAddress(instance.address)) {
            add(addressField,
                PlanValidator::tr("Enter the address as host,port (port 1 to 65535) or "
                                  "host\\instance, or leave it empty to connect to the instance "
                                  "name."));
        }
        if (instance.authentication == Authentication::SqlLogin) {
            text(prefix + QStringLiteral(".login"), instance.login,
                 PlanValidator::tr("Enter the SQL Server login, or choose Windows authentication."));
        } else {
            text(prefix + QStringLiteral(".login"), instance.login, {});
        }
        text(prefix + QStringLiteral(".odbcDriver"), instance.odbcDriver,
             PlanValidator::tr(
                 "Enter the name of the installed ODBC driver, e.g. ODBC Driver 18 for SQL Server."),
             pathLength);
        // Strict encryption (TDS 8.0) came with ODBC Driver 18; Driver 17 would refuse the keyword at
        // connect.
        if (instance.encryption == Encryption::Strict &&
            instance.odbcDriver.contains(QStringLiteral("ODBC Driver 17"), Qt::CaseInsensitive)) {
            add(prefix + QStringLiteral(".encryption"),
                PlanValidator::tr("ODBC Driver 17 cannot encrypt strictly (TDS 8.0); choose Mandatory, or "
                                  "install and choose ODBC Driver 18 for SQL Server."));
        }
        range(prefix + QStringLiteral(".loginTimeoutSeconds"), instance.loginTimeoutSeconds, 1, 600,
              PlanValidator::tr("Enter a login timeout between 1 and 600 seconds."));
    }

    void checkInstancesDiffer()
    {
        const InstanceSettings& backup = m_plan.backupInstance;
        const InstanceSettings& primary = m_plan.primaryInstance;
        if (backup.name.isEmpty() || primary.name.isEmpty())
            return;
        if (backup.name.compare(primary.name, Qt::CaseInsensitive) == 0) {
            add(QStringLiteral("primaryInstance.name"),
                PlanValidator::tr("The primary instance has the same name as the backup instance; enter the "
                                  "rebuilt instance in the primary data center."));
        } else if (backup.connectAddress().compare(primary.connectAddress(), Qt::CaseInsensitive) == 0) {
            add(primary.address.isEmpty() ? QStringLiteral("primaryInstance.name")
                                          : QStringLiteral("primaryInstance.address"),
                PlanValidator::tr("The primary instance would be reached at the same address as the backup "
                                  "instance; enter the address of the rebuilt instance in the primary data "
                                  "center."));
        }
    }

    void checkDatabases()
    {
        bool mgcOk = text(QStringLiteral("mgcDatabase"), m_plan.mgcDatabase,
                          PlanValidator::tr("Enter the Persistent Chat database name (normally mgc)."));
        // Log shipping names the secondary's standby file after the database (<copy
        // folder>\<db>_standby.tuf).
        if (mgcOk && UnsafeText::isUnsafeFileName(m_plan.mgcDatabase)) {
            add(QStringLiteral("mgcDatabase"),
                PlanValidator::tr("Remove \\ / : * ? \" < > | and \"..\" from the database name, and do not "
                                  "use a name Windows reserves (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to "
                                  "LPT9): log shipping makes the file name %1 of it.")
                    .arg(m_plan.mgcDatabase + QStringLiteral("_standby.tuf")));
            mgcOk = false;
        }
        const bool compOk =
            text(QStringLiteral("mgccompDatabase"), m_plan.mgccompDatabase,
                 PlanValidator::tr("Enter the Persistent Chat compliance database name (normally mgccomp)."));
        if (mgcOk && compOk && m_plan.mgcDatabase.compare(m_plan.mgccompDatabase, Qt::CaseInsensitive) == 0) {
            add(QStringLiteral("mgccompDatabase"),
                PlanValidator::tr("The compliance database must differ from the Persistent Chat database "
                                  "(normally mgccomp and mgc)."));
        }
    }

    void checkBackup()
    {
        const BackupSettings& backup = m_plan.backup;
        uncPath(QStringLiteral("backup.shareFolder"), backup.shareFolder,
                PlanValidator::tr("Enter the share location established for log shipping, e.g. "
                                  "\\\\FS01\\PChatLogShip."));
        backupFileName(QStringLiteral("backup.fileName"), backup.fileName,
                       PlanValidator::tr("Enter the backup file name, e.g. mgc_failback.bak."));
        text(QStringLiteral("backup.backupSetName"), backup.backupSetName,
             PlanValidator::tr("Enter a name for the backup set, e.g. mgc-Full Database Backup."));
        text(QStringLiteral("backup.description"), backup.description, {}, backupDescriptionLength);
        range(QStringLiteral("backup.statsPercent"), backup.statsPercent, 1, 100,
              PlanValidator::tr("Enter a progress interval (STATS) between 1 and 100 percent."));
    }

    void checkRestore()
    {
        const RestoreSettings& restore = m_plan.restore;
        range(QStringLiteral("restore.backupSetPosition"), restore.backupSetPosition, 1, INT_MAX,
              PlanValidator::tr("Enter the position of the backup set in the file (1 or more), as RESTORE "
                                "HEADERONLY lists it."));
        QSet<QString> logicalNames;
        for (qsizetype i = 0; i < restore.relocations.size(); ++i) {
            const FileRelocation& relocation = restore.relocations.at(i);
            const QString prefix = QStringLiteral("restore.relocations[%1]").arg(i);
            const QString logicalField = prefix + QStringLiteral(".logicalName");
            if (text(logicalField, relocation.logicalName,
                     PlanValidator::tr(
                         "Enter the logical file name as RESTORE FILELISTONLY lists it, or remove "
                         "this row."))) {
                const QString key = relocation.logicalName.toCaseFolded();
                if (logicalNames.contains(key)) {
                    add(logicalField, PlanValidator::tr("This logical file is already moved in another row; "
                                                        "remove one of the two rows."));
                }
                logicalNames.insert(key);
            }
            absolutePath(
                prefix + QStringLiteral(".physicalName"), relocation.physicalName,
                PlanValidator::tr("Enter the new physical file path, e.g. D:\\Data\\mgc.mdf, or remove "
                                  "this row."),
                PlanValidator::tr("Enter an absolute physical path with a drive letter, e.g. "
                                  "D:\\Data\\mgc.mdf, or a UNC path."),
                true);
        }
        range(QStringLiteral("restore.statsPercent"), restore.statsPercent, 1, 100,
              PlanValidator::tr("Enter a progress interval (STATS) between 1 and 100 percent."));
    }

    void checkSchedule(const QString& prefix, const AgentSchedule& schedule, const QString& suggestedName)
    {
        text(
            prefix + QStringLiteral(".name"), schedule.name,
            PlanValidator::tr("Enter a name for the SQL Server Agent schedule, e.g. %1.").arg(suggestedName));
        if (schedule.unit == ScheduleUnit::Minutes) {
            range(prefix + QStringLiteral(".interval"), schedule.interval, 1, 1440,
                  PlanValidator::tr("Enter an interval between 1 and 1440 minutes."));
        } else {
            range(prefix + QStringLiteral(".interval"), schedule.interval, 1, 24,
                  PlanValidator::tr("Enter an interval between 1 and 24 hours."));
        }
        if (!schedule.startTime.isValid() || !schedule.endTime.isValid() ||
            schedule.startTime >= schedule.endTime) {
            add(prefix + QStringLiteral(".startTime"),
                PlanValidator::tr(
                    "Make the schedule's start time earlier than its end time, e.g. 00:00:00 to "
                    "23:59:00."));
        }
        if (schedule.activeStartDate != 0) {
            const int date = schedule.activeStartDate;
            if (!QDate(date / 10000, date / 100 % 100, date % 100).isValid() || date < 19900101 ||
                date > 99991231) {
                add(prefix + QStringLiteral(".activeStartDate"),
                    PlanValidator::tr(
                        "Enter the schedule's start date as YYYYMMDD, e.g. 20261126, or 0 for the "
                        "day the plan is used."));
            }
        }
    }

    // A log-shipping job's name and schedule, whose fields are named after the job (copyJobName,
    // copySchedule).
    void checkJob(const QString& job, const QString& name, const QString& nameMessage,
                  const AgentSchedule& schedule, const QString& suggestedScheduleName)
    {
        text(QStringLiteral("logShipping.%1JobName").arg(job), name, nameMessage);
        checkSchedule(QStringLiteral("logShipping.%1Schedule").arg(job), schedule, suggestedScheduleName);
    }

    void checkLogShipping()
    {
        const LogShippingSettings& ls = m_plan.logShipping;
        const QString primary = m_plan.primaryInstance.name.isEmpty() ? QStringLiteral("PCSQL01\\PCHAT")
                                                                      : m_plan.primaryInstance.name;
        uncPath(
            QStringLiteral("logShipping.backupNetworkPath"), ls.backupNetworkPath,
            PlanValidator::tr("Enter the network path to the backup folder, e.g. \\\\FS01\\PChatLogShip."));
        absolutePath(
            QStringLiteral("logShipping.backupLocalPath"), ls.backupLocalPath, {},
            PlanValidator::tr("Enter the backup folder's local path on the primary server with a drive "
                              "letter, e.g. C:\\PChatLogShip, or leave it empty when the folder is not "
                              "on the primary server."),
            false);
        atLeastOneMinute(QStringLiteral("logShipping.backupRetentionMinutes"), ls.backupRetentionMinutes,
                         PlanValidator::tr("Delete files older than"));
        atLeastOneMinute(QStringLiteral("logShipping.backupAlertMinutes"), ls.backupAlertMinutes,
                         PlanValidator::tr("Alert if no backup occurs within"));
        QString compact = primary;
        compact.remove(u'\\');
        checkJob(QStringLiteral("backup"), ls.backupJobName,
                 PlanValidator::tr("Enter the backup job name, e.g. %1.")
                     .arg(QStringLiteral("LSBackup_") + m_plan.mgcDatabase),
                 ls.backupSchedule, QStringLiteral("LSBackupSchedule_") + compact + u'1');
        if (ls.initialization != SecondaryInitialization::AlreadyInitialized) {
            backupFileName(QStringLiteral("logShipping.initializationBackupFile"),
                           ls.initializationBackupFile,
                           PlanValidator::tr("Enter the file name of the full backup that initializes the "
                                             "secondary database, e.g. mgc_logshipping_init.bak."));
        }
        absolutePath(
            QStringLiteral("logShipping.copyDestinationFolder"), ls.copyDestinationFolder,
            PlanValidator::tr("Enter the destination folder for copied files on the secondary server, "
                              "e.g. E:\\PChatLSCopy."),
            PlanValidator::tr("Enter the destination folder for copied files as an absolute path with a "
                              "drive letter, e.g. E:\\PChatLSCopy, or as a UNC path."),
            true);
        atLeastOneMinute(QStringLiteral("logShipping.copyRetentionMinutes"), ls.copyRetentionMinutes,
                         PlanValidator::tr("Delete copied files after"));
        checkJob(QStringLiteral("copy"), ls.copyJobName,
                 PlanValidator::tr("Enter the copy job name, e.g. %1.")
                     .arg(QStringLiteral("LSCopy_%1_%2").arg(primary, m_plan.mgcDatabase)),
                 ls.copySchedule, QStringLiteral("DefaultCopyJobSchedule"));
        if (ls.restoreDelayMinutes < 0) {
            add(QStringLiteral("logShipping.restoreDelayMinutes"),
                PlanValidator::tr(
                    "Enter a restore delay of 0 minutes or more; the procedure uses 0 minutes."));
        }
        atLeastOneMinute(QStringLiteral("logShipping.restoreAlertMinutes"), ls.restoreAlertMinutes,
                         PlanValidator::tr("Alert if no restore occurs within"));
        checkJob(QStringLiteral("restore"), ls.restoreJobName,
                 PlanValidator::tr("Enter the restore job name, e.g. %1.")
                     .arg(QStringLiteral("LSRestore_%1_%2").arg(primary, m_plan.mgcDatabase)),
                 ls.restoreSchedule, QStringLiteral("DefaultRestoreJobSchedule"));
        atLeastOneMinute(QStringLiteral("logShipping.historyRetentionMinutes"), ls.historyRetentionMinutes,
                         PlanValidator::tr("Keep log-shipping history for"));
        const QStringList jobFields{QStringLiteral("logShipping.backupJobName"),
                                    QStringLiteral("logShipping.copyJobName"),
                                    QStringLiteral("logShipping.restoreJobName")};
        const QStringList jobNames{ls.backupJobName, ls.copyJobName, ls.restoreJobName};
        for (qsizetype i = 1; i < jobNames.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                if (!jobNames.at(i).isEmpty() &&
                    jobNames.at(i).compare(jobNames.at(j), Qt::CaseInsensitive) == 0) {
                    add(jobFields.at(i),
                        PlanValidator::tr("Each log-shipping job needs its own name; this one is "
                                          "already used by another job."));
                    break;
                }
            }
        }
    }

    void checkLync()
    {
        const LyncSettings& lync = m_plan.lync;
        text(QStringLiteral("lync.activeServerCollection"), lync.activeServerCollection,
             PlanValidator::tr(
                 "Enter the identity of the Active Server collection, e.g. PChatServerCollection "
                 "(Lync Server 2013 documentation also writes global)."));
        if (text(QStringLiteral("lync.poolIdentity"), lync.poolIdentity,
                 PlanValidator::tr(
                     "Enter the pool's identity, e.g. PersistentChatServer:pchat.contoso.com; read "
                     "it with Get-CsPersistentChatState."),
                 pathLength)) {
            static const QRegularExpression pattern(
                QStringLiteral("^(?:PersistentChatServer|service): ?(.+)$"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = pattern.match(lync.poolIdentity);
            if (!match.hasMatch() || !NameSyntax::isFqdn(match.captured(1))) {
                add(QStringLiteral("lync.poolIdentity"),
                    PlanValidator::tr(
                        "Enter the pool identity as PersistentChatServer:<pool FQDN> or "
                        "service:<pool FQDN>, e.g. PersistentChatServer:pchat.contoso.com; read the "
                        "exact identity with Get-CsPersistentChatState."));
            }
        }
        text(QStringLiteral("lync.primaryDataCenter"), lync.primaryDataCenter,
             PlanValidator::tr("Enter the primary data center, named as the active servers' data centers are "
                               "named, e.g. DC1."));
        if (lync.activeServers.isEmpty()) {
            add(QStringLiteral("lync.activeServers"),
                PlanValidator::tr(
                    "Add at least one Persistent Chat server to the Active Server list, with its "
                    "FQDN and data center."));
        }
        QHash<QString, qsizetype> seen;
        for (qsizetype i = 0; i < lync.activeServers.size(); ++i) {
            const ActiveServer& server = lync.activeServers.at(i);
            const QString prefix = QStringLiteral("lync.activeServers[%1]").arg(i);
            listedServer(prefix + QStringLiteral(".fqdn"), server.fqdn, i, seen);
            text(prefix + QStringLiteral(".dataCenter"), server.dataCenter,
                 PlanValidator::tr("Enter the server's data center, e.g. DC1."));
        }
        text(QStringLiteral("lync.shellProgram"), lync.shellProgram,
             PlanValidator::tr("Enter the program that starts the management shell, e.g. powershell.exe."),
             pathLength);
        range(QStringLiteral("lync.shellTimeoutSeconds"), lync.shellTimeoutSeconds, 5, 3600,
              PlanValidator::tr("Enter a shell timeout between 5 and 3600 seconds."));
    }

    void checkFailover()
    {
        const FailoverSettings& failover = m_plan.failover;
        fqdn(QStringLiteral("failover.backupServerFqdn"), failover.backupServerFqdn,
             PlanValidator::tr("Enter the FQDN of the backup instance's server, e.g. PCSQL02.contoso.com: "
                               "Install-CsMirrorDatabase takes it as -SqlServerFqdn of the new primary."));
        const bool mirrorOk = fqdn(
            QStringLiteral("failover.mirrorServerFqdn"), failover.mirrorServerFqdn,
            PlanValidator::tr("Enter the FQDN of the server of the backup instance's mirror, e.g. "
                              "PCSQL02M.contoso.com, as Topology Builder names it for the backup store."));
        if (text(QStringLiteral("failover.mirrorInstanceName"), failover.mirrorInstanceName, {}) &&
            !failover.mirrorInstanceName.isEmpty() &&
            !NameSyntax::isInstanceName(failover.mirrorInstanceName)) {
            add(QStringLiteral("failover.mirrorInstanceName"),
                PlanValidator::tr("Enter the instance name of up to 16 letters, digits, _, $ or #, starting "
                                  "with a letter or _, e.g. PCHAT, or leave it empty for the default "
                                  "instance."));
        } else if (mirrorOk && !failover.mirrorServerFqdn.isEmpty() &&
                   failover.mirrorServerName().compare(m_plan.backupInstance.name, Qt::CaseInsensitive) ==
                       0) {
            add(QStringLiteral("failover.mirrorServerFqdn"),
                PlanValidator::tr("The mirror is the backup instance itself; enter the backup instance's "
                                  "mirror, e.g. PCSQL02M.contoso.com."));
        }
        uncPath(QStringLiteral("failover.fileShare"), failover.fileShare,
                PlanValidator::tr("Enter the file share through which the new primary's databases reach the "
                                  "mirror, e.g. \\\\FS01\\PChatLogShip."));
        if (failover.activeServers.isEmpty()) {
            add(QStringLiteral("failover.activeServers"),
                PlanValidator::tr("Add at least one Persistent Chat server of the backup data center to the "
                                  "active server list."));
        }
        QHash<QString, qsizetype> seen;
        const QStringList inPrimary = m_plan.failoverServersInPrimaryDataCenter();
        for (qsizetype i = 0; i < failover.activeServers.size(); ++i) {
            const QString field = QStringLiteral("failover.activeServers[%1]").arg(i);
            const QString& server = failover.activeServers.at(i);
            // The procedure: all active servers in the data center of the new primary database.
            if (listedServer(field, server, i, seen) && inPrimary.contains(server)) {
                add(field, PlanValidator::tr("%1 is in the primary data center %2 (Active Servers of the "
                                             "failback); all active servers must be in the data center of "
                                             "the new primary database, or one with a low-latency, "
                                             "high-bandwidth link to it.")
                               .arg(server, m_plan.lync.primaryDataCenter));
            }
        }
    }

    const Plan& m_plan;
    ValidationIssues m_issues;
};

bool matchesPrefix(const QString& field, const QString& prefix)
{
    if (!field.startsWith(prefix))
        return false;
    // "backup" must not pick up "backupInstance.name": a prefix ends at a path boundary.
    if (field.size() == prefix.size() || prefix.isEmpty() || prefix.endsWith(u'.') || prefix.endsWith(u'['))
        return true;
    const QChar next = field.at(prefix.size());
    return next == u'.' || next == u'[';
}

} // namespace

ValidationIssues PlanValidator::validate(const Plan& plan, Scope scope)
{
    return Checker(plan).run(scope);
}

ValidationIssues PlanValidator::validate(const Plan& plan, const QStringList& fieldPrefixes)
{
    ValidationIssues filtered;
    for (const ValidationIssue& issue : validate(plan, Scope::Failover)) {
        if (std::any_of(fieldPrefixes.begin(), fieldPrefixes.end(),
                        [&](const QString& prefix) { return matchesPrefix(issue.field, prefix); }))
            filtered.append(issue);
    }
    return filtered;
}

} // namespace pchat
