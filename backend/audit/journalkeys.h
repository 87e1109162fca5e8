// The words the audit journal is written in: event kinds, detail keys and the values a reader matches on.
// docs/audit-format.md mirrors this file; a name changed here changes every journal written from then on.
#pragma once

#include <QLatin1String>
#include <QString>

namespace pchat {

// The kinds of event the wizard records. Plain strings in the file, so that a reader without this program
// (a change manager with a text editor) understands them.
namespace AuditKind {
inline constexpr QLatin1String RunStarted{"run-started"};
inline constexpr QLatin1String RunResumed{"run-resumed"};
inline constexpr QLatin1String PageEntered{"page-entered"};
inline constexpr QLatin1String Confirmation{"confirmation"};
inline constexpr QLatin1String CheckResult{"check-result"};
inline constexpr QLatin1String CommandStarted{"command-started"};
inline constexpr QLatin1String ServerMessage{"server-message"};
inline constexpr QLatin1String CommandFinished{"command-finished"};
inline constexpr QLatin1String StepState{"step-state"};
inline constexpr QLatin1String Screenshot{"screenshot"};
inline constexpr QLatin1String Language{"language"};
inline constexpr QLatin1String RunFinished{"run-finished"};
inline constexpr QLatin1String RunInterrupted{"run-interrupted"};
} // namespace AuditKind

// The keys of an event's details object.
namespace AuditKey {
// run-started, run-resumed
inline constexpr QLatin1String Version{"version"};
// the procedure's name; a journal without it (written before the failover existed) is a failback's
inline constexpr QLatin1String Procedure{"procedure"};
inline constexpr QLatin1String Language{"language"};
inline constexpr QLatin1String Plan{"plan"};
inline constexpr QLatin1String Resumes{"resumes"};
inline constexpr QLatin1String Unattended{"unattended"};
// page-entered, screenshot, run-interrupted
inline constexpr QLatin1String Page{"page"};
inline constexpr QLatin1String Title{"title"};
// confirmation
inline constexpr QLatin1String What{"what"};
inline constexpr QLatin1String Text{"text"};
inline constexpr QLatin1String Value{"value"};
inline constexpr QLatin1String Boxes{"boxes"};
inline constexpr QLatin1String Ticked{"ticked"}; // of a box in boxes
inline constexpr QLatin1String Source{"source"};
inline constexpr QLatin1String Accepted{"accepted"};
inline constexpr QLatin1String Problem{"problem"};
// check-result
inline constexpr QLatin1String Check{"check"};
inline constexpr QLatin1String Result{"result"};
inline constexpr QLatin1String Detail{"detail"};
inline constexpr QLatin1String Remedy{"remedy"};
// step-state
inline constexpr QLatin1String Status{"status"};
inline constexpr QLatin1String Summary{"summary"};
inline constexpr QLatin1String Error{"error"};
// step-state of Preflight: how many checks ran and how they ended
inline constexpr QLatin1String Checks{"checks"};
inline constexpr QLatin1String Passed{"passed"};
inline constexpr QLatin1String Warnings{"warnings"};
inline constexpr QLatin1String Failed{"failed"};
inline constexpr QLatin1String NotRun{"notRun"};
// command-started, command-finished, server-message
inline constexpr QLatin1String Target{"target"};
inline constexpr QLatin1String Script{"script"};
inline constexpr QLatin1String Sha256{"sha256"};
inline constexpr QLatin1String Number{"number"};
inline constexpr QLatin1String Severity{"severity"};
inline constexpr QLatin1String State{"state"};
inline constexpr QLatin1String IsError{"isError"};
inline constexpr QLatin1String DurationMs{"durationMs"};
inline constexpr QLatin1String Rows{"rows"};
inline constexpr QLatin1String Errors{"errors"};
// screenshot
inline constexpr QLatin1String File{"file"};
inline constexpr QLatin1String Reason{"reason"};
// language
inline constexpr QLatin1String From{"from"};
inline constexpr QLatin1String To{"to"};
// run-finished, run-interrupted
inline constexpr QLatin1String Steps{"steps"};
inline constexpr QLatin1String Message{"message"};
} // namespace AuditKey

// The result of run-finished and of check-result.
namespace AuditResult {
inline constexpr QLatin1String Success{"success"};
inline constexpr QLatin1String Failed{"failed"};
inline constexpr QLatin1String Ok{"ok"};
inline constexpr QLatin1String Warning{"warning"};
inline constexpr QLatin1String Skipped{"skipped"};
} // namespace AuditResult

// The result of command-finished.
namespace AuditCommand {
inline constexpr QLatin1String Succeeded{"succeeded"};
inline constexpr QLatin1String Failed{"failed"};
inline constexpr QLatin1String Cancelled{"cancelled"};
inline constexpr QLatin1String ConnectionLost{"connection-lost"};
} // namespace AuditCommand

// The reason of run-interrupted (StopRequest::reasonName names those of a stop from outside).
namespace AuditReason {
inline constexpr QLatin1String Closed{"closed"};
inline constexpr QLatin1String Failed{"failed"};
inline constexpr QLatin1String AuditUnwritable{"audit-unwritable"};
inline constexpr QLatin1String ConfirmationMissing{"confirmation-missing"};
inline constexpr QLatin1String Cancelled{"cancelled"};
inline constexpr QLatin1String LabReset{"lab-reset"};
inline constexpr QLatin1String Interrupted{"interrupted"};
inline constexpr QLatin1String Terminated{"terminated"};
inline constexpr QLatin1String Hangup{"hangup"};
inline constexpr QLatin1String ConsoleClosed{"console-closed"};
inline constexpr QLatin1String SessionEnd{"session-end"};
} // namespace AuditReason

// The what of a confirmation.
namespace AuditConfirmation {
inline constexpr QLatin1String Typed{"typed"};
inline constexpr QLatin1String Checklist{"checklist"};
inline constexpr QLatin1String WarningAcknowledged{"warning-acknowledged"};
inline constexpr QLatin1String Run{"run"};
// a what of journals written by earlier versions, still read by the report
inline constexpr QLatin1String Dialog{"dialog"};
// value of a checklist box and of a run
inline constexpr QLatin1String BoxTicked{"ticked"};
inline constexpr QLatin1String BoxCleared{"cleared"};
inline constexpr QLatin1String Confirmed{"confirmed"};
// source: where an unattended run's confirmation came from
inline constexpr QLatin1String FromPlan{"plan"};
inline constexpr QLatin1String FromTraining{"training"};
} // namespace AuditConfirmation

// The status of step-state (AuditTrail::statusName maps StepStatus to these).
namespace AuditStatus {
inline constexpr QLatin1String NotInspected{"not-inspected"};
inline constexpr QLatin1String Inspecting{"inspecting"};
inline constexpr QLatin1String Ready{"ready"};
inline constexpr QLatin1String AlreadyDone{"already-done"};
inline constexpr QLatin1String Running{"running"};
inline constexpr QLatin1String Verifying{"verifying"};
inline constexpr QLatin1String Done{"done"};
inline constexpr QLatin1String Failed{"failed"};
inline constexpr QLatin1String Cancelled{"cancelled"};
} // namespace AuditStatus

// The mode of every event.
namespace AuditMode {
inline constexpr QLatin1String Production{"production"};
inline constexpr QLatin1String Training{"training"};
} // namespace AuditMode

// The values of run-started's procedure: Procedure::name().
namespace AuditProcedure {
inline constexpr QLatin1String Failback{"failback"};
inline constexpr QLatin1String Failover{"failover"};
// What a journal without the key records: it was written before the failover existed.
inline constexpr QLatin1String Default = Failback;
} // namespace AuditProcedure

// The reason of a screenshot.
namespace AuditShot {
inline constexpr QLatin1String RunStarted{"run-started"};
inline constexpr QLatin1String PageEntered{"page-entered"};
inline constexpr QLatin1String BeforeRun{"before-run"};
inline constexpr QLatin1String EndState{"end-state"};
} // namespace AuditShot

// The page keys of page-entered, screenshot and run-interrupted. A step's page is "step<k>" (k = 1..7), made
// by AuditPage::step so that the wizard, the unattended run and the report spell it alike.
namespace AuditPage {
inline constexpr QLatin1String Welcome{"welcome"};
inline constexpr QLatin1String Environment{"environment"};
inline constexpr QLatin1String Preflight{"preflight"};
inline constexpr QLatin1String Summary{"summary"};
inline constexpr QLatin1String StepPrefix{"step"};
inline QString step(int number)
{
    return StepPrefix + QString::number(number);
}
} // namespace AuditPage

} // namespace pchat
