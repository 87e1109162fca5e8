#include "lab/world/alterdatabase.h"

#include "lab/tsql/execcontext.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

namespace pchatlab {

void AlterDatabase::run(const Stmt& s)
{
    Instance& inst = m_ctx.instance();
    const QString name = s.name.isEmpty() ? m_ctx.session().database : s.name;
    Database* db = inst.database(name);
    if (!db)
        throw SqlMessages::error(911, {name});
    if (!m_ctx.session().sysadmin)
        throw SqlMessages::error(15247, {});
    // The one user of a single-user database is another session: no option or state can change, not even
    // with ROLLBACK IMMEDIATE (the remedy is to end that session).
    if (db->userAccess == u"SINGLE_USER" && !inst.sessionsUsing(db->name, m_ctx.session().spid).isEmpty()) {
        m_ctx.sendMessage(5064, {db->name});
        throw SqlMessages::error(5069, {});
    }
    const QString option = s.words.value(0);
    if (option == u"PARTNER" || option == u"WITNESS") {
        if (s.value) // SET PARTNER = 'TCP://...' needs real endpoints: the lab cannot establish mirroring
            throw SqlMessages::error(1418, {s.value->literal.toString()});
        if (s.words.value(1) == u"OFF") {
            if (option == u"PARTNER")
                partnerOff(*db);
            else if (!db->isMirrored())
                throw SqlMessages::error(1416, {db->name});
            else
                db->witnessName.clear();
            return;
        }
        if (!db->isMirrored())
            throw SqlMessages::error(1416, {db->name});
        if (s.words.value(1) == u"SUSPEND")
            db->mirroringState = QStringLiteral("SUSPENDED");
        else if (s.words.value(1) == u"RESUME")
            db->mirroringState = QStringLiteral("SYNCHRONIZED");
        return;
    }
    if (option == u"RECOVERY") {
        if (db->state != u"ONLINE")
            throw SqlMessages::error(5011, {db->name});
        db->recoveryModel = s.words.value(1);
        if (db->recoveryModel == u"SIMPLE")
            db->lastLogBackupLsn = 0; // the log chain is broken; BACKUP LOG needs a new full backup
        return;
    }
    if (option == u"SINGLE_USER" || option == u"MULTI_USER" || option == u"RESTRICTED_USER") {
        userAccess(*db, option, s);
        return;
    }
    if (option == u"OFFLINE" || option == u"ONLINE" || option == u"EMERGENCY") {
        if (db->state == u"RESTORING")
            throw SqlMessages::error(5052, {QStringLiteral("ALTER DATABASE"), QStringLiteral("Restoring")});
        db->state = option == u"EMERGENCY" ? QStringLiteral("EMERGENCY") : option;
        return;
    }
    if (option == u"READ_ONLY" || option == u"READ_WRITE")
        return;
    throw SqlMessages::error(102, {option});
}

void AlterDatabase::partnerOff(Database& db)
{
    if (!db.isMirrored())
        throw SqlMessages::error(1416, {db.name});
    World& w = m_ctx.world();
    // Removing mirroring ends it on both partners; the former mirror copy stays RESTORING.
    Instance* partner = w.instance(db.partnerInstance);
    if (partner) {
        if (Database* other = partner->database(db.name)) {
            other->mirroringRole.clear();
            other->mirroringState.clear();
            other->partnerName.clear();
            other->partnerInstance.clear();
            other->witnessName.clear();
            other->mirroringGuid = QUuid();
        }
    }
    db.mirroringRole.clear();
    db.mirroringState.clear();
    db.partnerName.clear();
    db.partnerInstance.clear();
    db.witnessName.clear();
    db.mirroringGuid = QUuid();
}

void AlterDatabase::userAccess(Database& db, const QString& mode, const Stmt& s)
{
    Instance& inst = m_ctx.instance();
    const int self = m_ctx.session().spid;
    if (mode == u"SINGLE_USER" || mode == u"RESTRICTED_USER") {
        QVector<int> others = inst.sessionsUsing(db.name, self);
        if (!others.isEmpty()) {
            if (s.withWords.contains(QStringLiteral("ROLLBACK IMMEDIATE")) ||
                s.withWords.contains(QStringLiteral("ROLLBACK AFTER"))) {
                for (int spid : others)
                    inst.endSession(spid);
                m_ctx.sendMessage(5060, {QStringLiteral("100")});
            } else if (s.withWords.contains(QStringLiteral("NO_WAIT"))) {
                throw SqlMessages::error(5070, {db.name});
            } else {
                // Without a termination clause SQL Server waits for the users to leave.
                while (!inst.sessionsUsing(db.name, self).isEmpty())
                    m_ctx.sleep(50);
            }
        }
        db.userAccess = mode;
        db.singleUserSpid = mode == u"SINGLE_USER" ? self : 0;
        return;
    }
    db.userAccess = QStringLiteral("MULTI_USER");
    db.singleUserSpid = 0;
}

} // namespace pchatlab
