#include "lab/agent/agenttables.h"

#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/execcontext.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

std::optional<Table> AgentTables::lookup(ExecContext& ctx, const QString& name)
{
    if (name == u"sysjobs" || name == u"sysjobs_view")
        return jobs(ctx);
    if (name == u"sysschedules")
        return schedules(ctx);
    if (name == u"sysjobschedules")
        return jobSchedules(ctx);
    if (name == u"sysjobhistory")
        return jobHistory(ctx);
    if (name == u"log_shipping_primary_databases")
        return primaryDatabases(ctx);
    if (name == u"log_shipping_primary_secondaries")
        return primarySecondaries(ctx);
    if (name == u"log_shipping_secondary")
        return secondary(ctx);
    if (name == u"log_shipping_secondary_databases")
        return secondaryDatabases(ctx);
    if (name == u"log_shipping_monitor_primary")
        return monitorPrimary(ctx);
    if (name == u"log_shipping_monitor_secondary")
        return monitorSecondary(ctx);
    return std::nullopt;
}

Table AgentTables::jobs(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("job_id"), kGuid);
    t.addColumn(QStringLiteral("originating_server_id"), kInt);
    t.addColumn(QStringLiteral("name"), kName);
    t.addColumn(QStringLiteral("enabled"), kTiny);
    t.addColumn(QStringLiteral("description"), SqlType::nvarchar(512));
    t.addColumn(QStringLiteral("start_step_id"), kInt);
    t.addColumn(QStringLiteral("category_id"), kInt);
    t.addColumn(QStringLiteral("date_created"), kDate);
    t.addColumn(QStringLiteral("date_modified"), kDate);
    for (const AgentJob& j : ctx.instance().agent.jobs)
        t.addRow({guid(j.id), i(0), s(j.name), i(j.enabled, kTiny), s(j.description, 512), i(1),
                  i(j.category == u"Log Shipping" ? 6 : 0), dt(j.created), dt(j.created)});
    return t;
}

Table AgentTables::schedules(ExecContext& ctx)
{
    Table t;
    for (const char* c :
         {"schedule_id", "freq_type", "freq_interval", "freq_subday_type", "freq_subday_interval",
          "active_start_date", "active_end_date", "active_start_time", "active_end_time"})
        t.addColumn(QLatin1String(c), kInt);
    t.addColumn(QStringLiteral("schedule_uid"), kGuid);
    t.addColumn(QStringLiteral("name"), kName);
    t.addColumn(QStringLiteral("enabled"), kInt);
    for (const AgentSchedule& x : ctx.instance().agent.schedules)
        t.addRow({i(x.id), i(x.freqType), i(x.freqInterval), i(x.freqSubdayType), i(x.freqSubdayInterval),
                  i(x.activeStartDate), i(x.activeEndDate), i(x.activeStartTime), i(x.activeEndTime),
                  guid(x.uid), s(x.name), i(x.enabled)});
    return t;
}

Table AgentTables::jobSchedules(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("schedule_id"), kInt);
    t.addColumn(QStringLiteral("job_id"), kGuid);
    t.addColumn(QStringLiteral("next_run_date"), kInt);
    t.addColumn(QStringLiteral("next_run_time"), kInt);
    for (const AgentJob& j : ctx.instance().agent.jobs) {
        for (int id : j.scheduleIds)
            t.addRow({i(id), guid(j.id), i(dateInt(j.nextRun)), i(timeInt(j.nextRun))});
    }
    return t;
}

