// One step of a procedure as data: its number, title and place, its page key in the journal, and what runs
// it.
#pragma once

#include "backend/steps/stepid.h"

#include <functional>
#include <QCoreApplication>
#include <QString>

class QObject;

namespace pchat {

class FailbackStep;

struct ProcedureStep
{
    StepId id = StepId::Preflight;
    // The step's number in its procedure as Microsoft numbers it (0 for Preflight): the journal's step, the
    // page key's k and what the operator reads; StepId stays unique across procedures, the number does not.
    int numberInProcedure = 0;
    // QT_TRANSLATE_NOOP texts of the context "StepInfo": translated when asked, so that a language switch
    // reaches every list that shows them.
    const char* titleText = nullptr;
    const char* whereText = nullptr;
    // The page key of page-entered, screenshot and run-interrupted ("preflight", "step1".."step7").
    QString pageKey;
    // Makes the object that runs the step; empty for Preflight, which PreflightRunner runs.
    std::function<FailbackStep*(QObject* parent)> create;

    int number() const { return numberInProcedure; }
    QString title() const { return QCoreApplication::translate("StepInfo", titleText); }
    // Where the step runs, e.g. "Backup SQL Server instance" or "Lync Server Management Shell".
    QString where() const { return QCoreApplication::translate("StepInfo", whereText); }
};

} // namespace pchat
