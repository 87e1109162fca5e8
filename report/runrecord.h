// A run folder's journal read into what the report shows: the cover facts and one section per step.
#pragma once

#include "backend/audit/auditevent.h"
#include "backend/run/procedure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pchat {

class RunRecord
{
    Q_DECLARE_TR_FUNCTIONS(RunRecord)

public:
    enum class Result
    {
        Success,
        Failed,
        Interrupted,
        Unfinished // neither run-finished nor run-interrupted closes the journal: a crash, a kill, a power
                   // cut
    };

    // The facts on the cover. Everything that comes from the journal is untrusted text: escape it to show it.
    struct Cover
    {
        QString folder;     // absolute path of the run folder
        QString folderName; // its last component, which names the run
        // Several entries when another operator or machine resumed the run.
        QStringList operators;
        QStringList hosts;
        QString mode; // "production" or "training", as written in the journal
        bool training = false;
        QString version;                                // of the program that started the run
        QString procedure = AuditProcedure::Default; // run-started's
        QString language;                               // the UI language when the run started
        QString poolName; // lync.poolIdentity of the plan; empty when no plan was recorded
        QDateTime startUtc;
        QDateTime endUtc; // the last event
        Result result = Result::Unfinished;
        QString interruptReason; // run-interrupted: closed, failed, audit-unwritable
        qint64 eventCount = 0;
        QString finalHash;
        int screenshotCount = 0;
        int unreadableLines = 0; // lines that are not events; the report says so
        bool chainVerified = false;
        QString chainMessage; // AuditVerifier's sentence when the chain or a file does not match
    };

    // run-started, run-resumed, language, run-finished, run-interrupted, and events of a kind this version
    // does not know (kept, never dropped).
    struct RunLine
    {
        QDateTime utc;
        QString kind;
        QString operatorName;
        QString host;
        QJsonObject details;
    };
    struct PageEntry
    {
        QDateTime utc;
        QString page;
        QString title;
    };
    struct Check
    {
        QDateTime utc;
        QString id;
        QString title;
        QString result;
        QString detail;
    };
    struct Confirmation
    {
        QDateTime utc;
        QString what;
        QString text;
        QString value;
    };
    struct CommandError
    {
        qint64 number = 0;
        QString text;
    };
    struct Command
    {
        int number = 0; // 1, 2, ... within its section, so that messages can name their command
        QDateTime startedUtc;
        QDateTime finishedUtc;
        QString target;
        QString text;
        QString script;
        QString sha256;
        bool started = false;  // false: a command-finished without its command-started
        bool finished = false; // false: the run stopped while the command ran
        QString result;
        qint64 durationMs = -1;
        qint64 rows = -1;
        QList<CommandError> errors;
    };
    struct ServerMessage
    {
        QDateTime utc;
        int command = 0; // the number of the command that was running; 0: none
        qint64 number = 0;
        int severity = 0;
        int state = -1;
        QString text;
        bool isError = false;
    };
    struct StateChange
    {
        QDateTime utc;
        QString status;
        QString summary;
        QString remedy;
        bool hasError = false;
        qint64 errorNumber = 0;
        QString errorText;
    };
    struct Screenshot
    {
        QDateTime utc;
        QString file; // as the journal names it; see isSafeRelativePath before using it as a path
        QString reason;
        QString page;
        QString sha256;
        bool fileFound = false;   // the file is a safe relative path inside the folder and exists
        bool hashMatches = false; // its bytes have the recorded SHA-256
    };
    struct Section
    {
        int step = -1; // -1: the run as a whole
        QDateTime firstUtc;
        QDateTime lastUtc;
        QList<RunLine> runLines;
        QList<PageEntry> pages;
        QList<Check> checks;
        QList<Confirmation> confirmations;
        QList<Command> commands;
        QList<ServerMessage> messages;
        QList<StateChange> states;
        QList<Screenshot> screenshots;

        // The last step-state's status, empty when the step never reported one. Preflight without one (a
        // journal of a version that recorded only its checks) is judged by its checks.
        QString outcome() const;
    };

    // Reads <folder>/journal.jsonl. false: no journal or no event in it; *error says why in the UI language.
    bool load(const QString& folder, QString* error);

    const Cover& cover() const { return m_cover; }
    // The procedure the run followed; the failback for a name this version does not know.
    const Procedure& procedure() const;
    // Run first, then Preflight and steps 1..7; only sections that have events.
    QList<Section> sections() const { return m_sections.values(); }
    bool hasScreenshots() const { return m_cover.screenshotCount > 0; }

    // A journal path that stays inside the folder: relative, no "..", no drive or scheme. Journal text is
    // untrusted, and the report must neither link nor read a file outside the run folder.
    static bool isSafeRelativePath(const QString& path);

private:
    void add(const AuditEvent& event);
    Section& section(int step);
    void checkScreenshot(Screenshot* shot) const;

    Cover m_cover;
    QMap<int, Section> m_sections;
    QMap<int, int> m_openCommand; // step -> index in its section's commands of the command still running
};

} // namespace pchat
