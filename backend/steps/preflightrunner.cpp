#include "preflightrunner.h"

#include "resultvalues.h"
#include "shell/lynccommands.h"
#include "shell/shellrunner.h"
#include "shellstep.h"
#include "sql/erroradvice.h"
#include "sql/freetdsconfig.h"
#include "stepsession.h"

#include <algorithm>

namespace pchat {

namespace {

int key(ScriptTarget target)
{
    return int(target);
}

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "11.0.5058.0" against "11.0.2100.60": part by part as numbers ("9" < "10"); missing parts count as 0.
int compareVersions(const QString& a, const QString& b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const qint64 l = i < left.size() ? left.at(i).toLongLong() : 0;
        const qint64 r = i < right.size() ? right.at(i).toLongLong() : 0;
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

QString text(const StatementResult& rows, int row, const char* column)
{
    return ResultValues::text(rows.value(row, QString::fromLatin1(column)));
}

// The row of a database in CheckSql::databases / MirroringSql::mirroringState, or -1.
int rowOf(const StatementResult& rows, const char* column, const QString& database)
{
    for (int row = 0; row < rows.rows.size(); ++row) {
        if (same(text(rows, row, column), database))
            return row;
    }
    return -1;
}

} // namespace

PreflightRunner::PreflightRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<PreflightResult>();
}

PreflightRunner::~PreflightRunner()
{
    retire();
}

bool PreflightRunner::passed() const
{
    return !m_results.isEmpty() &&
           std::all_of(m_results.cbegin(), m_results.cend(), [](const PreflightResult& r) {
               return !r.id.isEmpty() && r.status != PreflightResult::Fail;
           });
}

void PreflightRunner::retire()
{
    for (Connection& connection : m_connections) {
        if (connection.session)
            connection.session->retire();
    }
    m_connections.clear();
    if (m_shell) {
        m_shell->disconnect(this);
        m_shell->cancel();
        m_shell->deleteLater();
    }
    m_shell = nullptr;
}

void PreflightRunner::start(const Plan& plan)
{
    retire();
    ++m_generation;
    m_plan = plan;
    m_checks = PreflightCheck::all(plan);
    m_results = QList<PreflightResult>(m_checks.size());
    m_versions.clear();
    m_serviceAccounts.clear();
    m_agentAccounts.clear();
    m_backupRecoveryModel.clear();
    m_backupDataMb = -1;
    m_backupLogMb = -1;
    m_index = -1;
    m_running = true;
    runNext();
}

void PreflightRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    retire();
    m_running = false;
    Q_EMIT allFinished();
}

const InstanceSettings& PreflightRunner::instanceFor(ScriptTarget target) const
{
    return target == ScriptTarget::PrimaryInstance ? m_plan.primaryInstance : m_plan.backupInstance;
}

void PreflightRunner::runNext()
{
    ++m_index;
    if (m_index >= m_checks.size()) {
        retire();
        m_running = false;
        Q_EMIT allFinished();
        return;
    }
    const PreflightCheck& check = m_checks.at(m_index);
    Q_EMIT checkStarted(m_index);
    if (check.target == ScriptTarget::ManagementShell)
        runShell(check);
    else
        runSql(check);
}

void PreflightRunner::report(PreflightResult::Status status, const QString& found, const QString& remedy)
{
    PreflightResult result;
    result.id = m_checks.at(m_index).id;
    result.status = status;
    result.found = found;
    result.remedy = status == PreflightResult::Pass ? QString() : remedy;
    m_results[m_index] = result;
    Q_EMIT checkFinished(m_index, result);
    // The next check starts from the event loop, not from inside this one's callback.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                runNext();
        },
        Qt::QueuedConnection);
}