Table AgentTables::jobHistory(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("instance_id"), kInt);
    t.addColumn(QStringLiteral("job_id"), kGuid);
    t.addColumn(QStringLiteral("step_id"), kInt);
    t.addColumn(QStringLiteral("step_name"), kName);
    t.addColumn(QStringLiteral("sql_message_id"), kInt);
    t.addColumn(QStringLiteral("sql_severity"), kInt);
    t.addColumn(QStringLiteral("message"), SqlType::nvarchar(4000));
    t.addColumn(QStringLiteral("run_status"), kInt);
    t.addColumn(QStringLiteral("run_date"), kInt);
    t.addColumn(QStringLiteral("run_time"), kInt);
    t.addColumn(QStringLiteral("run_duration"), kInt);
    t.addColumn(QStringLiteral("server"), kName);
    for (const JobHistoryEntry& h : ctx.instance().agent.history)
        t.addRow({i(h.instanceId), guid(h.jobId), i(h.stepId), s(h.stepName), i(h.messageId), i(h.severity),
                  s(h.message, 4000), i(h.runStatus), i(dateInt(h.run)), i(timeInt(h.run)),
                  i(h.durationSeconds), s(ctx.instance().serverName())});
    return t;
}

Table AgentTables::primaryDatabases(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("primary_id"), kGuid);
    t.addColumn(QStringLiteral("primary_database"), kName);
    t.addColumn(QStringLiteral("backup_directory"), kPath);
    t.addColumn(QStringLiteral("backup_share"), kPath);
    t.addColumn(QStringLiteral("backup_retention_period"), kInt);
    t.addColumn(QStringLiteral("backup_job_id"), kGuid);
    t.addColumn(QStringLiteral("monitor_server"), kName);
    t.addColumn(QStringLiteral("last_backup_file"), kPath);
    t.addColumn(QStringLiteral("last_backup_date"), kDate);
    t.addColumn(QStringLiteral("backup_compression"), kTiny);
    for (const LogShippingPrimary& p : ctx.instance().agent.primaries)
        t.addRow({guid(p.primaryId), s(p.database), s(p.backupDirectory, 500), s(p.backupShare, 500),
                  i(p.backupRetentionMinutes), guid(p.backupJobId), s(ctx.instance().serverName()),
                  s(p.lastBackupFile, 500), dt(p.lastBackupDate), i(p.backupCompression, kTiny)});
    return t;
}

Table AgentTables::primarySecondaries(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("secondary_id"), kGuid);
    t.addColumn(QStringLiteral("primary_id"), kGuid);
    t.addColumn(QStringLiteral("secondary_server"), kName);
    t.addColumn(QStringLiteral("secondary_database"), kName);
    for (const LogShippingPrimary& p : ctx.instance().agent.primaries) {
        for (const auto& [server, db] : p.secondaries)
            t.addRow(
                {guid(QUuid::createUuidV5(p.primaryId, server + db)), guid(p.primaryId), s(server), s(db)});
    }
    return t;
}

Table AgentTables::secondary(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("secondary_id"), kGuid);
    t.addColumn(QStringLiteral("primary_server"), kName);
    t.addColumn(QStringLiteral("primary_database"), kName);
    t.addColumn(QStringLiteral("backup_source_directory"), kPath);
    t.addColumn(QStringLiteral("backup_destination_directory"), kPath);
    t.addColumn(QStringLiteral("file_retention_period"), kInt);
    t.addColumn(QStringLiteral("copy_job_id"), kGuid);
    t.addColumn(QStringLiteral("restore_job_id"), kGuid);
    t.addColumn(QStringLiteral("last_copied_file"), kPath);
    t.addColumn(QStringLiteral("last_copied_date"), kDate);
    for (const LogShippingSecondary& x : ctx.instance().agent.secondaries)
        t.addRow({guid(x.secondaryId), s(x.primaryServer), s(x.primaryDatabase),
                  s(x.backupSourceDirectory, 500), s(x.backupDestinationDirectory, 500),
                  i(x.fileRetentionMinutes), guid(x.copyJobId), guid(x.restoreJobId),
                  s(x.lastCopiedFile, 500), dt(x.lastCopiedDate)});
    return t;
}

