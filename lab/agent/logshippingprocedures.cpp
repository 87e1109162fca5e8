#include "lab/agent/logshippingprocedures.h"

#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/execcontext.h"
#include "lab/tsql/procedurelibrary.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

namespace {

const QString kCategory = QStringLiteral("Log Shipping");

QVector<ParamDef> monitorParams()
{
    return {opt("@monitor_server", kName),       opt("@monitor_server_security_mode", kBit),
            opt("@monitor_server_login", kName), opt("@monitor_server_password", kName),
            opt("@ignoreremotemonitor", kBit),   opt("@overwrite", kBit, SqlValue::fromBit(false))};
}

} // namespace

bool LogShippingProcedures::call(ProcedureCall& call, const QString& name)
{
    if (name == u"sp_add_log_shipping_primary_database")
        addPrimaryDatabase(call);
    else if (name == u"sp_add_log_shipping_primary_secondary")
        addPrimarySecondary(call);
    else if (name == u"sp_add_log_shipping_alert_job")
        addAlertJob(call);
    else if (name == u"sp_add_log_shipping_secondary_primary")
        addSecondaryPrimary(call);
    else if (name == u"sp_add_log_shipping_secondary_database")
        addSecondaryDatabase(call);
    else if (name == u"sp_delete_log_shipping_primary_database")
        deletePrimaryDatabase(call);
    else if (name == u"sp_delete_log_shipping_primary_secondary")
        deletePrimarySecondary(call);
    else if (name == u"sp_delete_log_shipping_secondary_primary")
        deleteSecondaryPrimary(call);
    else if (name == u"sp_delete_log_shipping_secondary_database")
        deleteSecondaryDatabase(call);
    else if (name == u"sp_delete_log_shipping_alert_job")
        ProcedureLibrary::bind(call, call.name, {opt("@alert_job_id", kGuid)}, nullptr);
    else
        return false;
    return true;
}

AgentJob& LogShippingProcedures::createJob(const QString& name, JobKind kind, const QUuid& logShippingId,
                                           bool overwrite)
{
    AgentState& a = m_ctx.instance().agent;
    if (AgentJob* existing = a.job(name)) {
        if (existing->category != kCategory)
            throw SqlMessages::error(32022, {name});
        if (!overwrite)
            return *existing;
        a.removeJob(existing->id);
    }
    AgentJob j;
    j.id = QUuid::createUuid();
    j.name = name;
    j.enabled = false; // the procedures create the jobs disabled; sp_update_job enables them
    j.category = kCategory;
    j.kind = kind;
    j.logShippingId = logShippingId;
    j.created = m_ctx.world().simulatedNow();
    a.jobs.append(j);
    return a.jobs.last();
}

void LogShippingProcedures::addPrimaryDatabase(ProcedureCall& call)
{
    QHash<QString, int> idx;
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_add_log_shipping_primary_database"),
        QVector<ParamDef>{
            req("@database", kName), req("@backup_directory", kPath), req("@backup_share", kPath),
            req("@backup_job_name", kName), opt("@backup_retention_period", kInt, SqlValue::fromInt(4320)),
            opt("@backup_threshold", kInt, SqlValue::fromInt(60)),
            opt("@threshold_alert", kInt, SqlValue::fromInt(14420)),
            opt("@threshold_alert_enabled", kBit, SqlValue::fromBit(false)),
            opt("@history_retention_period", kInt, SqlValue::fromInt(5760)),
            opt("@backup_job_id", kGuid, SqlValue(), true), opt("@primary_id", kGuid, SqlValue(), true),
            opt("@backup_compression", {SqlTypeKind::TinyInt}, SqlValue::fromInt(2))} +
            monitorParams(),
        &idx);
    Instance& inst = m_ctx.instance();
    const QString dbName = a.value(QStringLiteral("@database")).toString();
    Database* db = inst.database(dbName);
    if (!db)
        throw SqlMessages::error(15010, {dbName});
    if (db->recoveryModel == u"SIMPLE") {
        call.returnCode = 1;
        throw SqlMessages::error(32015, {db->name});
    }
    const bool overwrite = a.value(QStringLiteral("@overwrite")).toBool();
    AgentState& st = inst.agent;
    if (LogShippingPrimary* existing = st.primary(db->name)) {
        if (!overwrite) {
            call.returnCode = 1;
            throw SqlMessages::error(32009, {db->name});
        }
        st.removeJob(existing->backupJobId);
        st.primaries.erase(st.primaries.begin() + (existing - st.primaries.data()));
    }
    LogShippingPrimary p;
    p.primaryId = QUuid::createUuid();
    p.database = db->name;
    p.backupDirectory = a.value(QStringLiteral("@backup_directory")).toString();
    p.backupShare = a.value(QStringLiteral("@backup_share")).toString();
    p.backupRetentionMinutes = int(a.value(QStringLiteral("@backup_retention_period")).toInt());
    p.backupThreshold = int(a.value(QStringLiteral("@backup_threshold")).toInt());
    p.thresholdAlert = int(a.value(QStringLiteral("@threshold_alert")).toInt());
    p.thresholdAlertEnabled = a.value(QStringLiteral("@threshold_alert_enabled")).toBool();
    p.historyRetentionMinutes = int(a.value(QStringLiteral("@history_retention_period")).toInt());
    p.backupCompression = int(a.value(QStringLiteral("@backup_compression")).toInt());
    AgentJob& job = createJob(a.value(QStringLiteral("@backup_job_name")).toString(),
                              JobKind::LogShippingBackup, p.primaryId, true);
    p.backupJobId = job.id;
    st.primaries.append(p);
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@backup_job_id"),
                                SqlValue::fromGuid(p.backupJobId));
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@primary_id"), SqlValue::fromGuid(p.primaryId));
}