void PreflightRunner::withSession(ScriptTarget target, std::function<void(bool open)> then)
{
    Connection& connection = m_connections[key(target)];
    if (connection.state != SessionState::Closed) {
        then(connection.state == SessionState::Open);
        return;
    }
    auto* session = new StepSession(instanceFor(target), this);
    connection.session = session;
    session->setCommandGate([this](QObject* context, std::function<void()> proceed,
                                   std::function<void(const QString& reason)> refuse) {
        admitCommand(context, std::move(proceed), std::move(refuse));
    });
    connect(session, &StepSession::commandStarted, this, &PreflightRunner::commandStarted);
    const quint64 generation = m_generation;
    session->open(
        [this, target, then, generation] {
            if (generation != m_generation)
                return;
            m_connections[key(target)].state = SessionState::Open;
            then(true);
        },
        [this, target, then, generation](const SqlMessages& messages) {
            if (generation != m_generation)
                return;
            Connection& failed = m_connections[key(target)];
            failed.state = SessionState::Failed;
            failed.openError = messages;
            then(false);
        });
}

void PreflightRunner::runSql(const PreflightCheck& check)
{
    const ScriptTarget target = check.target;
    const QString checkText = check.text;
    const quint64 generation = m_generation;
    withSession(target, [this, target, checkText, generation](bool open) {
        const PreflightCheck& current = m_checks.at(m_index);
        const InstanceSettings& instance = instanceFor(target);
        if (!open) {
            const Connection& connection = m_connections.value(key(target));
            if (current.kind == PreflightCheck::Kind::Connection) {
                const SqlMessage error =
                    connection.openError.isEmpty() ? SqlMessage{} : connection.openError.constFirst();
                report(PreflightResult::Fail,
                       tr("%1 does not answer: %2")
                           .arg(instance.name, error.text.isEmpty() ? tr("no reply") : error.text),
                       ErrorAdvice::remedyForOpenFailure(connection.openError, instance));
            } else {
                report(PreflightResult::Fail, tr("Not checked: no connection to %1.").arg(instance.name),
                       tr("Fix the connection to %1 first (see its row), then Re-check.").arg(instance.name));
            }
            return;
        }
        m_connections[key(target)].session->execute(checkText, [this, generation](const BatchResult& result) {
            if (generation != m_generation)
                return;
            evaluateSql(m_checks.at(m_index), result);
        });
    });
}

void PreflightRunner::evaluateSql(const PreflightCheck& check, const BatchResult& result)
{
    if (!result.succeeded()) {
        const SqlMessage error = result.outcome == BatchResult::Outcome::ConnectionLost
                                     ? ErrorAdvice::lostConnection(result.messages)
                                     : ErrorAdvice::decisiveError(result.messages);
        report(PreflightResult::Fail,
               tr("The query failed on %1: %2").arg(instanceFor(check.target).name, error.text),
               ErrorAdvice::remedy(error));
        return;
    }
    const StatementResult rows =
        result.statements.isEmpty() ? StatementResult{} : result.statements.constFirst();
    switch (check.kind) {
    case PreflightCheck::Kind::Connection:
        evaluateConnection(check, rows);
        return;
    case PreflightCheck::Kind::Version:
        evaluateVersion(rows);
        return;
    case PreflightCheck::Kind::BackupDatabases:
        evaluateBackupDatabases(rows);
        return;
    case PreflightCheck::Kind::Mirroring:
        evaluateMirroring(rows);
        return;
    case PreflightCheck::Kind::PrimaryDatabase:
        evaluatePrimaryDatabase(rows);
        return;
    case PreflightCheck::Kind::Sessions:
        evaluateSessions(rows);
        return;
    case PreflightCheck::Kind::Agent:
        evaluateAgent(check, rows);
        return;
    case PreflightCheck::Kind::Share:
        evaluateShare(check, rows);
        return;
    case PreflightCheck::Kind::CopyFolder:
        evaluateCopyFolder(rows);
        return;
    case PreflightCheck::Kind::BackupFile:
        evaluateBackupFile(rows);
        return;
    case PreflightCheck::Kind::DatabaseSize:
        evaluateDatabaseSize(rows);
        return;
    case PreflightCheck::Kind::FreeSpace:
        evaluateFreeSpace(rows);
        return;
    case PreflightCheck::Kind::ShellModule:
    case PreflightCheck::Kind::PoolState:
        break;
    }
    report(PreflightResult::Fail, tr("Internal error: no evaluation for this check."));
}

