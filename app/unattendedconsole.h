// The console of an unattended run: one line per event, progress at most every 1 % or 2 s, and never a
// password (every line passes through the list of secrets before it is written).
#pragma once

#include "backend/sql/progresssample.h"
#include "backend/sql/sqlmessage.h"
#include "backend/steps/preflightresult.h"
#include "backend/steps/stepfinding.h"
#include "backend/steps/stepid.h"
#include "backend/steps/stepoutcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

namespace pchat {

class UnattendedConsole
{
    Q_DECLARE_TR_FUNCTIONS(UnattendedConsole)

public:
    UnattendedConsole();

    // Texts that must never reach the console (the passwords); each is replaced by ***.
    void setSecrets(const QStringList& secrets);

    // A line on stdout (progress, results) or stderr (why the run stopped).
    void line(const QString& text);
    void error(const QString& text);

    // "[4/7 Restore the primary mgc]" with the title, "[4/7]" without; "[Preflight]" for the checks.
    static QString label(StepId step, bool withTitle = true);

    // A new step or sub-operation: the next progress reading is printed whatever its percent.
    void resetProgress();
    // "[4/7 Restore the primary mgc] 37% 1.2 GB of 3.2 GB, 45 MB/s, 0:42 left"; totalBytes <= 0: unknown.
    void progress(StepId step, const ProgressSample& sample, qint64 totalBytes);
    // "[4/7] Msg 3211: 10 percent processed." (a shell's output line has no number).
    void message(StepId step, const SqlMessage& message);
    // The first line of a batch or command about to be sent, and where.
    void command(StepId step, const QString& target, const QString& text);
    void findings(StepId step, const StepFindings& findings);
    // One Preflight check's result, with the remedy when it did not pass.
    void check(const QString& title, const PreflightResult& result);
    // The step's end: its summary, the server's error and the remedy.
    void outcome(StepId step, const StepOutcome& outcome);

private:
    QString redacted(QString text) const;
    static QString duration(qint64 ms);

    QStringList m_secrets;
    QTextStream m_out;
    QTextStream m_err;
    double m_lastPercent = -1;
    QElapsedTimer m_sinceLastProgress;
};

} // namespace pchat