Table AgentTables::secondaryDatabases(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("secondary_database"), kName);
    t.addColumn(QStringLiteral("secondary_id"), kGuid);
    t.addColumn(QStringLiteral("restore_delay"), kInt);
    t.addColumn(QStringLiteral("restore_all"), kBit);
    t.addColumn(QStringLiteral("restore_mode"), kBit);
    t.addColumn(QStringLiteral("disconnect_users"), kBit);
    t.addColumn(QStringLiteral("last_restored_file"), kPath);
    t.addColumn(QStringLiteral("last_restored_date"), kDate);
    for (const LogShippingSecondaryDatabase& x : ctx.instance().agent.secondaryDatabases)
        t.addRow({s(x.database), guid(x.secondaryId), i(x.restoreDelay), SqlValue::fromBit(x.restoreAll),
                  SqlValue::fromBit(x.restoreMode != 0), SqlValue::fromBit(x.disconnectUsers),
                  s(x.lastRestoredFile, 500), dt(x.lastRestoredDate)});
    return t;
}

Table AgentTables::monitorPrimary(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("primary_id"), kGuid);
    t.addColumn(QStringLiteral("primary_server"), kName);
    t.addColumn(QStringLiteral("primary_database"), kName);
    t.addColumn(QStringLiteral("backup_threshold"), kInt);
    t.addColumn(QStringLiteral("threshold_alert"), kInt);
    t.addColumn(QStringLiteral("threshold_alert_enabled"), kBit);
    t.addColumn(QStringLiteral("last_backup_file"), kPath);
    t.addColumn(QStringLiteral("last_backup_date"), kDate);
    t.addColumn(QStringLiteral("history_retention_period"), kInt);
    for (const LogShippingPrimary& p : ctx.instance().agent.primaries)
        t.addRow({guid(p.primaryId), s(ctx.instance().serverName()), s(p.database), i(p.backupThreshold),
                  i(p.thresholdAlert), SqlValue::fromBit(p.thresholdAlertEnabled), s(p.lastBackupFile, 500),
                  dt(p.lastBackupDate), i(p.historyRetentionMinutes)});
    return t;
}

Table AgentTables::monitorSecondary(ExecContext& ctx)
{
    // The columns in msdb's order; the lab keeps simulated times in UTC, so local and UTC dates agree.
    Table t;
    t.addColumn(QStringLiteral("secondary_server"), kName);
    t.addColumn(QStringLiteral("secondary_database"), kName);
    t.addColumn(QStringLiteral("secondary_id"), kGuid);
    t.addColumn(QStringLiteral("primary_server"), kName);
    t.addColumn(QStringLiteral("primary_database"), kName);
    t.addColumn(QStringLiteral("restore_threshold"), kInt);
    t.addColumn(QStringLiteral("threshold_alert"), kInt);
    t.addColumn(QStringLiteral("threshold_alert_enabled"), kBit);
    t.addColumn(QStringLiteral("last_copied_file"), kPath);
    t.addColumn(QStringLiteral("last_copied_date"), kDate);
    t.addColumn(QStringLiteral("last_copied_date_utc"), kDate);
    t.addColumn(QStringLiteral("last_restored_file"), kPath);
    t.addColumn(QStringLiteral("last_restored_date"), kDate);
    t.addColumn(QStringLiteral("last_restored_date_utc"), kDate);
    t.addColumn(QStringLiteral("last_restored_latency"), kInt);
    t.addColumn(QStringLiteral("history_retention_period"), kInt);
    AgentState& a = ctx.instance().agent;
    for (const LogShippingSecondaryDatabase& x : a.secondaryDatabases) {
        const LogShippingSecondary* sec = a.secondary(x.secondaryId);
        const QDateTime copied = sec ? sec->lastCopiedDate : QDateTime();
        t.addRow({s(ctx.instance().serverName()), s(x.database), guid(x.secondaryId),
                  s(sec ? sec->primaryServer : QString()), s(sec ? sec->primaryDatabase : QString()),
                  i(x.restoreThreshold), i(x.thresholdAlert), SqlValue::fromBit(x.thresholdAlertEnabled),
                  s(sec ? sec->lastCopiedFile : QString(), 500), dt(copied), dt(copied),
                  s(x.lastRestoredFile, 500), dt(x.lastRestoredDate), dt(x.lastRestoredDate),
                  x.lastRestoredLatency < 0 ? nul() : i(x.lastRestoredLatency),
                  i(x.historyRetentionMinutes)});
    }
    return t;
}

} // namespace pchatlab
