#include "preflightevaluator.h"

#include "backend/shell/shellresult.h"
#include "backend/sql/servicestate.h"
#include "resultvalues.h"
#include "shellstep.h"

#include <algorithm>

namespace pchat {

namespace {

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
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

PreflightResult verdict(PreflightResult::Status status, const QString& found, const QString& remedy = {})
{
    PreflightResult result;
    result.status = status;
    result.found = found;
    result.remedy = remedy;
    return result;
}

} // namespace

const InstanceSettings& PreflightEvaluator::instanceFor(const Plan& plan, ScriptTarget target)
{
    return target == ScriptTarget::PrimaryInstance ? plan.primaryInstance : plan.backupInstance;
}

int PreflightEvaluator::compareVersions(const QString& a, const QString& b)
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

PreflightResult PreflightEvaluator::evaluateSql(const PreflightCheck& check, const Plan& plan,
                                                const StatementResult& rows, PreflightFacts& facts,
                                                bool encryptionUnverified)
{
    switch (check.kind) {
    case PreflightCheck::Kind::Connection:
        return connection(plan, check.target, rows, facts, encryptionUnverified);
    case PreflightCheck::Kind::Version:
        return version(plan, rows, facts);
    case PreflightCheck::Kind::BackupDatabases:
        return backupDatabases(plan, rows, facts);
    case PreflightCheck::Kind::Mirroring:
        return mirroring(plan, rows);
    case PreflightCheck::Kind::PrimaryDatabase:
        return primaryDatabase(plan, rows, facts);
    case PreflightCheck::Kind::Sessions:
        return sessions(plan, rows);
    case PreflightCheck::Kind::Agent:
        return agent(plan, check.target, rows, facts);
    case PreflightCheck::Kind::Share:
        return share(plan, check.target, rows, facts);
    case PreflightCheck::Kind::CopyFolder:
        return copyFolder(plan, rows, facts);
    case PreflightCheck::Kind::BackupFile:
        return backupFile(plan, rows);
    case PreflightCheck::Kind::DatabaseSize:
        return databaseSize(plan, rows, facts);
    case PreflightCheck::Kind::FreeSpace:
        return freeSpace(plan, rows, facts);
    case PreflightCheck::Kind::ShellModule:
    case PreflightCheck::Kind::PoolState:
    // The failover's own kinds: PreflightRunner asks FailoverPreflightEvaluator.
    case PreflightCheck::Kind::PrimaryDown:
    case PreflightCheck::Kind::SecondaryMgc:
    case PreflightCheck::Kind::LogChain:
    case PreflightCheck::Kind::PoolNotFailedOver:
        break;
    }
    return verdict(PreflightResult::Fail, tr("Internal error: no evaluation for this check."));
}

PreflightResult PreflightEvaluator::connection(const Plan& plan, ScriptTarget target,
                                               const StatementResult& rows, PreflightFacts& facts,
                                               bool encryptionUnverified)
{
    const InstanceSettings& instance = instanceFor(plan, target);
    if (rows.rows.isEmpty()) {
        return verdict(PreflightResult::Fail, tr("%1 returned no server information.").arg(instance.name));
    }
    const QString version = text(rows, 0, "product_version");
    facts.versions.insert(PreflightFacts::key(target), version);
    const QString login = text(rows, 0, "login_name");
    const QString found = tr("%1, SQL Server %2 %3, login %4")
                              .arg(text(rows, 0, "server_name"), version, text(rows, 0, "edition"), login);
    if (!ResultValues::flag(rows.value(0, QStringLiteral("is_sysadmin")))) {
        return verdict(
            PreflightResult::Fail, tr("%1; the login is not sysadmin").arg(found),
            tr("Connect with a login in the sysadmin role on %1: removing mirroring, BACKUP, RESTORE and "
               "log shipping need it.")
                .arg(instance.name));
    }
    // FreeTDS encrypts with "require" but checks no certificate without a CA file: never claim more.
    if (encryptionUnverified) {
        return verdict(
            PreflightResult::Warning, tr("%1 (sysadmin); encrypted, certificate not verified").arg(found),
            tr("FreeTDS encrypts the connection to %1 but does not check the server's certificate, so it "
               "cannot tell the real server from an impostor. Name the CA's certificate file as \"ca file\" "
               "in "
               "the [global] section of freetds.conf (or the file FREETDSCONF names), or connect with "
               "Microsoft's ODBC Driver 18, which verifies it.")
                .arg(instance.name));
    }
    return verdict(PreflightResult::Pass, tr("%1 (sysadmin)").arg(found));
}

PreflightResult PreflightEvaluator::version(const Plan& plan, const StatementResult& rows,
                                            const PreflightFacts& facts)
{
    const QString primary = rows.rows.isEmpty() ? QString() : text(rows, 0, "product_version");
    const QString backup = facts.versions.value(PreflightFacts::key(ScriptTarget::BackupInstance));
    if (backup.isEmpty()) {
        return verdict(PreflightResult::Fail, tr("The backup instance's version is unknown (no connection)."),
                       tr("Fix the connection to the backup instance, then Re-check."));
    }
    const QString found = tr("primary %1, backup %2").arg(primary, backup);
    if (compareVersions(primary, backup) < 0) {
        return verdict(PreflightResult::Fail, found,
                       tr("SQL Server cannot restore a backup of a newer version: update %1 to at least %2 "
                          "(the same service pack and cumulative update as %3).")
                           .arg(plan.primaryInstance.name, backup, plan.backupInstance.name));
    }
    return verdict(PreflightResult::Pass, found);
}

PreflightResult PreflightEvaluator::backupDatabases(const Plan& plan, const StatementResult& rows,
                                                    PreflightFacts& facts)
{
    QStringList found;
    QStringList problems;
    QStringList remedies;
    PreflightResult::Status status = PreflightResult::Pass;
    for (const QString& database : {plan.mgcDatabase, plan.mgccompDatabase}) {
        const int row = rowOf(rows, "name", database);
        if (row < 0) {
            found << tr("%1: missing").arg(database);
            status = PreflightResult::Fail;
            remedies << tr("Check the database names in the plan and that %1 is the instance that serves "
                           "Persistent Chat since the failover.")
                            .arg(plan.backupInstance.name);
            continue;
        }
        const QString state = text(rows, row, "state_desc");
        const QString model = text(rows, row, "recovery_model_desc");
        found << tr("%1: %2, recovery model %3").arg(database, state, model);
        if (!same(state, QLatin1String("ONLINE"))) {
            status = PreflightResult::Fail;
            remedies << tr("%1 must be ONLINE on %2: it is the copy the pool uses since the failover.")
                            .arg(database, plan.backupInstance.name);
        }
        if (database == plan.mgcDatabase) {
            facts.backupRecoveryModel = model;
            if (same(model, QLatin1String("SIMPLE"))) {
                status = PreflightResult::Fail;
                remedies
                    << tr("Set %1 to the FULL recovery model on %2 (ALTER DATABASE %1 SET RECOVERY FULL) "
                          "before the backup: log shipping needs FULL or BULK_LOGGED, and the restore "
                          "brings this instance's recovery model to the primary.")
                           .arg(database, plan.backupInstance.name);
            } else if (same(model, QLatin1String("BULK_LOGGED"))) {
                if (status == PreflightResult::Pass)
                    status = PreflightResult::Warning;
                remedies << tr("BULK_LOGGED works for log shipping, but a log backup that holds bulk "
                               "operations cannot be restored to a point in time; FULL is the documented "
                               "setting.");
            }
        }
    }
    return verdict(status, found.join(QStringLiteral("; ")), remedies.join(QLatin1Char(' ')));
}

PreflightResult PreflightEvaluator::mirroring(const Plan& plan, const StatementResult& rows)
{
    QStringList found;
    QStringList remedies;
    PreflightResult::Status status = PreflightResult::Pass;
    for (const QString& database : {plan.mgcDatabase, plan.mgccompDatabase}) {
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
                       .arg(plan.backupInstance.name, database);
        }
    }
    return verdict(status, found.join(QStringLiteral("; ")), remedies.join(QLatin1Char(' ')));
}

