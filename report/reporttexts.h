// The report's words for the journal's fixed values (statuses, results, reasons) and its time formats.
#pragma once

#include "runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pchat {

class ReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)

public:
    // The marker of a training run on the cover, every heading and every PDF page.
    static QString training();
    static QString mode(const QString& mode);
    static QString result(RunRecord::Result result);
    // "Run", "Preflight checks", "Step 3: Back up mgc ..."
    static QString sectionTitle(const Procedure& procedure, int step);

    // Each maps the journal's value to words; a value this version does not know is returned unchanged, so
    // that nothing the journal says is hidden. The caller escapes the result like any other text.
    static QString stepStatus(const QString& status);
    static QString checkResult(const QString& result);
    static QString commandResult(const QString& result);
    static QString confirmationKind(const QString& what);
    static QString screenshotReason(const QString& reason);
    static QString interruptReason(const QString& reason);
    static QString eventKind(const QString& kind);

    // "2026-11-26 12:31:04 UTC"; "2026-11-26 13:31:04 CET" in the computer's time zone; "12:31:04"
    static QString utc(const QDateTime& time);
    static QString local(const QDateTime& time);
    static QString timeOfDay(const QDateTime& time);
    // "850 ms", "12.4 s", "3 min 05 s"
    static QString duration(qint64 milliseconds);
    static QString notRecorded();
};

} // namespace pchat
