// pchat-failback as a separate process, run the way a scheduler or a change runs it, and what the tests
// read back: the console, the plan file they write, the audit folder and its journal.
#pragma once

#include "labprocess.h"

#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTemporaryDir;

class UnattendedProgram
{
public:
    struct Result
    {
        int exitCode = -1;
        QString output; // stdout and stderr
    };

    // Runs pchat-failback (English unless the arguments say otherwise); a plan's lab shell is named on the
    // command line, as this computer's setting.
    static Result run(const QStringList& arguments, const QProcessEnvironment& environment);
    // The system's environment with these passwords (a null one: not set).
    static QProcessEnvironment environmentWith(const QString& backupPassword, const QString& primaryPassword);
    static QString labPassword();
    static QJsonObject readJson(const QString& path);
    // The example plan pointed at the lab, with the confirmations block as a change's plan file would hold
    // it, written as plan.json in dir.
    static QString writePlan(const QTemporaryDir& dir, const LabProcess& lab, const QJsonObject& unattended);
    // Every typed confirmation an unattended failback and failover need.
    static QJsonObject fullConfirmations();
    // The single run folder the run created under root.
    static QString runFolder(const QString& root);
    static QList<QJsonObject> journalEvents(const QString& folder);
    // The events of a kind (and of a step, unless -2).
    static QList<QJsonObject> eventsOfKind(const QList<QJsonObject>& events, QLatin1String kind,
                                           int step = -2);
    // pchat-failback --verify-audit's exit code.
    static int verifyAudit(const QString& folder);

private:
    // The control port of the lab that the last plan written points at.
    static inline int s_shellControlPort = 0;
};
