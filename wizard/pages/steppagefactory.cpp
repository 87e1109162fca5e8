#include "steppagefactory.h"

#include "applylogspage.h"
#include "backend/steps/logshippingstep.h"
#include "backend/steps/restorestep.h"
#include "backuppage.h"
#include "bringonlinepage.h"
#include "clearactiveserverspage.h"
#include "failovercopybackupspage.h"
#include "failoverremovelogshippingpage.h"
#include "failoverinstallmirrorpage.h"
#include "failoverpoolstatepage.h"
#include "failoversetactiveserverspage.h"
#include "logshippingpage.h"
#include "poolnormalpage.h"
#include "removemirroringpage.h"
#include "restorepage.h"
#include "setactiveserverspage.h"

namespace pchat {

namespace {

// The row of a page that takes its step object through StepPage::setStepObject.
template <typename Page> StepPageFactory::Create page()
{
    return [](const StepPageFactory::Context& context, FailbackStep* object) -> StepPage* {
        auto* created = new Page(context.plan);
        created->setStepObject(object);
        return created;
    };
}

} // namespace

const QList<StepPageFactory::Row>& StepPageFactory::table()
{
    static const QList<Row> rows{
        {StepId::ClearActiveServers,
         [](const Context& context, FailbackStep* object) -> StepPage* {
             auto* created = new ClearActiveServersPage(context.plan);
             created->setStepObject(object);
             created->setPreflightRunner(context.preflightRunner);
             return created;
         }},
        {StepId::RemoveMirroring, page<RemoveMirroringPage>()},
        {StepId::BackupMgc, page<BackupPage>()},
        {StepId::RestorePrimary,
         [](const Context& context, FailbackStep* object) -> StepPage* {
             auto* created = new RestorePage(context.plan);
             created->setRestoreStep(qobject_cast<RestoreStep*>(object));
             return created;
         }},
        {StepId::LogShipping,
         [](const Context& context, FailbackStep* object) -> StepPage* {
             auto* created = new LogShippingPage(context.plan);
             created->setLogShippingStep(qobject_cast<LogShippingStep*>(object));
             return created;
         }},
        {StepId::SetActiveServers, page<SetActiveServersPage>()},
        {StepId::PoolNormal, page<PoolNormalPage>()},
        {StepId::FailoverRemoveLogShipping, page<FailoverRemoveLogShippingPage>()},
        {StepId::FailoverCopyBackups, page<FailoverCopyBackupsPage>()},
        {StepId::FailoverApplyLogs, page<ApplyLogsPage>()},
        {StepId::FailoverBringOnline, page<BringOnlinePage>()},
        {StepId::FailoverPoolState, page<FailoverPoolStatePage>()},
        {StepId::FailoverInstallMirror, page<FailoverInstallMirrorPage>()},
        {StepId::FailoverSetActiveServers, page<FailoverSetActiveServersPage>()},
    };
    return rows;
}

StepPage* StepPageFactory::create(StepId step, const Context& context, FailbackStep* object)
{
    for (const Row& row : table()) {
        if (row.step == step)
            return row.create(context, object);
    }
    return nullptr;
}

} // namespace pchat