PreflightResult PreflightEvaluator::primaryDatabase(const Plan& plan, const StatementResult& rows,
                                                    const PreflightFacts& facts)
{
    const int row = rowOf(rows, "name", plan.mgcDatabase);
    if (row < 0) {
        return verdict(PreflightResult::Fail,
                       tr("%1 does not exist on %2").arg(plan.mgcDatabase, plan.primaryInstance.name),
                       tr("Reinstall the Persistent Chat databases on the primary with Topology Builder (or "
                          "Install-CsDatabase) before the failback."));
    }
    const QString state = text(rows, row, "state_desc");
    const QString model = text(rows, row, "recovery_model_desc");
    const QString found = tr("%1: %2, recovery model %3").arg(plan.mgcDatabase, state, model);
    if (same(model, QLatin1String("SIMPLE"))) {
        // The restore replaces the database and with it the recovery model: the backup instance's counts.
        return verdict(
            PreflightResult::Warning, found,
            tr("The restore brings the recovery model of %1 on the backup instance (%2): that one is "
               "checked as the source of truth. Log shipping will need FULL on the primary after the "
               "restore.")
                .arg(plan.mgcDatabase,
                     facts.backupRecoveryModel.isEmpty() ? tr("unknown") : facts.backupRecoveryModel));
    }
    return verdict(PreflightResult::Pass, found);
}

