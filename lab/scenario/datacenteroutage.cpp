#include "lab/scenario/datacenteroutage.h"

#include "lab/agent/jobrunner.h"
#include "lab/world/world.h"

namespace pchatlab {

namespace {

// The secondary that the log-shipping primary `p` of `primary` ships to, and its instance.
struct Shipping
{
    Instance* primary = nullptr;
    LogShippingPrimary* config = nullptr;
    Instance* secondary = nullptr;
    LogShippingSecondary* secondaryConfig = nullptr;
};

QVector<Shipping> shippingOutOf(World& world, const QString& dataCenter)
{
    QVector<Shipping> found;
    for (const auto& primary : world.instances()) {
        if (primary->dataCenter != dataCenter || primary->down)
            continue;
        for (LogShippingPrimary& p : primary->agent.primaries) {
            for (const auto& secondary : world.instances()) {
                if (secondary->dataCenter == dataCenter)
                    continue;
                if (LogShippingSecondary* s = secondary->agent.secondary(primary->serverName(), p.database))
                    found.append({primary.get(), &p, secondary.get(), s});
            }
        }
    }
    return found;
}

qint64 intervalOf(Instance& instance, const QUuid& jobId)
{
    const AgentJob* job = instance.agent.job(jobId);
    qint64 interval = 0;
    for (int id : job ? job->scheduleIds : QVector<int>()) {
        if (const AgentSchedule* s = instance.agent.schedule(id))
            interval = interval ? std::min(interval, s->intervalSeconds()) : s->intervalSeconds();
    }
    return interval ? interval : 900;
}

void runJob(World& world, Instance& instance, const QUuid& jobId, const QDateTime& at)
{
    if (AgentJob* job = instance.agent.job(jobId))
        JobRunner::run(world, instance, *job, at);
}

} // namespace

void DataCenterOutage::lastMinutes(World& world)
{
    const DisasterPlan& plan = world.disasterPlan();
    const QDateTime now = world.simulatedNow();
    const int backups = plan.copiedNotRestored + plan.notCopied;
    for (const Shipping& x : shippingOutOf(world, plan.dataCenter)) {
        // After the newest backup the schedule took, so that file names (their times) keep the chain's order.
        QDateTime at = now.addSecs(-60);
        if (x.config->lastBackupDate.isValid() && x.config->lastBackupDate.addSecs(1) > at)
            at = x.config->lastBackupDate.addSecs(1);
        const qint64 step = std::max<qint64>(1, at.secsTo(now) / (backups + 2));
        // Log shipping was in step before the last minutes: every earlier backup is copied and restored.
        runJob(world, *x.secondary, x.secondaryConfig->copyJobId, at);
        runJob(world, *x.secondary, x.secondaryConfig->restoreJobId, at);
        for (int i = 0; i < backups; ++i) {
            at = at.addSecs(step);
            if (i == plan.copiedNotRestored) {
                if (i > 0)
                    runJob(world, *x.secondary, x.secondaryConfig->copyJobId, at.addSecs(-step / 2));
            }
            runJob(world, *x.primary, x.config->backupJobId, at);
            if (i == plan.copiedNotRestored)
                world.setFirstUncopiedLogBackup(x.config->lastBackupFile);
        }
        if (plan.notCopied == 0 && backups > 0)
            runJob(world, *x.secondary, x.secondaryConfig->copyJobId, at.addSecs(1));
        // The secondary's jobs keep their schedule: their next runs come a whole interval after the outage.
        for (const QUuid& id : {x.secondaryConfig->copyJobId, x.secondaryConfig->restoreJobId}) {
            if (AgentJob* job = x.secondary->agent.job(id))
                job->nextRun = now.addSecs(intervalOf(*x.secondary, id));
        }
    }
}

bool DataCenterOutage::strike(World& world, QString* error)
{
    const DisasterPlan& plan = world.disasterPlan();
    if (plan.dataCenter.isEmpty()) {
        *error = QStringLiteral("no-disaster-in-scenario");
        return false;
    }
    if (world.disasterStruck()) {
        *error = QStringLiteral("disaster-already-struck");
        return false;
    }
    lastMinutes(world);
    for (const auto& instance : world.instances()) {
        if (instance->dataCenter != plan.dataCenter)
            continue;
        instance->down = true;
        // Client connections see the flags and close; the instance's own sessions end with it.
        QVector<int> own;
        for (const auto& session : std::as_const(instance->sessions)) {
            session->killed = true;
            session->cancel = true;
            if (session->kind != SessionKind::Client)
                own.append(session->spid);
        }
        for (int spid : own)
            instance->sessions.remove(spid);
        instance->phantomFaults.clear();
    }
    world.setDisasterStruck(true);
    world.applyFaults();
    return true;
}

bool DataCenterOutage::rebuild(World& world, QString* error)
{
    const DisasterPlan& plan = world.disasterPlan();
    if (!world.disasterStruck()) {
        *error = plan.dataCenter.isEmpty() ? QStringLiteral("no-disaster-in-scenario")
                                           : QStringLiteral("no-disaster-struck");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& instance : world.instances()) {
        if (instance->dataCenter != plan.dataCenter)
            continue;
        // A fresh installation: system databases, the ones Topology Builder creates, an empty msdb.
        QVector<Database> databases;
        for (const Database& d : std::as_const(instance->databases)) {
            if (d.isSystem)
                databases.append(d);
        }
        instance->nextDatabaseId = 5;
        for (const RebuildInstance& r : plan.rebuild) {
            if (r.instance.compare(instance->serverName(), Qt::CaseInsensitive) != 0)
                continue;
            for (Database d : r.databases) {
                d.id = instance->nextDatabaseId++;
                d.createDate = now;
                databases.append(d);
            }
        }
        instance->databases = databases;
        instance->agent = AgentState();
        instance->backupHistory.clear();
        instance->restoreHistory.clear();
        instance->phantomFaults.clear();
        instance->startTime = now;
        instance->down = false;
    }
    world.setDisasterStruck(false);
    world.setFirstUncopiedLogBackup(QString());
    world.applyFaults();
    return true;
}

} // namespace pchatlab
