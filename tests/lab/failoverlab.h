// Fixture of the failover cycle tests: a lab of the normal-with-log-shipping scenario, T-SQL through tsql
// with its rows split into cells, and the Lync shell as a process.
#pragma once

#include "labprocess.h"

#include <gtest/gtest.h>
#include <memory>

using ShellRun = LabProcess::ShellOutput;

class FailoverLab : public ::testing::Test
{
protected:
    static constexpr const char* kPrimary = "PCSQL01\\PCHAT";
    static constexpr const char* kBackup = "PCSQL02\\PCHAT";
    static constexpr const char* kBackupMirror = "PCSQL02M\\PCHAT";
    static constexpr const char* kShare = "\\\\FS01\\PChatLogShip";
    static constexpr const char* kCopyFolder = "E:\\PChatLSCopy";

    // Starts the lab with the scenario and the extra arguments (speed 1 unless given: the disaster's state
    // then holds for a whole schedule interval).
    void startLab(const QStringList& args = {},
                  const QString& scenario = QStringLiteral("normal-with-log-shipping"));
    LabProcess& lab() { return *m_lab; }

    // tsql's whole output for the batch(es), "go" after each.
    QString sql(const char* instance, const QString& batch);
    // The data rows of the batch's last result set, split at tabs (header and "rows affected" left out).
    QVector<QStringList> rows(const char* instance, const QString& query);
    // The file names of a folder as the instance's service account sees it (xp_dirtree).
    QStringList files(const char* instance, const QString& folder);
    // Runs the lines in "pchat-lab shell" after Import-Module Lync.
    ShellRun shell(const QString& lines);

    std::unique_ptr<LabProcess> m_lab;
};
