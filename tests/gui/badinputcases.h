// What the three bad-input suites share: the hostile values, the plan file's text fields and their cases, and
// what the lab ran with ordinary and with hostile values.
// Bad input, table-driven: hostile and odd values typed into every field of the wizard (the failover's pages
// too) and written into every text field of the plan file (validated in the scope of each procedure, exported
// as the scripts of both). Each value either gets a clear validation message at its field (Next and Run
// blocked), or it is kept exactly and reaches the servers only as a literal: the exported scripts keep their
// structure and quote the value by T-SQL's and PowerShell's rules, and the lab's own executed log shows that
// no statement or cmdlet ran that the same step with ordinary values does not run.
//
// Fields typed but not run against the lab, and why:
// - passwords, logins, addresses, ODBC driver, login timeout: they make the connection (the connection
//   string's quoting has tests of its own); the login is an ODBC attribute, not a statement.
// - shell program and arguments: a local program started without a shell (QProcess), not sent to the lab.
// - primary data center: compared in the wizard only (step 6's warnings), never sent.
// - the typed confirmations: compared with the target, never sent.
// - the pool identity and the active servers: every hostile value is refused by validation (they must be
//   FQDNs), so nothing of them can be run.
// - the Summary page's export folder: a folder of this computer, not sent; the exported files are checked
//   through the plan file.
// - the relocation table and the backup destinations: filled from RESTORE FILELISTONLY and the share, and
//   edited in dialogs of their own; their paths are checked through the plan file (restore.relocations).
#pragma once

#include "backend/plan/planjson.h"
#include "backend/plan/planvalidator.h"
#include "backend/run/procedure.h"
#include "backend/run/procedurescript.h"
#include "backend/run/scriptexporter.h"
#include "keyboard.h"
#include "labprocess.h"
#include "scripttokenizer.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <iostream>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pchat;
using namespace pchat::test;
using pchat::test::Keyboard;
using pchat::test::WizardDriver;

namespace badinput {

// ---- the values ----------------------------------------------------------------------------------------

inline const QStringList& hostileValues()
{
    static const QStringList values{
        QStringLiteral("O'Brien"),
        QStringLiteral("O\u2019Brien"), // the typographic apostrophe: PowerShell takes it for a quote
        QStringLiteral("a]b"),
        QStringLiteral("[x]"),
        QStringLiteral("a;DROP DATABASE mgc;--"),
        QStringLiteral("--"),
        QStringLiteral("/*"),
        QStringLiteral("*/"),
        QStringLiteral("$(Remove-Item C:\\)"),
        QStringLiteral("`whoami`"),
        QStringLiteral("a\"b"),
        QStringLiteral("line1\nline2"),
        QStringLiteral("M\u00fcller-Stra\u00dfe"),
        QStringLiteral("\u0141\u00f3d\u017a"),
        QStringLiteral("\u65e5\u672c"),
        QStringLiteral("Long").repeated(75),
        QString(),
        QStringLiteral("mgc "),
        QStringLiteral("MGC"),
        QStringLiteral("mgc_old"),
        QStringLiteral("PCSQL01\\PCHAT;x"),
        QStringLiteral("\\\\FS01\\PChat'Log]Ship"),
        // Invisible format characters (Cf): a right-to-left override makes "mgc<U+202E>kab.txt" read as
        // "mgctxt.bak"; a zero-width space makes two names look alike. Refused by every field.
        QStringLiteral("mgc\u202Ekab.txt"),
        QStringLiteral("mg\u200Bc"),
        // Part of a file path where the database name becomes a file name (the standby file).
        QStringLiteral("..\\..\\evil"),
        // Place markers: chained QString::arg would put the next value into them.
        QStringLiteral("LS%1_%2"),
    };
    return values;
}

// Printable in a failure message: control characters and long values shortened.
inline std::string shown(const QString& value)
{
    QString text = value;
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(QChar(0x202E), QStringLiteral("<U+202E>"));
    text.replace(QChar(0x200B), QStringLiteral("<U+200B>"));
    if (text.size() > 40)
        text = text.left(12) + QStringLiteral("...(%1 chars)").arg(value.size());
    return '"' + text.toStdString() + '"';
}

// Path fields also get the value as one folder or file name of an otherwise valid path: a bare value is no
// path, so only this form can reach the server.
inline QString embedded(const QString& field, const QString& value)
{
    if (field == u"backup.shareFolder" || field == u"logShipping.backupNetworkPath" ||
        field == u"failover.fileShare")
        return QStringLiteral("\\\\FS01\\PChatLogShip\\") + value;
    if (field == u"logShipping.copyDestinationFolder" || field == u"logShipping.backupLocalPath")
        return QStringLiteral("E:\\PChatLSCopy\\") + value;
    if (field == u"backup.fileName" || field == u"logShipping.initializationBackupFile")
        return value + QStringLiteral(".bak");
    if (field.endsWith(u".physicalName"))
        return QStringLiteral("D:\\Data\\") + value + QStringLiteral(".mdf");
    if (field == u"lync.poolIdentity")
        return QStringLiteral("PersistentChatServer:") + value;
    if (field.endsWith(u".fqdn") || field.endsWith(u"Fqdn") || field == u"failover.activeServers[0]")
        return value + QStringLiteral(".contoso.com");
    return {};
}

// A value that may stand unquoted in code (a host name in ":CONNECT", say) without being code itself.
inline bool isPlainName(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.\\\\-]+$"));
    return plain.match(value).hasMatch();
}