void LogShippingProcedures::addPrimarySecondary(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(call, QStringLiteral("sp_add_log_shipping_primary_secondary"),
                                          {req("@primary_database", kName), req("@secondary_server", kName),
                                           req("@secondary_database", kName),
                                           opt("@overwrite", kBit, SqlValue::fromBit(false))},
                                          nullptr);
    const QString primaryDb = a.value(QStringLiteral("@primary_database")).toString();
    LogShippingPrimary* p = m_ctx.instance().agent.primary(primaryDb);
    if (!p) {
        call.returnCode = 1;
        throw SqlMessages::error(32010, {primaryDb});
    }
    const QString server = a.value(QStringLiteral("@secondary_server")).toString();
    const QString database = a.value(QStringLiteral("@secondary_database")).toString();
    for (auto it = p->secondaries.begin(); it != p->secondaries.end(); ++it) {
        if (it->first.compare(server, Qt::CaseInsensitive) == 0 &&
            it->second.compare(database, Qt::CaseInsensitive) == 0) {
            if (!a.value(QStringLiteral("@overwrite")).toBool()) {
                call.returnCode = 1;
                throw SqlMessages::error(32012, {server, database, primaryDb});
            }
            p->secondaries.erase(it);
            break;
        }
    }
    p->secondaries.append({server, database});
}

void LogShippingProcedures::addAlertJob(ProcedureCall& call)
{
    QHash<QString, int> idx;
    ProcedureLibrary::bind(call, QStringLiteral("sp_add_log_shipping_alert_job"),
                           {opt("@alert_job_id", kGuid, SqlValue(), true)}, &idx);
    AgentJob& job = createJob(QStringLiteral("LSAlert_") + m_ctx.instance().machineName,
                              JobKind::LogShippingAlert, QUuid(), false);
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@alert_job_id"), SqlValue::fromGuid(job.id));
}