void PreflightRunner::evaluateConnection(const PreflightCheck& check, const StatementResult& rows)
{
    const InstanceSettings& instance = instanceFor(check.target);
    if (rows.rows.isEmpty()) {
        report(PreflightResult::Fail, tr("%1 returned no server information.").arg(instance.name));
        return;
    }
    const QString version = text(rows, 0, "product_version");
    m_versions.insert(key(check.target), version);
    const QString login = text(rows, 0, "login_name");
    const QString found = tr("%1, SQL Server %2 %3, login %4")
                              .arg(text(rows, 0, "server_name"), version, text(rows, 0, "edition"), login);
    if (!ResultValues::flag(rows.value(0, QStringLiteral("is_sysadmin")))) {
        report(PreflightResult::Fail, tr("%1; the login is not sysadmin").arg(found),
               tr("Connect with a login in the sysadmin role on %1: removing mirroring, BACKUP, RESTORE and "
                  "log shipping need it.")
                   .arg(instance.name));
        return;
    }
    // FreeTDS encrypts with "require" but checks no certificate without a CA file: never claim more.
    if (FreeTdsConfig::encryptsWithoutVerifying(instance, FreeTdsConfig::caFile())) {
        report(PreflightResult::Warning,
               tr("%1 (sysadmin); encrypted, certificate not verified").arg(found),
               tr("FreeTDS encrypts the connection to %1 but does not check the server's certificate, so it "
                  "cannot tell the real server from an impostor. Name the CA's certificate file as \"ca file\" in "
                  "the [global] section of freetds.conf (or the file FREETDSCONF names), or connect with "
                  "Microsoft's ODBC Driver 18, which verifies it.")
                   .arg(instance.name));
        return;
    }
    report(PreflightResult::Pass, tr("%1 (sysadmin)").arg(found));
}

void PreflightRunner::evaluateVersion(const StatementResult& rows)
{
    const QString primary = rows.rows.isEmpty() ? QString() : text(rows, 0, "product_version");
    const QString backup = m_versions.value(key(ScriptTarget::BackupInstance));
    if (backup.isEmpty()) {
        report(PreflightResult::Fail, tr("The backup instance's version is unknown (no connection)."),
               tr("Fix the connection to the backup instance, then Re-check."));
        return;
    }
    const QString found = tr("primary %1, backup %2").arg(primary, backup);
    if (compareVersions(primary, backup) < 0) {
        report(PreflightResult::Fail, found,
               tr("SQL Server cannot restore a backup of a newer version: update %1 to at least %2 "
                  "(the same service pack and cumulative update as %3).")
                   .arg(m_plan.primaryInstance.name, backup, m_plan.backupInstance.name));
        return;
    }
    report(PreflightResult::Pass, found);
}