PreflightResult PreflightEvaluator::sessions(const Plan& plan, const StatementResult& rows)
{
    if (rows.rows.isEmpty()) {
        return verdict(PreflightResult::Pass, tr("no open sessions"));
    }
    QStringList sessions;
    for (int row = 0; row < rows.rows.size(); ++row) {
        sessions << tr("%1 (%2 from %3)")
                        .arg(text(rows, row, "session_id"), text(rows, row, "login_name"),
                             text(rows, row, "host_name"));
    }
    const QString found =
        tr("%n open session(s): %1", nullptr, int(rows.rows.size())).arg(sessions.join(QStringLiteral(", ")));
    return verdict(
        PreflightResult::Warning, found,
        plan.restore.closeExistingConnections
            ? tr("The restore will close them (SINGLE_USER WITH ROLLBACK IMMEDIATE); stop the Persistent "
                 "Chat services in the primary data center if they keep reconnecting.")
            : tr("The restore fails with error 3101 while they are open: close them, or let the restore "
                 "close existing connections."));
}

PreflightResult PreflightEvaluator::agent(const Plan& plan, ScriptTarget target, const StatementResult& rows,
                                          PreflightFacts& facts)
{
    const InstanceSettings& instance = instanceFor(plan, target);
    int agentRow = -1;
    for (int row = 0; row < rows.rows.size(); ++row) {
        const QString name = text(rows, row, "servicename");
        if (name.contains(QLatin1String("Agent"), Qt::CaseInsensitive))
            agentRow = row;
        else if (name.startsWith(QLatin1String("SQL Server ("), Qt::CaseInsensitive))
            facts.serviceAccounts.insert(PreflightFacts::key(target), text(rows, row, "service_account"));
    }
    const QString serviceAccount = facts.serviceAccounts.value(PreflightFacts::key(target));
    if (agentRow < 0) {
        return verdict(
            PreflightResult::Fail, tr("no SQL Server Agent service on %1").arg(instance.name),
            tr("Log shipping runs as SQL Server Agent jobs: install and start the Agent (the Express "
               "edition has none)."));
    }
    const QString status = text(rows, agentRow, "status_desc");
    const QString agentAccount = text(rows, agentRow, "service_account");
    facts.agentAccounts.insert(PreflightFacts::key(target), agentAccount);
    const QString found = tr("SQL Server Agent: %1, account %2; SQL Server: account %3")
                              .arg(ServiceState::display(status), agentAccount,
                                   serviceAccount.isEmpty() ? tr("unknown") : serviceAccount);
    if (!ServiceState::isRunning(status)) {
        return verdict(
            PreflightResult::Fail, found,
            tr("Start SQL Server Agent on %1 (SQL Server Configuration Manager) and set it to start "
               "automatically: the log shipping jobs run in it.")
                .arg(instance.name));
    }
    return verdict(PreflightResult::Pass, found);
}

