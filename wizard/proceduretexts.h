// The wizard's sentences that differ between the procedures, one entry per procedure, so that a page asks
// for its sentence instead of testing which procedure it shows.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pchat {

class Procedure;

// Whole sentences, each translated as one: a procedure's name set into a shared sentence would not decline in
// German ("der Failover", "das Failback"). A third procedure is a third entry in ProcedureTexts::of.
class ProcedureTexts
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureTexts)

public:
    // The texts of the procedure in the language applied now.
    static ProcedureTexts of(const Procedure& procedure);

    // Welcome page: its title, subtitle and introduction (HTML), and what the procedure assumes, one box to
    // tick each.
    QString welcomeTitle;
    QString welcomeSubTitle;
    QString welcomeIntro;
    QStringList assumptions;
    // Preflight page: what it checks before step 1, and the box that accepts its warnings.
    QString preflightIntro;
    QString preflightAcknowledge;
    // Summary page: its subtitle, its introduction, and the training cycle's box before and after the run's
    // steps are done, with the button that goes on.
    QString summarySubTitle;
    QString summaryIntro;
    QString cycleWaiting;
    QString cycleDone;
    QString cycleButton;
    // The audit folder of a new run cannot be made; %1: why.
    QString auditFolderFailed;
    // The question whether to continue an unfinished run, and its title; %1: the run.
    QString unfinishedTitle;
    QString resumeQuestion;
    // An unattended run's last line when every step is done; %1: the pool.
    QString unattendedSuccess;

private:
    static ProcedureTexts failback(const Procedure& procedure);
    static ProcedureTexts failover(const Procedure& procedure);
};

} // namespace pchat
