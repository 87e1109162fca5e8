#include "preflightrunner.h"

#include "backend/shell/lynccommands.h"
#include "backend/shell/shellrunner.h"
#include "backend/sql/backupsql.h"
#include "backend/sql/erroradvice.h"
#include "backend/sql/freetdsconfig.h"
#include "backend/sql/lsn.h"
#include "backupheader.h"
#include "failoverpreflightevaluator.h"
#include "logbackupchain.h"
#include "logbackupnames.h"
#include "preflightevaluator.h"
#include "recoverypoint.h"
#include "resultvalues.h"
#include "shellstep.h"
#include "stepsession.h"

#include <algorithm>

namespace pchat {

namespace {

int key(ScriptTarget target)
{
    return int(target);
}

// The database's log backups among xp_dirtree's rows of folder, as full paths.
LogBackupFiles logBackupsIn(const StatementResult& rows, const QString& folder, const QString& database)
{
    LogBackupFiles files;
    const QString prefix = folder.endsWith(u'\\') ? folder : folder + u'\\';
    for (int row = 0; row < rows.rows.size(); ++row) {
        const QString name = ResultValues::text(rows.value(row, QStringLiteral("subdirectory")));
        if (ResultValues::flag(rows.value(row, QStringLiteral("file"))) &&
            LogBackupNames::isLogBackupOf(database, name))
            files << LogBackupFile{prefix + name, {}};
    }
    return files;
}

} // namespace

PreflightRunner::PreflightRunner(QObject* parent)
    : QObject(parent)
    , m_builder(&PreflightCheck::failback)
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

QList<PreflightCheck> PreflightRunner::checksFor(const Plan& plan) const
{
    return m_builder(plan);
}

void PreflightRunner::start(const Plan& plan)
{
    retire();
    ++m_generation;
    m_plan = plan;
    m_checks = checksFor(plan);
    m_results = QList<PreflightResult>(m_checks.size());
    m_facts = {};
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
    return PreflightEvaluator::instanceFor(m_plan, target);
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
    result.status = status;
    result.found = found;
    result.remedy = remedy;
    report(result);
}

void PreflightRunner::report(PreflightResult result)
{
    result.id = m_checks.at(m_index).id;
    if (result.status == PreflightResult::Pass)
        result.remedy.clear();
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
    connect(session, &StepSession::commandStarted, this,
            [this](const QString& instance, const QString& batch) {
                Q_EMIT commandStarted(instance, batch, ScriptLanguage::TSql);
            });
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
            if (current.kind == PreflightCheck::Kind::PrimaryDown) {
                report(FailoverPreflightEvaluator::primaryDown(m_plan, connection.openError));
            } else if (current.kind == PreflightCheck::Kind::Connection) {
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
            if (m_checks.at(m_index).kind == PreflightCheck::Kind::LogChain && result.succeeded())
                readLogChain(result);
            else
                evaluateSql(m_checks.at(m_index), result);
        });
    });
}

void PreflightRunner::readLogChain(const BatchResult& result)
{
    QString redo = ResultValues::text(result.statements.value(0).value(0, QStringLiteral("redo_start_lsn")));
    // A database in STANDBY is ONLINE for sys.master_files (no redo point): the newest log restore msdb
    // records ends where the next must begin, as step 3 reads it (an online, recovered mgc fails the
    // secondary's check above this one).
    if (!Lsn::isValid(redo) && !result.statements.value(3).rows.isEmpty())
        redo = RecoveryPoint::fromRows(result.statements.value(3)).set.lastLsn;
    // The copy folder first: among equal backups LogBackupChain keeps the earlier one, and step 3 restores
    // from the copy folder when a file is in both.
    LogBackupFiles files = logBackupsIn(result.statements.value(1), m_plan.logShipping.copyDestinationFolder,
                                        m_plan.mgcDatabase);
    files << logBackupsIn(result.statements.value(2), m_plan.backup.shareFolder, m_plan.mgcDatabase);
    const int found = int(files.size());
    // Only the backups from msdb's newest log restore on need their header: an older one (by the time in
    // its name, as log shipping names them) ends before that restore's, which the redo point is at or past,
    // so the chain would skip it as applied. A name without a time, or no restore in msdb, reads them all.
    const auto timeOf = [this](const QString& path) {
        return LogBackupNames::backupTime(m_plan.mgcDatabase, path.section(u'\\', -1));
    };
    const QDateTime restored = timeOf(RecoveryPoint::fromRows(result.statements.value(3)).path);
    if (restored.isValid()) {
        files.removeIf([&](const LogBackupFile& file) {
            const QDateTime time = timeOf(file.path);
            return time.isValid() && time < restored;
        });
    }
    readHeaders(files, {}, redo, found);
}

void PreflightRunner::readHeaders(LogBackupFiles pending, LogBackupFiles read, const QString& redoLsn,
                                  int found)
{
    if (pending.isEmpty()) {
        report(FailoverPreflightEvaluator::logChain(m_plan, LogBackupChain::plan(read, redoLsn), found));
        return;
    }
    LogBackupFile file = pending.takeFirst();
    const quint64 generation = m_generation;
    StepSession* session = m_connections.value(key(ScriptTarget::BackupInstance)).session;
    session->execute(BackupSql::headerOnly(file.path), [this, generation, file, pending, read, redoLsn,
                                                        found](const BatchResult& result) mutable {
        if (generation != m_generation)
            return;
        // A file whose header cannot be read stays in the list without LSNs: the chain counts it invalid.
        const BackupSetInfos sets = result.succeeded() ? BackupHeader::fromRows(result.statements.value(0))
                                                       : BackupSetInfos{BackupSetInfo{}};
        for (const BackupSetInfo& set : sets)
            read << LogBackupFile{file.path, set};
        readHeaders(pending, read, redoLsn, found);
    });
}

void PreflightRunner::evaluateSql(const PreflightCheck& check, const BatchResult& result)
{
    if (!result.succeeded()) {
        const SqlMessage error = ErrorAdvice::errorOf(result);
        report(PreflightResult::Fail,
               tr("The query failed on %1: %2").arg(instanceFor(check.target).name, error.text),
               ErrorAdvice::remedy(error));
        return;
    }
    const StatementResult rows =
        result.statements.isEmpty() ? StatementResult{} : result.statements.constFirst();
    if (check.kind == PreflightCheck::Kind::PrimaryDown) {
        report(FailoverPreflightEvaluator::primaryAnswers(m_plan, rows));
        return;
    }
    if (check.kind == PreflightCheck::Kind::SecondaryMgc) {
        report(FailoverPreflightEvaluator::secondaryMgc(m_plan, rows, result.statements.value(1)));
        return;
    }
    // freetds.conf is read only for a connection check, where its certificate note matters.
    const bool encryptionUnverified =
        check.kind == PreflightCheck::Kind::Connection &&
        FreeTdsConfig::encryptsWithoutVerifying(instanceFor(check.target), FreeTdsConfig::caFile());
    report(PreflightEvaluator::evaluateSql(check, m_plan, rows, m_facts, encryptionUnverified));
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
    Q_EMIT commandStarted(tr("Management shell"), shell->textFor({command}), ScriptLanguage::PowerShell);
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
    if (check.kind == PreflightCheck::Kind::PoolNotFailedOver) {
        report(FailoverPreflightEvaluator::poolNotFailedOver(m_plan, result));
        return;
    }
    report(PreflightEvaluator::evaluateShell(check, m_plan, result));
}

} // namespace pchat