// ---- the plan file ---------------------------------------------------------------------------------------

struct PlanField
{
    QString path;   // JSON path as the validator names it
    QString benign; // a valid value, for the baseline export (empty: the example's own value)
    bool inScripts; // the exported scripts must carry the value
};

inline const QList<PlanField>& planFields()
{
    static const QList<PlanField> fields{
        {QStringLiteral("backupInstance.name"), {}, true},
        {QStringLiteral("backupInstance.address"), {}, false},
        {QStringLiteral("backupInstance.login"), {}, false},
        {QStringLiteral("backupInstance.odbcDriver"), {}, false},
        {QStringLiteral("primaryInstance.name"), {}, true},
        {QStringLiteral("primaryInstance.address"), {}, false},
        {QStringLiteral("primaryInstance.login"), {}, false},
        {QStringLiteral("primaryInstance.odbcDriver"), {}, false},
        {QStringLiteral("mgcDatabase"), {}, true},
        {QStringLiteral("mgccompDatabase"), {}, true},
        {QStringLiteral("backup.shareFolder"), {}, true},
        {QStringLiteral("backup.fileName"), {}, true},
        {QStringLiteral("backup.backupSetName"), {}, true},
        {QStringLiteral("backup.description"), {}, true},
        {QStringLiteral("restore.relocations[0].logicalName"), {}, true},
        {QStringLiteral("restore.relocations[0].physicalName"), {}, true},
        {QStringLiteral("logShipping.backupNetworkPath"), {}, true},
        {QStringLiteral("logShipping.backupLocalPath"), QStringLiteral("C:\\PChatLogShip"), true},
        {QStringLiteral("logShipping.backupJobName"), {}, true},
        {QStringLiteral("logShipping.backupSchedule.name"), {}, true},
        {QStringLiteral("logShipping.initializationBackupFile"), {}, true},
        {QStringLiteral("logShipping.copyDestinationFolder"), {}, true},
        {QStringLiteral("logShipping.copyJobName"), {}, true},
        {QStringLiteral("logShipping.copySchedule.name"), {}, true},
        {QStringLiteral("logShipping.restoreJobName"), {}, true},
        {QStringLiteral("logShipping.restoreSchedule.name"), {}, true},
        {QStringLiteral("lync.activeServerCollection"), {}, true},
        {QStringLiteral("lync.poolIdentity"), {}, true},
        {QStringLiteral("lync.primaryDataCenter"), {}, false},
        {QStringLiteral("lync.activeServers[0].fqdn"), {}, true},
        {QStringLiteral("lync.activeServers[0].dataCenter"), {}, false},
        // The failover's own inputs (the Failover tab of the Environment page), in its scripts.
        {QStringLiteral("failover.backupServerFqdn"), {}, true},
        // Install-CsMirrorDatabase takes the mirror from the topology, not as a parameter: the plan's mirror
        // names the instance that step 6 checks, and no script carries it.
        {QStringLiteral("failover.mirrorServerFqdn"), {}, false},
        {QStringLiteral("failover.mirrorInstanceName"), {}, false},
        {QStringLiteral("failover.fileShare"), {}, true},
        {QStringLiteral("failover.activeServers[0]"), {}, true},
    };
    return fields;
}

