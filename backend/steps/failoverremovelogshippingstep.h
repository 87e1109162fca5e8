// Failover step 1: remove log shipping from the backup mgc on the backup instance
// (sp_delete_log_shipping_secondary_database), after recording what log shipping knew: msdb forgets it with
// the removal. Verified when msdb lists the database as a secondary no more and its copy and restore jobs are
// gone.
#pragma once

#include "logshippingrecord.h"
#include "sqlstep.h"

namespace pchat {

struct BatchResult;

class FailoverRemoveLogShippingStep : public SqlStep
{
    Q_OBJECT

public:
    explicit FailoverRemoveLogShippingStep(QObject* parent = nullptr);
    ~FailoverRemoveLogShippingStep() override;

    void inspect(const Plan& plan) override;
    void run(const Plan& plan) override;
    void verify(const Plan& plan) override;

    // What log shipping knew, as last read while it was still configured; kept after the removal.
    const LogShippingRecord& record() const { return m_record; }
    // Whether msdb still listed the database as a log-shipping secondary at the last reading.
    bool configured() const { return m_configured; }

private:
    enum class Phase
    {
        Inspect,
        Run,
        Verify,
        VerifyAfterRun,
        VerifyAfterCancel,
    };

    QString readBatch() const;
    // Opens a session on the backup instance and reads the state; failures end the phase.
    void readState(Phase phase, std::function<void()> then);
    void takeState(const BatchResult& result);
    StepFindings findingsFromState() const;
    void remove();
    void evaluate(Phase phase);

    LogShippingRecord m_record;
    bool m_configured = false;
    QStringList m_remainingJobs;
};

} // namespace pchat