PreflightResult PreflightEvaluator::share(const Plan& plan, ScriptTarget target, const StatementResult& rows,
                                          const PreflightFacts& facts)
{
    const InstanceSettings& instance = instanceFor(plan, target);
    const QString account = facts.serviceAccounts.value(PreflightFacts::key(target));
    const QString agent = facts.agentAccounts.value(PreflightFacts::key(target));
    const bool isDirectory =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File is a Directory")));
    if (isDirectory) {
        return verdict(
            PreflightResult::Pass,
            tr("%1 is a folder the service account %2 of %3 reaches")
                .arg(plan.backup.shareFolder, account.isEmpty() ? tr("(unknown)") : account, instance.name));
    }
    const QString found = tr("%1 is not visible to %2 (xp_fileexist: not a folder)")
                              .arg(plan.backup.shareFolder, instance.name);
    const QString who = account.isEmpty() ? tr("(see the Agent row)") : account;
    // Two whole sentences rather than one with a clause put in: a language orders its clauses its own way.
    if (agent.isEmpty() || same(agent, account))
        return verdict(PreflightResult::Fail, found,
                       tr("Grant the SQL Server service account %1 of %2 read and write access to %3 (share "
                          "and NTFS permissions), and check that the path is right.")
                           .arg(who, instance.name, plan.backup.shareFolder));
    return verdict(PreflightResult::Fail, found,
                   tr("Grant the SQL Server service account %1 of %2 and the Agent account %3 read and write "
                      "access to %4 (share and NTFS permissions; the Agent account runs the log shipping "
                      "jobs), and check that the path is right.")
                       .arg(who, instance.name, agent, plan.backup.shareFolder));
}

PreflightResult PreflightEvaluator::copyFolder(const Plan& plan, const StatementResult& rows,
                                               const PreflightFacts& facts)
{
    const QString folder = plan.logShipping.copyDestinationFolder;
    const bool isDirectory =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File is a Directory")));
    if (isDirectory) {
        return verdict(PreflightResult::Pass, tr("%1 exists on %2").arg(folder, plan.backupInstance.name));
    }
    const QString agent = facts.agentAccounts.value(PreflightFacts::key(ScriptTarget::BackupInstance));
    return verdict(
        PreflightResult::Fail,
        folder.isEmpty()
            ? tr("no copy folder in the plan")
            : tr("%1 does not exist or is not visible on %2").arg(folder, plan.backupInstance.name),
        tr("Create the copy folder on the backup server and give the SQL Server Agent account %1 read "
           "and write access: the log shipping copy job writes there.")
            .arg(agent.isEmpty() ? tr("(see the Agent row)") : agent));
}

PreflightResult PreflightEvaluator::backupFile(const Plan& plan, const StatementResult& rows)
{
    const QString path = plan.backupFilePath();
    const bool exists =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File Exists")));
    const bool isDirectory =
        !rows.rows.isEmpty() && ResultValues::flag(rows.value(0, QStringLiteral("File is a Directory")));
    if (isDirectory) {
        return verdict(PreflightResult::Fail, tr("%1 is a folder").arg(path),
                       tr("Choose another backup file name."));
    }
    if (exists) {
        return verdict(
            PreflightResult::Warning, tr("%1 already exists").arg(path),
            plan.backup.overwriteMedia
                ? tr("The backup (WITH INIT) overwrites the backup sets in this file; choose another name "
                     "to keep them.")
                : tr("The backup appends a backup set to this file: check the backup set position of the "
                     "restore, or choose another name."));
    }
    return verdict(PreflightResult::Pass, tr("%1 does not exist yet").arg(path));
}