// Sets a value at a JSON path such as "lync.activeServers[0].fqdn".
inline QJsonValue withValue(const QJsonValue& node, QStringList parts, const QString& value)
{
    if (parts.isEmpty())
        return value;
    const QString part = parts.takeFirst();
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch match = indexed.match(part);
    QJsonObject object = node.toObject();
    if (match.hasMatch()) {
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int index = match.captured(2).toInt();
        array[index] = withValue(array.at(index), parts, value);
        object.insert(match.captured(1), array);
    } else {
        object.insert(part, withValue(object.value(part), parts, value));
    }
    return object;
}

inline QJsonValue valueAt(const QJsonValue& node, const QString& path)
{
    QJsonValue current = node;
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    for (const QString& part : path.split(u'.')) {
        const QRegularExpressionMatch match = indexed.match(part);
        current = match.hasMatch()
                      ? current.toObject().value(match.captured(1)).toArray().at(match.captured(2).toInt())
                      : current.toObject().value(part);
    }
    return current;
}

class PlanFileCase
{
public:
    PlanFileCase()
    {
        QFile file(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        m_example = QJsonDocument::fromJson(file.readAll()).object();
        // One relocation, so that its names are in the plan and in the restore's MOVE clause.
        QJsonObject restore = m_example.value(QLatin1String("restore")).toObject();
        restore.insert(
            QStringLiteral("relocations"),
            QJsonArray{QJsonObject{{QStringLiteral("logicalName"), QStringLiteral("mgc")},
                                   {QStringLiteral("physicalName"), QStringLiteral("D:\\Data\\mgc.mdf")}}});
        m_example.insert(QStringLiteral("restore"), restore);
    }

    // Writes the example plan with one field changed to a file, loads it as --plan does and validates it.
    struct Loaded
    {
        std::optional<Plan> plan;
        QString loadError;
        ValidationIssues issues;
        QString file;
    };
    Loaded load(const QString& path, const QString& value)
    {
        Loaded loaded;
        const QJsonObject json = withValue(m_example, path.split(u'.'), value).toObject();
        loaded.file = m_dir.filePath(QStringLiteral("plan-%1.json").arg(++m_count));
        QFile file(loaded.file);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        loaded.plan = PlanJson::load(loaded.file, &loaded.loadError);
        if (loaded.plan) {
            loaded.plan->applyDerivedDefaults(QDate::currentDate());
            // Each procedure checks the fields it uses: the failover's are checked in its scope.
            loaded.issues = PlanValidator::validate(*loaded.plan) +
                            PlanValidator::validate(*loaded.plan, PlanValidator::Scope::Failover);
        }
        return loaded;
    }

    // The exported scripts of every procedure, tokenized: "procedure/file name" -> tokens. The texts the
    // export writes (ScriptExporter writes each part's text, adding only a BOM and CRLF; the command-line
    // test compares the files themselves).
    static QMap<QString, Tokenized> exportScripts(const Plan& plan)
    {
        Plan exported = plan.withoutSecrets();
        exported.applyDerivedDefaults(QDate::currentDate());
        QMap<QString, Tokenized> scripts;
        for (const Procedure* procedure : Procedure::all()) {
            for (const ScriptPart& part : ProcedureScript::parts(exported, *procedure)) {
                const QString text = part.text(exported);
                scripts.insert(procedure->name() + u'/' + part.fileName, part.language == ScriptLanguage::TSql
                                                                             ? tokenizeTsql(text)
                                                                             : tokenizePowerShell(text));
            }
        }
        return scripts;
    }

    const QJsonObject& example() const { return m_example; }
    QString directory() const { return m_dir.path(); }

private:
    QJsonObject m_example;
    QTemporaryDir m_dir;
    int m_count = 0;
};

// ---- typing into the wizard ------------------------------------------------------------------------------

inline QJsonArray executedSince(qint64 since, qint64* last = nullptr)
{
    const QJsonObject reply = WizardDriver::lab().control().send(LabControl::executedRequest(since, 100000));
    EXPECT_TRUE(reply.value(QLatin1String("ok")).toBool()) << "the lab has no executed log";
    if (last)
        *last = qint64(reply.value(QLatin1String("last")).toDouble());
    return reply.value(QLatin1String("entries")).toArray();
}

inline qint64 executedMark()
{
    qint64 last = 0;
    executedSince(std::numeric_limits<qint64>::max() / 2, &last);
    return last;
}

inline bool labCommand(const QJsonObject& request)
{
    return WizardDriver::lab().control().sendOk(request);
}

inline void resetLab()
{
    const LabControl control = WizardDriver::lab().control();
    EXPECT_TRUE(control.reset().value(QLatin1String("ok")).toBool());
    EXPECT_TRUE(control.clearFaults());
    EXPECT_TRUE(control.setSpeed(400));
}

// What the lab ran, summed up: statement verbs and procedures, shell cmdlets and pool changes.
struct Ran
{
    QSet<QString> statements; // "BACKUP DATABASE", "EXEC msdb.dbo.sp_add_jobschedule" ...
    QSet<QString> cmdlets;
    QSet<QString> poolChanges;
    QStringList errors; // parse and syntax errors
    QList<QJsonObject> entries;
};

inline Ran summarize(const QJsonArray& entries)
{
    Ran ran;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        ran.entries << e;
        const QString kind = e.value(QLatin1String("kind")).toString();
        const QString text = e.value(QLatin1String("text")).toString();
        if (kind == u"statement")
            ran.statements << (text == u"EXEC"
                                   ? text + u' ' + e.value(QLatin1String("object")).toString().toLower()
                                   : text);
        else if (kind == u"shell-statement")
            ran.cmdlets << text.toLower();
        else if (kind == u"lync")
            ran.poolChanges << text;
        else if (kind == u"parse-error" || kind == u"shell-syntax-error")
            ran.errors << kind + QStringLiteral(": ") + text;
    }
    return ran;
}

