#include "alterdatabase.h"

#include "../tsql/execcontext.h"
#include "../tsql/sqlmessages.h"
#include "world.h"

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
    const QString option = s.words.value(0);
    if (option == u"PARTNER" || option == u"WITNESS") {
        if (s.value) // SET PARTNER = 'TCP://...' needs real endpoints: the lab cannot establish mirroring
            throw SqlError(
                1418, 16, 1,
                QStringLiteral("The server network address \"%1\" can not be reached or does not exist. "
                               "Check the network address name and that the ports for the local and "
                               "remote endpoints are operational.")
                    .arg(s.value->literal.toString()));
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
            throw SqlError(
                5011, 14, 5,
                QStringLiteral("User does not have permission to alter database '%1', the database does "
                               "not exist, or the database is not in a state that allows access checks.")
                    .arg(db->name));
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
            throw SqlError(
                5052, 16, 1,
                QStringLiteral("ALTER DATABASE is not permitted while a database is in the Restoring "
                               "state."));
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
                for (int spid : others) {
                    auto other = inst.sessions.value(spid);
                    if (other) {
                        other->killed = true;
                        other->cancel = true;
                        other->database = QStringLiteral("master");
                    }
                }
                inst.phantomUsers.remove(db.name.toLower());
                m_ctx.sendMessage(5060, {});
            } else if (s.withWords.contains(QStringLiteral("NO_WAIT"))) {
                throw SqlError(
                    5070, 16, 2,
                    QStringLiteral("Database state cannot be changed while other users are using the "
                                   "database '%1'")
                        .arg(db.name));
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
