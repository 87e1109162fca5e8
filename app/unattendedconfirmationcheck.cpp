#include "unattendedconfirmationcheck.h"

#include "backend/audit/journalkeys.h"
#include "backend/run/stepinfo.h"
#include "backend/steps/setactiveserversstep.h"

#include <algorithm>

namespace pchat {

namespace {

using Result = UnattendedConfirmationCheck::Result;

Result typed(StepId step, const QString& database, const QString& instance, const QString& typedDatabase,
             const QString& typedInstance, const QString& databaseField, const QString& instanceField,
             const QString& question)
{
    Result result;
    result.needed = true;
    result.what = AuditConfirmation::Typed;
    result.question = question;
    // The form the wizard records a typed confirmation in.
    result.value = typedDatabase + QStringLiteral(" @ ") + typedInstance;
    // As the wizard's typed confirmation compares: the database exactly, the instance in any case.
    result.given = !database.isEmpty() && typedDatabase.trimmed() == database &&
                   typedInstance.trimmed().compare(instance, Qt::CaseInsensitive) == 0;
    if (result.given)
        return result;
    const QString number = QString::number(StepInfo::number(step));
    // A plan without the confirmation is told so, rather than that it holds "" and "".
    if (typedDatabase.trimmed().isEmpty() && typedInstance.trimmed().isEmpty())
        result.problem =
            UnattendedConfirmationCheck::tr(
                "Step %1 changes the database %2 on %3 for good, and the plan does not confirm it; nothing "
                "of step %1 was changed. Set \"unattended.%4\" to \"%2\" and \"unattended.%5\" to "
                "\"%3\" in the plan, then run again.")
                .arg(number, database, instance, databaseField, instanceField);
    else
        result.problem =
            UnattendedConfirmationCheck::tr(
                "Step %1 changes the database %2 on %3 for good, and the plan does not confirm it; nothing "
                "of step %1 was changed. Set \"unattended.%4\" to \"%2\" and \"unattended.%5\" to "
                "\"%3\" in the plan (it has \"%6\" and \"%7\"), then run again.")
                .arg(number, database, instance, databaseField, instanceField, typedDatabase, typedInstance);
    return result;
}

Result acknowledgedServers(const Plan& plan)
{
    Result result;
    const QStringList outside = SetActiveServersStep::serversOutsidePrimaryDataCenter(plan);
    if (outside.isEmpty())
        return result;
    const QStringList& given = plan.unattended.acknowledgedServers;
    QStringList missing;
    for (const QString& fqdn : outside) {
        if (std::none_of(given.cbegin(), given.cend(), [&fqdn](const QString& server) {
                return server.trimmed().compare(fqdn, Qt::CaseInsensitive) == 0;
            }))
            missing << fqdn;
    }
    const QString dataCenter = plan.lync.primaryDataCenter;
    result.needed = true;
    result.what = AuditConfirmation::WarningAcknowledged;
    result.question = UnattendedConfirmationCheck::tr("Active servers outside the primary data center %1: %2")
                          .arg(dataCenter, outside.join(QStringLiteral(", ")));
    result.value = given.join(QStringLiteral(", "));
    result.given = missing.isEmpty();
    if (!result.given)
        result.problem =
            UnattendedConfirmationCheck::tr(
                "Step 6 would add servers outside the primary data center %1 to the active server list: %2. "
                "They need a low-latency, high-bandwidth connection to the primary database; nothing of step "
                "6 "
                "was changed. If they have one, list them in \"unattended.acknowledgedServers\" in the plan, "
                "then run again.")
                .arg(dataCenter, missing.join(QStringLiteral(", ")));
    return result;
}

} // namespace

Result UnattendedConfirmationCheck::forStep(const Plan& plan, StepId step)
{
    const UnattendedConfirmations& given = plan.unattended;
    switch (step) {
    case StepId::RestorePrimary:
        return typed(step, plan.mgcDatabase, plan.primaryInstance.name, given.restoreDatabase,
                     given.restoreInstance, QStringLiteral("restoreDatabase"),
                     QStringLiteral("restoreInstance"),
                     tr("The restore overwrites %1 on %2.").arg(plan.mgcDatabase, plan.primaryInstance.name));
    case StepId::LogShipping:
        // As the log-shipping page: only an initialization overwrites the secondary's database.
        if (plan.logShipping.initialization == SecondaryInitialization::AlreadyInitialized)
            return {};
        return typed(step, plan.mgcDatabase, plan.backupInstance.name, given.logShippingDatabase,
                     given.logShippingInstance, QStringLiteral("logShippingDatabase"),
                     QStringLiteral("logShippingInstance"),
                     tr("Initializing the secondary overwrites %1 on %2.")
                         .arg(plan.mgcDatabase, plan.backupInstance.name));
    case StepId::SetActiveServers:
        return acknowledgedServers(plan);
    case StepId::FailoverBringOnline:
        return typed(step, plan.mgcDatabase, plan.backupInstance.name, given.onlineDatabase,
                     given.onlineInstance, QStringLiteral("onlineDatabase"), QStringLiteral("onlineInstance"),
                     tr("Bringing %1 online on %2 ends its sessions and recovers it: no log backup can be "
                        "restored after it.")
                         .arg(plan.mgcDatabase, plan.backupInstance.name));
    default:
        return {};
    }
}

Result UnattendedConfirmationCheck::forPreflightWarnings(const Plan& plan, int warnings)
{
    Result result;
    if (warnings <= 0)
        return result;
    result.needed = true;
    result.what = AuditConfirmation::WarningAcknowledged;
    result.question = tr("Preflight found %n warning(s) to acknowledge.", "", warnings);
    result.given = plan.unattended.acknowledgePreflightWarnings;
    result.value = result.given ? QStringLiteral("acknowledgePreflightWarnings: true")
                                : QStringLiteral("acknowledgePreflightWarnings: false");
    if (!result.given)
        result.problem =
            tr("Preflight found %n warning(s), and the plan does not acknowledge them; nothing was "
               "changed. Read them above; to accept them set "
               "\"unattended.acknowledgePreflightWarnings\" to true in the plan, then run again.",
               "", warnings);
    return result;
}

QJsonObject UnattendedConfirmationCheck::details(const Result& result, const QString& source)
{
    QJsonObject details{{AuditKey::What, result.what},
                        {AuditKey::Text, result.question},
                        {AuditKey::Value, result.value},
                        {AuditKey::Source, source},
                        {AuditKey::Accepted, result.given}};
    if (!result.given)
        details.insert(AuditKey::Problem, result.problem);
    return details;
}

UnattendedConfirmations UnattendedConfirmationCheck::acceptingTargetsOf(const Plan& plan)
{
    UnattendedConfirmations confirmations;
    confirmations.restoreDatabase = plan.mgcDatabase;
    confirmations.restoreInstance = plan.primaryInstance.name;
    confirmations.logShippingDatabase = plan.mgcDatabase;
    confirmations.logShippingInstance = plan.backupInstance.name;
    confirmations.onlineDatabase = plan.mgcDatabase;
    confirmations.onlineInstance = plan.backupInstance.name;
    confirmations.acknowledgedServers = SetActiveServersStep::serversOutsidePrimaryDataCenter(plan);
    confirmations.acknowledgePreflightWarnings = true;
    return confirmations;
}

} // namespace pchat
