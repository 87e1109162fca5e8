// Step 2: remove database mirroring for mgc, then mgccomp, on the backup instance (SET PARTNER OFF), and
// verify that sys.database_mirroring shows no mirroring any more. A database that is not mirrored is already
// done.
#pragma once

#include "mirroringinfo.h"
#include "sqlstep.h"

#include <QStringList>

namespace pchat {

struct BatchResult;

class RemoveMirroringStep : public SqlStep
{
    Q_OBJECT

public:
    explicit RemoveMirroringStep(QObject* parent = nullptr);
    ~RemoveMirroringStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;

    // The mirroring of mgc and mgccomp as last read (inspect, run or verify), in that order.
    const MirroringInfos& mirroring() const { return m_mirroring; }
    // The databases' mirroring from the result of MirroringSql::mirroringState (one per database, in order).
    static MirroringInfos mirroringFrom(const BatchResult& result, const QStringList& databases);
    // Databases the last run removed mirroring from, and those it skipped because they were not mirrored.
    const QStringList& removedDatabases() const { return m_removed; }
    const QStringList& skippedDatabases() const { return m_skipped; }

private:
    enum class VerifyReason
    {
        Requested,
        AfterRun,
        AfterCancel,
        AfterConnectionLost,
    };

    QStringList databases() const;
    // Reads sys.database_mirroring on the session into m_mirroring, then calls then(result).
    void readState(StepSession* session, std::function<void(const BatchResult&)> then);
    // Opens a session on the backup instance and reads the mirroring state; a failure ends the inspection or
    // the run (inspecting), success goes on with then.
    void readStateOnBackup(bool inspecting, std::function<void()> then);
    StepOutcome missingDatabasesOutcome(const QString& summary) const;
    StepFindings findingsFromState() const;
    QStringList missingDatabases() const;
    void removeNext();
    void startVerify(VerifyReason reason);
    void evaluate(VerifyReason reason);

    MirroringInfos m_mirroring;
    QStringList m_queue;
    QStringList m_removed;
    QStringList m_skipped;
    SqlMessage m_lostError;
};

} // namespace pchat