void PreflightRunner::evaluateBackupDatabases(const StatementResult& rows)
{
    QStringList found;
    QStringList problems;
    QStringList remedies;
    PreflightResult::Status status = PreflightResult::Pass;
    for (const QString& database : {m_plan.mgcDatabase, m_plan.mgccompDatabase}) {
        const int row = rowOf(rows, "name", database);
        if (row < 0) {
            found << tr("%1: missing").arg(database);
            status = PreflightResult::Fail;
            remedies << tr("Check the database names in the plan and that %1 is the instance that serves "
                           "Persistent Chat since the failover.")
                            .arg(m_plan.backupInstance.name);
            continue;
        }
        const QString state = text(rows, row, "state_desc");
        const QString model = text(rows, row, "recovery_model_desc");
        found << tr("%1: %2, recovery model %3").arg(database, state, model);
        if (!same(state, QLatin1String("ONLINE"))) {
            status = PreflightResult::Fail;
            remedies << tr("%1 must be ONLINE on %2: it is the copy the pool uses since the failover.")
                            .arg(database, m_plan.backupInstance.name);
        }
        if (database == m_plan.mgcDatabase) {
            m_backupRecoveryModel = model;
            if (same(model, QLatin1String("SIMPLE"))) {
                status = PreflightResult::Fail;
                remedies
                    << tr("Set %1 to the FULL recovery model on %2 (ALTER DATABASE %1 SET RECOVERY FULL) "
                          "before the backup: log shipping needs FULL or BULK_LOGGED, and the restore "
                          "brings this instance's recovery model to the primary.")
                           .arg(database, m_plan.backupInstance.name);
            } else if (same(model, QLatin1String("BULK_LOGGED"))) {
                if (status == PreflightResult::Pass)
                    status = PreflightResult::Warning;
                remedies << tr("BULK_LOGGED works for log shipping, but a log backup that holds bulk "
                               "operations cannot be restored to a point in time; FULL is the documented "
                               "setting.");
            }
        }
    }
    report(status, found.join(QStringLiteral("; ")), remedies.join(QLatin1Char(' ')));
}

void PreflightRunner::evaluateMirroring(const StatementResult& rows)
{
    QStringList found;
    QStringList remedies;
    PreflightResult::Status status = PreflightResult::Pass;
    for (const QString& database : {m_plan.mgcDatabase, m_plan.mgccompDatabase}) {
        const int row = rowOf(rows, "database_name", database);
        if (row < 0) {
            found << tr("%1: missing").arg(database);
            status = PreflightResult::Fail;
            continue;
        }
        if (rows.value(row, QStringLiteral("mirroring_guid")).isNull()) {
            found << tr("%1: not mirrored (already removed)").arg(database);
            if (status == PreflightResult::Pass)
                status = PreflightResult::Warning;
            remedies << tr("Mirroring of %1 is already removed: step 2 will skip it.").arg(database);
            continue;
        }
        const QString role = text(rows, row, "mirroring_role_desc");
        found << tr("%1: %2, %3, partner %4")
                     .arg(database, role, text(rows, row, "mirroring_state_desc"),
                          text(rows, row, "mirroring_partner_instance"));
        if (!same(role, QLatin1String("PRINCIPAL"))) {
            status = PreflightResult::Fail;
            remedies
                << tr("%1 holds the mirror copy of %2: enter the instance that serves the pool since the "
                      "failover (the principal) as the backup instance.")
                       .arg(m_plan.backupInstance.name, database);
        }
    }
    report(status, found.join(QStringLiteral("; ")), remedies.join(QLatin1Char(' ')));
}

void PreflightRunner::evaluatePrimaryDatabase(const StatementResult& rows)
{
    const int row = rowOf(rows, "name", m_plan.mgcDatabase);
    if (row < 0) {
        report(PreflightResult::Fail,
               tr("%1 does not exist on %2").arg(m_plan.mgcDatabase, m_plan.primaryInstance.name),
               tr("Reinstall the Persistent Chat databases on the primary with Topology Builder (or "
                  "Install-CsDatabase) before the failback."));
        return;
    }
    const QString state = text(rows, row, "state_desc");
    const QString model = text(rows, row, "recovery_model_desc");
    const QString found = tr("%1: %2, recovery model %3").arg(m_plan.mgcDatabase, state, model);
    if (same(model, QLatin1String("SIMPLE"))) {
        // The restore replaces the database and with it the recovery model: the backup instance's counts.
        report(PreflightResult::Warning, found,
               tr("The restore brings the recovery model of %1 on the backup instance (%2): that one is "
                  "checked as the source of truth. Log shipping will need FULL on the primary after the "
                  "restore.")
                   .arg(m_plan.mgcDatabase,
                        m_backupRecoveryModel.isEmpty() ? tr("unknown") : m_backupRecoveryModel));
        return;
    }
    report(PreflightResult::Pass, found);
}