inline QStringList argsOf(const QJsonObject& entry)
{
    QStringList list;
    for (const QJsonValue& a : entry.value(QLatin1String("args")).toArray())
        list << a.toString();
    return list;
}

// The proof for one run with hostile values: nothing ran that the baseline (the same run with ordinary
// values) did not run, no batch or line failed to parse, and each value the run sends reached the server
// inside a quoted token of a batch (checked by T-SQL's quoting rules) or as a whole argument of a cmdlet.
inline void expectLiteralsOnly(const Ran& baseline, const Ran& ran, const QStringList& sentValues,
                               const std::string& where)
{
    EXPECT_TRUE(ran.errors.isEmpty()) << where << ": " << ran.errors.join(u'\n').toStdString();
    for (const QString& s : ran.statements)
        EXPECT_TRUE(baseline.statements.contains(s)) << where << ": unexpected statement " << s.toStdString();
    for (const QString& c : ran.cmdlets)
        EXPECT_TRUE(baseline.cmdlets.contains(c)) << where << ": unexpected cmdlet " << c.toStdString();
    for (const QString& c : ran.poolChanges)
        EXPECT_TRUE(baseline.poolChanges.contains(c))
            << where << ": unexpected pool change " << c.toStdString();
    for (const QString& value : sentValues) {
        bool reached = false;
        for (const QJsonObject& e : ran.entries) {
            const QString kind = e.value(QLatin1String("kind")).toString();
            if (kind == u"batch") {
                const Tokenized t = tokenizeTsql(e.value(QLatin1String("text")).toString());
                if (!isPlainName(value)) {
                    EXPECT_FALSE(t.skeleton.contains(value))
                        << where << ": " << shown(value) << " stands unquoted in a batch";
                }
                reached = reached || std::any_of(t.literals.begin(), t.literals.end(),
                                                 [&](const QString& l) { return l.contains(value); });
            } else if (kind == u"rpc" || kind == u"shell-statement") {
                const QStringList args = argsOf(e);
                reached = reached || std::any_of(args.begin(), args.end(), [&](const QString& a) {
                              return a == value || a.endsWith(u'=' + value) || a.contains(value);
                          });
            }
        }
        EXPECT_TRUE(reached) << where << ": " << shown(value) << " never reached the lab";
    }
}

inline QString databasesAndPool()
{
    QString state;
    for (const QString& instance : {QStringLiteral("PCSQL01\\PCHAT"), QStringLiteral("PCSQL02\\PCHAT")})
        state +=
            LabProcess::runTsql(WizardDriver::lab().port(instance),
                                QStringLiteral("SELECT name, state_desc FROM sys.databases ORDER BY name\n"
                                               "go\nexit\n"));
    const QJsonObject pool = WizardDriver::lab().control().pool();
    return state + QString::fromUtf8(QJsonDocument(pool).toJson(QJsonDocument::Compact));
}

} // namespace badinput