PreflightResult PreflightEvaluator::databaseSize(const Plan& plan, const StatementResult& rows,
                                                 PreflightFacts& facts)
{
    if (rows.rows.isEmpty()) {
        return verdict(PreflightResult::Fail,
                       tr("%1 has no files on %2").arg(plan.mgcDatabase, plan.backupInstance.name),
                       tr("Check the database name in the plan."));
    }
    facts.backupDataMb = 0;
    facts.backupLogMb = 0;
    for (int row = 0; row < rows.rows.size(); ++row) {
        const qint64 mb = ResultValues::integer(rows.value(row, QStringLiteral("size_mb")));
        if (same(text(rows, row, "type_desc"), QLatin1String("LOG")))
            facts.backupLogMb += mb;
        else
            facts.backupDataMb += mb;
    }
    return verdict(PreflightResult::Pass,
                   tr("%1 MB (data %2 MB, log %3 MB)")
                       .arg(QString::number(facts.backupDataMb + facts.backupLogMb),
                            QString::number(facts.backupDataMb), QString::number(facts.backupLogMb)));
}

PreflightResult PreflightEvaluator::freeSpace(const Plan& plan, const StatementResult& rows,
                                              const PreflightFacts& facts)
{
    if (facts.backupDataMb < 0) {
        return verdict(PreflightResult::Fail,
                       tr("The size of %1 on the backup instance is unknown.").arg(plan.mgcDatabase),
                       tr("Fix the backup instance's checks above, then Re-check."));
    }
    const qint64 needed = facts.backupDataMb + facts.backupLogMb;
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
        return verdict(PreflightResult::Pass, found);
    } else if (total >= needed && largest >= std::max(facts.backupDataMb, facts.backupLogMb)) {
        return verdict(
            PreflightResult::Warning, found,
            tr("The restore fits only if the data and log files go to different volumes: check the file "
               "locations of the restore."));
    } else {
        return verdict(
            PreflightResult::Fail, found,
            tr("Free at least %1 MB on the primary's data and log volumes, or restore the files to "
               "another volume (file relocations of step 4).")
                .arg(needed));
    }
}

PreflightResult PreflightEvaluator::evaluateShell(const PreflightCheck& check, const Plan& plan,
                                                  const ShellResult& result)
{
    if (!result.ok) {
        QString remedy = ShellStep::remedyFor(result, plan.lync);
        if (check.kind == PreflightCheck::Kind::PoolState)
            remedy += QLatin1Char(' ') + tr("Check the pool identity in the plan: read it with "
                                            "Get-CsPersistentChatState.");
        return verdict(PreflightResult::Fail, result.errorText(), remedy);
    }
    return check.kind == PreflightCheck::Kind::ShellModule ? shellModule(result) : poolState(plan, result);
}

PreflightResult PreflightEvaluator::shellModule(const ShellResult& result)
{
    QStringList pools;
    for (const auto& object : ShellResult::parseObjects(result.standardOutput))
        pools << object.value(QStringLiteral("Identity"));
    pools.removeAll(QString());
    if (pools.isEmpty()) {
        return verdict(PreflightResult::Fail,
                       tr("the module loads, but Get-CsService lists no Persistent Chat pool"),
                       tr("Check that the shell runs against the right topology."));
    }
    return verdict(PreflightResult::Pass,
                   tr("the module loads; pools: %1").arg(pools.join(QStringLiteral(", "))));
}

PreflightResult PreflightEvaluator::poolState(const Plan& plan, const ShellResult& result)
{
    return poolIn(plan, result, QLatin1String("FailedOver"), QLatin1String("Normal"),
                  tr("The pool is Normal: it already uses the primary's databases, so a failback may not be "
                     "needed. Make sure before you continue."));
}

PreflightResult PreflightEvaluator::poolIn(const Plan& plan, const ShellResult& result,
                                           QLatin1String startState, QLatin1String doneState,
                                           const QString& doneRemedy)
{
    QString state;
    for (const auto& object : ShellResult::parseObjects(result.standardOutput)) {
        if (same(object.value(QStringLiteral("Identity")), plan.lync.poolIdentity.trimmed()))
            state = object.value(QStringLiteral("PoolState"));
    }
    const QString found =
        tr("%1: %2").arg(plan.lync.poolIdentity, state.isEmpty() ? tr("not listed") : state);
    if (same(state, startState))
        return verdict(PreflightResult::Pass, found);
    if (same(state, doneState))
        return verdict(PreflightResult::Warning, found, doneRemedy);
    return verdict(PreflightResult::Fail, found,
                   tr("Check the pool identity in the plan: read it with Get-CsPersistentChatState."));
}

} // namespace pchat