void PreflightRunner::evaluateSessions(const StatementResult& rows)
{
    if (rows.rows.isEmpty()) {
        report(PreflightResult::Pass, tr("no open sessions"));
        return;
    }
    QStringList sessions;
    for (int row = 0; row < rows.rows.size(); ++row) {
        sessions << tr("%1 (%2 from %3)")
                        .arg(text(rows, row, "session_id"), text(rows, row, "login_name"),
                             text(rows, row, "host_name"));
    }
    const QString found =
        tr("%n open session(s): %1", nullptr, int(rows.rows.size())).arg(sessions.join(QStringLiteral(", ")));
    report(PreflightResult::Warning, found,
           m_plan.restore.closeExistingConnections
               ? tr("The restore will close them (SINGLE_USER WITH ROLLBACK IMMEDIATE); stop the Persistent "
                    "Chat services in the primary data center if they keep reconnecting.")
               : tr("The restore fails with error 3101 while they are open: close them, or let the restore "
                    "close existing connections."));
}

void PreflightRunner::evaluateAgent(const PreflightCheck& check, const StatementResult& rows)
{
    const InstanceSettings& instance = instanceFor(check.target);
    int agentRow = -1;
    for (int row = 0; row < rows.rows.size(); ++row) {
        const QString name = text(rows, row, "servicename");
        if (name.contains(QLatin1String("Agent"), Qt::CaseInsensitive))
            agentRow = row;
        else if (name.startsWith(QLatin1String("SQL Server ("), Qt::CaseInsensitive))
            m_serviceAccounts.insert(key(check.target), text(rows, row, "service_account"));
    }
    const QString serviceAccount = m_serviceAccounts.value(key(check.target));
    if (agentRow < 0) {
        report(PreflightResult::Fail, tr("no SQL Server Agent service on %1").arg(instance.name),
               tr("Log shipping runs as SQL Server Agent jobs: install and start the Agent (the Express "
                  "edition has none)."));
        return;
    }
    const QString status = text(rows, agentRow, "status_desc");
    const QString agentAccount = text(rows, agentRow, "service_account");
    m_agentAccounts.insert(key(check.target), agentAccount);
    const QString found =
        tr("SQL Server Agent: %1, account %2; SQL Server: account %3")
            .arg(status, agentAccount, serviceAccount.isEmpty() ? tr("unknown") : serviceAccount);
    if (!same(status, QLatin1String("Running"))) {
        report(PreflightResult::Fail, found,
               tr("Start SQL Server Agent on %1 (SQL Server Configuration Manager) and set it to start "
                  "automatically: the log shipping jobs run in it.")
                   .arg(instance.name));
        return;
    }
    report(PreflightResult::Pass, found);
}

void PreflightRunner::evaluateShare(const PreflightCheck& check, const StatementResult& rows)
{
    const InstanceSettings& instance = instanceFor(check.target);
    const QString account = m_serviceAccounts.value(key(check.target));
    const QString agent = m_agentAccounts.value(key(check.target));
    const bool isDirectory =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File is a Directory")));
    if (isDirectory) {
        report(PreflightResult::Pass, tr("%1 is a folder the service account %2 of %3 reaches")
                                          .arg(m_plan.backup.shareFolder,
                                               account.isEmpty() ? tr("(unknown)") : account, instance.name));
        return;
    }
    report(PreflightResult::Fail,
           tr("%1 is not visible to %2 (xp_fileexist: not a folder)")
               .arg(m_plan.backup.shareFolder, instance.name),
           tr("Grant the SQL Server service account %1 of %2 read and write access to %3 (share and NTFS "
              "permissions)%4, and check that the path is right.")
               .arg(account.isEmpty() ? tr("(see the Agent row)") : account, instance.name,
                    m_plan.backup.shareFolder,
                    agent.isEmpty() || same(agent, account) ? QString()
                                                            : tr("; the Agent account %1 needs it too for "
                                                                 "log shipping")
                                                                  .arg(agent)));
}