void LogShippingProcedures::addSecondaryPrimary(ProcedureCall& call)
{
    QHash<QString, int> idx;
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_add_log_shipping_secondary_primary"),
        QVector<ParamDef>{req("@primary_server", kName), req("@primary_database", kName),
                          req("@backup_source_directory", kPath), req("@backup_destination_directory", kPath),
                          req("@copy_job_name", kName), req("@restore_job_name", kName),
                          opt("@file_retention_period", kInt, SqlValue::fromInt(4320)),
                          opt("@copy_job_id", kGuid, SqlValue(), true),
                          opt("@restore_job_id", kGuid, SqlValue(), true),
                          opt("@secondary_id", kGuid, SqlValue(), true)} +
            monitorParams(),
        &idx);
    AgentState& st = m_ctx.instance().agent;
    const QString server = a.value(QStringLiteral("@primary_server")).toString();
    const QString database = a.value(QStringLiteral("@primary_database")).toString();
    const bool overwrite = a.value(QStringLiteral("@overwrite")).toBool();
    if (LogShippingSecondary* existing = st.secondary(server, database)) {
        if (!overwrite) {
            call.returnCode = 1;
            throw SqlMessages::error(32024, {server, database});
        }
        st.removeJob(existing->copyJobId);
        st.removeJob(existing->restoreJobId);
        st.secondaries.erase(st.secondaries.begin() + (existing - st.secondaries.data()));
    }
    LogShippingSecondary s;
    s.secondaryId = QUuid::createUuid();
    s.primaryServer = server;
    s.primaryDatabase = database;
    s.backupSourceDirectory = a.value(QStringLiteral("@backup_source_directory")).toString();
    s.backupDestinationDirectory = a.value(QStringLiteral("@backup_destination_directory")).toString();
    s.fileRetentionMinutes = int(a.value(QStringLiteral("@file_retention_period")).toInt());
    s.copyJobId = createJob(a.value(QStringLiteral("@copy_job_name")).toString(), JobKind::LogShippingCopy,
                            s.secondaryId, true)
                      .id;
    s.restoreJobId = createJob(a.value(QStringLiteral("@restore_job_name")).toString(),
                               JobKind::LogShippingRestore, s.secondaryId, true)
                         .id;
    st.secondaries.append(s);
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@copy_job_id"), SqlValue::fromGuid(s.copyJobId));
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@restore_job_id"),
                                SqlValue::fromGuid(s.restoreJobId));
    ProcedureLibrary::setOutput(call, idx, QStringLiteral("@secondary_id"),
                                SqlValue::fromGuid(s.secondaryId));
}

void LogShippingProcedures::addSecondaryDatabase(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_add_log_shipping_secondary_database"),
        QVector<ParamDef>{req("@secondary_database", kName), req("@primary_server", kName),
                          req("@primary_database", kName), opt("@restore_delay", kInt, SqlValue::fromInt(0)),
                          opt("@restore_all", kBit, SqlValue::fromBit(true)),
                          opt("@restore_mode", kBit, SqlValue::fromBit(false)),
                          opt("@disconnect_users", kBit, SqlValue::fromBit(false)), opt("@block_size", kInt),
                          opt("@buffer_count", kInt), opt("@max_transfer_size", kInt),
                          opt("@restore_threshold", kInt, SqlValue::fromInt(45)),
                          opt("@threshold_alert", kInt),
                          opt("@threshold_alert_enabled", kBit, SqlValue::fromBit(false)),
                          opt("@history_retention_period", kInt, SqlValue::fromInt(5760))} +
            monitorParams(),
        nullptr);
    Instance& inst = m_ctx.instance();
    AgentState& st = inst.agent;
    const QString server = a.value(QStringLiteral("@primary_server")).toString();
    const QString primaryDb = a.value(QStringLiteral("@primary_database")).toString();
    const LogShippingSecondary* s = st.secondary(server, primaryDb);
    if (!s) {
        call.returnCode = 1;
        throw SqlMessages::error(32023, {server, primaryDb});
    }
    const QString dbName = a.value(QStringLiteral("@secondary_database")).toString();
    if (!inst.database(dbName))
        throw SqlMessages::error(15010, {dbName});
    if (LogShippingSecondaryDatabase* existing = st.secondaryDatabase(dbName)) {
        if (!a.value(QStringLiteral("@overwrite")).toBool()) {
            call.returnCode = 1;
            throw SqlMessages::error(32012, {inst.serverName(), dbName, primaryDb});
        }
        st.secondaryDatabases.erase(st.secondaryDatabases.begin() +
                                    (existing - st.secondaryDatabases.data()));
    }
    LogShippingSecondaryDatabase d;
    d.database = dbName;
    d.secondaryId = s->secondaryId;
    d.restoreDelay = int(a.value(QStringLiteral("@restore_delay")).toInt());
    d.restoreAll = a.value(QStringLiteral("@restore_all")).toBool();
    d.restoreMode = int(a.value(QStringLiteral("@restore_mode")).toInt());
    d.disconnectUsers = a.value(QStringLiteral("@disconnect_users")).toBool();
    d.restoreThreshold = int(a.value(QStringLiteral("@restore_threshold")).toInt());
    if (!a.value(QStringLiteral("@threshold_alert")).isNull())
        d.thresholdAlert = int(a.value(QStringLiteral("@threshold_alert")).toInt());
    d.thresholdAlertEnabled = a.value(QStringLiteral("@threshold_alert_enabled")).toBool();
    d.historyRetentionMinutes = int(a.value(QStringLiteral("@history_retention_period")).toInt());
    st.secondaryDatabases.append(d);
}

