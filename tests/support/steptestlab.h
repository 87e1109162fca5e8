// Fixture of the step tests: a lab of their own per test (so that each starts from the state right after the
// failover), a plan that points at it, the lab's control port, and a separate session to check the lab's
// state.
#pragma once

#include "backend/plan/plan.h"
#include "backend/sql/batchresult.h"
#include "backend/steps/failbackstep.h"
#include "labprocess.h"

#include <gtest/gtest.h>
#include <memory>
#include <QJsonObject>

class StepTestLab : public testing::Test
{
protected:
    static constexpr const char* kBackupInstance = "PCSQL02\\PCHAT";
    static constexpr const char* kPartnerInstance = "PCSQL02M\\PCHAT";
    static constexpr const char* kPrimaryInstance = "PCSQL01\\PCHAT";
    static constexpr const char* kShare = "\\\\FS01\\PChatLogShip";
    static constexpr const char* kSqlServiceAccount = "CONTOSO\\svc-pchat-sql";

    // Extra lab arguments (faults ...) for this test's lab; the speed keeps BACKUP and RESTORE short.
    void startLab(const QStringList& args = {}, int speed = 40);
    void TearDown() override;

    pchat::InstanceSettings instance(const QString& name, const QString& password = {}) const;
    // Backup instance PCSQL02\PCHAT, primary PCSQL01\PCHAT, the share and a file name of the test's own.
    pchat::Plan plan() const;

    // The lab's control port (faults, speed, the pool, the executed log ...).
    pchat::LabControl control() const;
    bool addFault(const QString& name) const { return control().addFault(name); }
    bool clearFault(const QString& name) const { return control().clearFault(name); }
    bool setSpeed(double speed) const { return control().setSpeed(speed); }

    // Runs a batch on a session of its own and returns its result (waits: tests only).
    pchat::BatchResult query(const QString& instanceName, const QString& batch) const;
    // The first value of the first row of a query's first result, as text.
    QString scalar(const QString& instanceName, const QString& batch) const;
    // A full backup of the backup instance's mgc to the plan's file, as step 3 would leave it.
    void prepareBackupFile(const pchat::Plan& plan) const;

    // Waits for finished (or inspected) and returns the outcome / whether it came.
    static pchat::StepOutcome waitFinished(pchat::FailbackStep& step, int timeoutMs = 60000);
    static bool waitInspected(pchat::FailbackStep& step, int timeoutMs = 30000);

    std::unique_ptr<LabProcess> m_lab;
};