void PreflightRunner::evaluateCopyFolder(const StatementResult& rows)
{
    const QString folder = m_plan.logShipping.copyDestinationFolder;
    const bool isDirectory =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File is a Directory")));
    if (isDirectory) {
        report(PreflightResult::Pass, tr("%1 exists on %2").arg(folder, m_plan.backupInstance.name));
        return;
    }
    const QString agent = m_agentAccounts.value(key(ScriptTarget::BackupInstance));
    report(PreflightResult::Fail,
           folder.isEmpty()
               ? tr("no copy folder in the plan")
               : tr("%1 does not exist or is not visible on %2").arg(folder, m_plan.backupInstance.name),
           tr("Create the copy folder on the backup server and give the SQL Server Agent account %1 read "
              "and write access: the log shipping copy job writes there.")
               .arg(agent.isEmpty() ? tr("(see the Agent row)") : agent));
}

void PreflightRunner::evaluateBackupFile(const StatementResult& rows)
{
    const QString path = m_plan.backupFilePath();
    const bool exists =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File Exists")));
    const bool isDirectory =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File is a Directory")));
    if (isDirectory) {
        report(PreflightResult::Fail, tr("%1 is a folder").arg(path), tr("Choose another backup file name."));
        return;
    }
    if (exists) {
        report(PreflightResult::Warning, tr("%1 already exists").arg(path),
               m_plan.backup.overwriteMedia
                   ? tr("The backup (WITH INIT) overwrites the backup sets in this file; choose another name "
                        "to keep them.")
                   : tr("The backup appends a backup set to this file: check the backup set position of the "
                        "restore, or choose another name."));
        return;
    }
    report(PreflightResult::Pass, tr("%1 does not exist yet").arg(path));
}

void PreflightRunner::evaluateDatabaseSize(const StatementResult& rows)
{
    if (rows.rows.isEmpty()) {
        report(PreflightResult::Fail,
               tr("%1 has no files on %2").arg(m_plan.mgcDatabase, m_plan.backupInstance.name),
               tr("Check the database name in the plan."));
        return;
    }
    m_backupDataMb = 0;
    m_backupLogMb = 0;
    for (int row = 0; row < rows.rows.size(); ++row) {
        const qint64 mb = ResultValues::integer(rows.value(row, QStringLiteral("size_mb")));
        if (same(text(rows, row, "type_desc"), QLatin1String("LOG")))
            m_backupLogMb += mb;
        else
            m_backupDataMb += mb;
    }
    report(PreflightResult::Pass, tr("%1 MB (data %2 MB, log %3 MB)")
                                      .arg(QString::number(m_backupDataMb + m_backupLogMb),
                                           QString::number(m_backupDataMb), QString::number(m_backupLogMb)));
}

void PreflightRunner::evaluateFreeSpace(const StatementResult& rows)
{
    if (m_backupDataMb < 0) {
        report(PreflightResult::Fail,
               tr("The size of %1 on the backup instance is unknown.").arg(m_plan.mgcDatabase),
               tr("Fix the backup instance's checks above, then Re-check."));
        return;
    }
    const qint64 needed = m_backupDataMb + m_backupLogMb;
    qint64 largest = 0;
    qint64 total = 0;
    QStringList volumes;
    for (int row = 0; row < rows.rows.size(); ++row) {
        const qint64 available = ResultValues::integer(rows.value(row, QStringLiteral("available_mb")));
        largest = std::max(largest, available);
        total += available;
        volumes << tr("%1 %2 MB free").arg(text(rows, row, "volume_mount_point"), QString::number(available));
    }
    const QString found =
        tr("needed %1 MB; %2")
            .arg(QString::number(needed),
                 volumes.isEmpty() ? tr("no volumes reported") : volumes.join(QStringLiteral(", ")));
    if (largest >= needed) {
        report(PreflightResult::Pass, found);
    } else if (total >= needed && largest >= std::max(m_backupDataMb, m_backupLogMb)) {
        report(PreflightResult::Warning, found,
               tr("The restore fits only if the data and log files go to different volumes: check the file "
                  "locations of the restore."));
    } else {
        report(PreflightResult::Fail, found,
               tr("Free at least %1 MB on the primary's data and log volumes, or restore the files to "
                  "another volume (file relocations of step 4).")
                   .arg(needed));
    }
}