void LogShippingProcedures::deletePrimaryDatabase(ProcedureCall& call)
{
    const auto a =
        ProcedureLibrary::bind(call, QStringLiteral("sp_delete_log_shipping_primary_database"),
                               {req("@database", kName), opt("@ignoreremotemonitor", kBit)}, nullptr);
    AgentState& st = m_ctx.instance().agent;
    const QString db = a.value(QStringLiteral("@database")).toString();
    LogShippingPrimary* p = st.primary(db);
    if (!p) {
        call.returnCode = 1;
        throw SqlMessages::error(32010, {db});
    }
    st.removeJob(p->backupJobId);
    st.primaries.erase(st.primaries.begin() + (p - st.primaries.data()));
}

void LogShippingProcedures::deletePrimarySecondary(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_delete_log_shipping_primary_secondary"),
        {req("@primary_database", kName), req("@secondary_server", kName), req("@secondary_database", kName)},
        nullptr);
    const QString db = a.value(QStringLiteral("@primary_database")).toString();
    LogShippingPrimary* p = m_ctx.instance().agent.primary(db);
    if (!p) {
        call.returnCode = 1;
        throw SqlMessages::error(32010, {db});
    }
    const QString server = a.value(QStringLiteral("@secondary_server")).toString();
    const QString secondary = a.value(QStringLiteral("@secondary_database")).toString();
    p->secondaries.erase(std::remove_if(p->secondaries.begin(), p->secondaries.end(),
                                        [&](const std::pair<QString, QString>& s) {
                                            return s.first.compare(server, Qt::CaseInsensitive) == 0 &&
                                                   s.second.compare(secondary, Qt::CaseInsensitive) == 0;
                                        }),
                         p->secondaries.end());
}

void LogShippingProcedures::deleteSecondaryPrimary(ProcedureCall& call)
{
    const auto a =
        ProcedureLibrary::bind(call, QStringLiteral("sp_delete_log_shipping_secondary_primary"),
                               {req("@primary_server", kName), req("@primary_database", kName)}, nullptr);
    AgentState& st = m_ctx.instance().agent;
    const QString server = a.value(QStringLiteral("@primary_server")).toString();
    const QString db = a.value(QStringLiteral("@primary_database")).toString();
    LogShippingSecondary* s = st.secondary(server, db);
    if (!s) {
        call.returnCode = 1;
        throw SqlMessages::error(32023, {server, db});
    }
    st.removeJob(s->copyJobId);
    st.removeJob(s->restoreJobId);
    st.secondaries.erase(st.secondaries.begin() + (s - st.secondaries.data()));
}

void LogShippingProcedures::deleteSecondaryDatabase(ProcedureCall& call)
{
    const auto a = ProcedureLibrary::bind(
        call, QStringLiteral("sp_delete_log_shipping_secondary_database"),
        {req("@secondary_database", kName), opt("@ignoreremotemonitor", kBit)}, nullptr);
    AgentState& st = m_ctx.instance().agent;
    const QString db = a.value(QStringLiteral("@secondary_database")).toString();
    LogShippingSecondaryDatabase* d = st.secondaryDatabase(db);
    if (!d) {
        call.returnCode = 1;
        throw SqlMessages::error(32014, {db});
    }
    const QUuid secondaryId = d->secondaryId;
    st.secondaryDatabases.erase(st.secondaryDatabases.begin() + (d - st.secondaryDatabases.data()));
    // The last secondary database of a primary takes the primary's copy and restore jobs with it.
    const bool others =
        std::any_of(st.secondaryDatabases.begin(), st.secondaryDatabases.end(),
                    [&](const LogShippingSecondaryDatabase& x) { return x.secondaryId == secondaryId; });
    if (!others) {
        if (LogShippingSecondary* s = st.secondary(secondaryId)) {
            st.removeJob(s->copyJobId);
            st.removeJob(s->restoreJobId);
            st.secondaries.erase(st.secondaries.begin() + (s - st.secondaries.data()));
        }
    }
}

} // namespace pchatlab