void PreflightRunner::runShell(const PreflightCheck& check)
{
    if (m_shell) {
        m_shell->disconnect(this);
        m_shell->deleteLater();
    }
    auto* shell = new ShellRunner(m_plan.lync, this);
    m_shell = shell;
    const quint64 generation = m_generation;
    connect(shell, &ShellRunner::finished, this, [this, shell, generation](const ShellResult& result) {
        shell->deleteLater();
        if (generation != m_generation)
            return;
        evaluateShell(m_checks.at(m_index), result);
    });
    const QString command = check.kind == PreflightCheck::Kind::ShellModule
                                ? LyncCommands::getPersistentChatServices()
                                : LyncCommands::getPoolState(m_plan.lync.poolIdentity);
    // Write-ahead: the shell starts only once the command is recorded.
    Q_EMIT commandStarted(tr("Management shell"), shell->textFor({command}));
    admitCommand(
        shell, [shell, command] { shell->run(command); },
        [this, shell, generation](const QString& reason) {
            if (generation != m_generation || m_shell != shell)
                return;
            ShellResult refused;
            refused.errorRecords << tr("Not sent to the management shell: %1").arg(reason);
            refused.standardError = refused.errorRecords.constFirst();
            evaluateShell(m_checks.at(m_index), refused);
        });
}

void PreflightRunner::admitCommand(QObject* context, std::function<void()> proceed,
                                   std::function<void(const QString& reason)> refuse) const
{
    if (m_gate)
        m_gate(context, std::move(proceed), std::move(refuse));
    else
        proceed();
}

void PreflightRunner::evaluateShell(const PreflightCheck& check, const ShellResult& result)
{
    if (!result.ok) {
        QString remedy = ShellStep::remedyFor(result, m_plan.lync);
        if (check.kind == PreflightCheck::Kind::PoolState)
            remedy += QLatin1Char(' ') + tr("Check the pool identity in the plan: read it with "
                                            "Get-CsPersistentChatState.");
        report(PreflightResult::Fail, result.errorText(), remedy);
        return;
    }
    if (check.kind == PreflightCheck::Kind::ShellModule) {
        QStringList pools;
        for (const auto& object : ShellResult::parseObjects(result.standardOutput))
            pools << object.value(QStringLiteral("Identity"));
        pools.removeAll(QString());
        if (pools.isEmpty()) {
            report(PreflightResult::Fail,
                   tr("the module loads, but Get-CsService lists no Persistent Chat pool"),
                   tr("Check that the shell runs against the right topology."));
            return;
        }
        report(PreflightResult::Pass,
               tr("the module loads; pools: %1").arg(pools.join(QStringLiteral(", "))));
        return;
    }
    QString state;
    for (const auto& object : ShellResult::parseObjects(result.standardOutput)) {
        if (same(object.value(QStringLiteral("Identity")), m_plan.lync.poolIdentity.trimmed()))
            state = object.value(QStringLiteral("PoolState"));
    }
    const QString found =
        tr("%1: %2").arg(m_plan.lync.poolIdentity, state.isEmpty() ? tr("not listed") : state);
    if (same(state, QLatin1String("FailedOver"))) {
        report(PreflightResult::Pass, found);
    } else if (same(state, QLatin1String("Normal"))) {
        report(PreflightResult::Warning, found,
               tr("The pool is Normal: it already uses the primary's databases, so a failback may not be "
                  "needed. Make sure before you continue."));
    } else {
        report(PreflightResult::Fail, found,
               tr("Check the pool identity in the plan: read it with Get-CsPersistentChatState."));
    }
}

} // namespace pchat
