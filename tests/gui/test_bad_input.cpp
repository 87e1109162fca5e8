// Bad input, table-driven: hostile and odd values typed into every field of the wizard and written into every
// text field of the plan file. Each value either gets a clear validation message at its field (Next and Run
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
#include "keyboard.h"
#include "labprocess.h"
#include "pages/steppage.h"
#include "plan/planjson.h"
#include "plan/planvalidator.h"
#include "steps/procedurescript.h"
#include "steps/scriptexporter.h"
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
using pchat::test::Keyboard;
using pchat::test::WizardDriver;

namespace {

// ---- the values ----------------------------------------------------------------------------------------

const QStringList& hostileValues()
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
std::string shown(const QString& value)
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
QString embedded(const QString& field, const QString& value)
{
    if (field == u"backup.shareFolder" || field == u"logShipping.backupNetworkPath")
        return QStringLiteral("\\\\FS01\\PChatLogShip\\") + value;
    if (field == u"logShipping.copyDestinationFolder" || field == u"logShipping.backupLocalPath")
        return QStringLiteral("E:\\PChatLSCopy\\") + value;
    if (field == u"backup.fileName" || field == u"logShipping.initializationBackupFile")
        return value + QStringLiteral(".bak");
    if (field.endsWith(u".physicalName"))
        return QStringLiteral("D:\\Data\\") + value + QStringLiteral(".mdf");
    if (field == u"lync.poolIdentity")
        return QStringLiteral("PersistentChatServer:") + value;
    if (field.endsWith(u".fqdn"))
        return value + QStringLiteral(".contoso.com");
    return {};
}

// ---- reading the scripts by the quoting rules -------------------------------------------------------------

// A script split into what runs (the skeleton) and the contents of its quoted tokens. The tokenizer follows
// the languages' documented quoting, independently of the backend's quoting code.
struct Tokenized
{
    QString skeleton;        // code outside quotes and comments, each quoted token as one placeholder
    QStringList literals;    // unescaped contents of strings and delimited identifiers
    QStringList expandables; // PowerShell double-quoted strings, where $ and ` are live
    QString comments;
};

bool isPsSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B);
}

bool isPsDoubleQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

Tokenized tokenizeTsql(const QString& text)
{
    Tokenized t;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == u"--") {
            const qsizetype end = text.indexOf(u'\n', i);
            t.comments += text.mid(i, end < 0 ? -1 : end - i) + u'\n';
            i = end < 0 ? text.size() : end;
        } else if (text.mid(i, 2) == u"/*") {
            // T-SQL block comments nest.
            int depth = 0;
            qsizetype j = i;
            while (j < text.size()) {
                if (text.mid(j, 2) == u"/*") {
                    ++depth;
                    j += 2;
                } else if (text.mid(j, 2) == u"*/") {
                    j += 2;
                    if (--depth == 0)
                        break;
                } else {
                    ++j;
                }
            }
            t.comments += text.mid(i, j - i) + u'\n';
            i = j;
        } else if (c == u'\'' || c == u'[' || c == u'"' ||
                   ((c == u'N' || c == u'n') && text.mid(i + 1, 1) == u"'")) {
            const qsizetype open = (c == u'N' || c == u'n') ? i + 1 : i;
            const QChar close = text.at(open) == u'[' ? QChar(u']') : text.at(open);
            QString content;
            qsizetype j = open + 1;
            for (; j < text.size(); ++j) {
                if (text.at(j) == close) {
                    if (text.mid(j + 1, 1) == QString(close)) {
                        content += close;
                        ++j;
                        continue;
                    }
                    break;
                }
                content += text.at(j);
            }
            t.literals << content;
            t.skeleton += text.at(open) == u'[' ? QStringLiteral("[id]") : QStringLiteral("'s'");
            i = j + 1;
        } else {
            t.skeleton += c;
            ++i;
        }
    }
    return t;
}

Tokenized tokenizePowerShell(const QString& text)
{
    Tokenized t;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (text.mid(i, 2) == u"<#") {
            const qsizetype end = text.indexOf(QStringLiteral("#>"), i);
            t.comments += text.mid(i, end < 0 ? -1 : end + 2 - i) + u'\n';
            i = end < 0 ? text.size() : end + 2;
        } else if (c == u'#') {
            const qsizetype end = text.indexOf(u'\n', i);
            t.comments += text.mid(i, end < 0 ? -1 : end - i) + u'\n';
            i = end < 0 ? text.size() : end;
        } else if (isPsSingleQuote(c)) {
            // Any of the four single quotes closes; two in a row are one literal quote.
            QString content;
            qsizetype j = i + 1;
            for (; j < text.size(); ++j) {
                if (isPsSingleQuote(text.at(j))) {
                    if (j + 1 < text.size() && isPsSingleQuote(text.at(j + 1))) {
                        content += text.at(j);
                        ++j;
                        continue;
                    }
                    break;
                }
                content += text.at(j);
            }
            t.literals << content;
            t.skeleton += QStringLiteral("'s'");
            i = j + 1;
        } else if (isPsDoubleQuote(c)) {
            QString content;
            qsizetype j = i + 1;
            for (; j < text.size(); ++j) {
                if (text.at(j) == u'`' && j + 1 < text.size()) {
                    content += text.at(++j);
                    continue;
                }
                if (isPsDoubleQuote(text.at(j))) {
                    if (j + 1 < text.size() && isPsDoubleQuote(text.at(j + 1))) {
                        content += text.at(j);
                        ++j;
                        continue;
                    }
                    break;
                }
                content += text.at(j);
            }
            t.literals << content;
            t.expandables << content;
            t.skeleton += QStringLiteral("\"s\"");
            i = j + 1;
        } else {
            t.skeleton += c;
            ++i;
        }
    }
    return t;
}

// A value that may stand unquoted in code (a host name in ":CONNECT", say) without being code itself.
bool isPlainName(const QString& value)
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

const QList<PlanField>& planFields()
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
    };
    return fields;
}

// Sets a value at a JSON path such as "lync.activeServers[0].fqdn".
QJsonValue withValue(const QJsonValue& node, QStringList parts, const QString& value)
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

QJsonValue valueAt(const QJsonValue& node, const QString& path)
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
            loaded.issues = PlanValidator::validate(*loaded.plan);
        }
        return loaded;
    }

    // The exported scripts, tokenized: file name -> tokens. The texts the export writes (ScriptExporter
    // writes each part's text, adding only a BOM and CRLF; the command-line test compares the files
    // themselves).
    static QMap<QString, Tokenized> exportScripts(const Plan& plan)
    {
        Plan exported = plan.withoutSecrets();
        exported.applyDerivedDefaults(QDate::currentDate());
        QMap<QString, Tokenized> scripts;
        for (const ScriptPart& part : ProcedureScript::parts(exported)) {
            const QString text = part.text(exported);
            scripts.insert(part.fileName, part.language == ScriptLanguage::TSql ? tokenizeTsql(text)
                                                                                : tokenizePowerShell(text));
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

QJsonArray executedSince(qint64 since, qint64* last = nullptr)
{
    const QJsonObject reply = WizardDriver::lab().control().send(LabControl::executedRequest(since, 100000));
    EXPECT_TRUE(reply.value(QLatin1String("ok")).toBool()) << "the lab has no executed log";
    if (last)
        *last = qint64(reply.value(QLatin1String("last")).toDouble());
    return reply.value(QLatin1String("entries")).toArray();
}

qint64 executedMark()
{
    qint64 last = 0;
    executedSince(std::numeric_limits<qint64>::max() / 2, &last);
    return last;
}

bool labCommand(const QJsonObject& request)
{
    return WizardDriver::lab().control().sendOk(request);
}

void resetLab()
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

Ran summarize(const QJsonArray& entries)
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

QStringList argsOf(const QJsonObject& entry)
{
    QStringList list;
    for (const QJsonValue& a : entry.value(QLatin1String("args")).toArray())
        list << a.toString();
    return list;
}

// The proof for one run with hostile values: nothing ran that the baseline (the same run with ordinary
// values) did not run, no batch or line failed to parse, and each value the run sends reached the server
// inside a quoted token of a batch (checked by T-SQL's quoting rules) or as a whole argument of a cmdlet.
void expectLiteralsOnly(const Ran& baseline, const Ran& ran, const QStringList& sentValues,
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
                if (!isPlainName(value))
                    EXPECT_FALSE(t.skeleton.contains(value))
                        << where << ": " << shown(value) << " stands unquoted in a batch";
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

QString databasesAndPool()
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

} // namespace

// ---- the plan file ---------------------------------------------------------------------------------------

TEST(BadInputPlanFile, EveryTextFieldIsRejectedByItsPathOrQuotedExactly)
{
    PlanFileCase files;
    int rejected = 0, quoted = 0;
    for (const PlanField& field : planFields()) {
        const QString benign =
            field.benign.isEmpty() ? valueAt(files.example(), field.path).toString() : field.benign;
        // Two baselines: the example's own value, and a distinct ordinary one (a path that differs from the
        // share adds a check of its own, for example).
        QList<QMap<QString, Tokenized>> baselines;
        for (const QString& ordinary : {benign, embedded(field.path, QStringLiteral("Benign7"))}) {
            if (ordinary.isEmpty())
                continue;
            const PlanFileCase::Loaded base = files.load(field.path, ordinary);
            ASSERT_TRUE(base.plan.has_value()) << base.loadError.toStdString();
            // The example's value is valid; the second one only where the field's rules allow it.
            ASSERT_TRUE(base.issues.isEmpty() || !baselines.isEmpty())
                << field.path.toStdString() << ": " << base.issues.constFirst().message.toStdString();
            if (base.issues.isEmpty())
                baselines << PlanFileCase::exportScripts(*base.plan);
        }
        const QMap<QString, Tokenized>& baseline = baselines.constFirst();
        QStringList values = hostileValues();
        for (const QString& value : hostileValues()) {
            const QString inPath = embedded(field.path, value);
            if (!inPath.isEmpty())
                values << inPath;
        }
        for (const QString& value : values) {
            const std::string where = field.path.toStdString() + " = " + shown(value);
            const PlanFileCase::Loaded loaded = files.load(field.path, value);
            ASSERT_TRUE(loaded.plan.has_value()) << where << ": " << loaded.loadError.toStdString();
            // Never quoted: an invisible format character in any field, a path in the database name that
            // names the standby file.
            if (value.contains(QChar(0x202E)) || value.contains(QChar(0x200B)))
                EXPECT_FALSE(loaded.issues.isEmpty())
                    << where << ": an invisible format character was accepted";
            if (field.path == u"mgcDatabase" && value.contains(u'\\'))
                EXPECT_FALSE(loaded.issues.isEmpty()) << where << ": a path was accepted as a database name";
            if (!loaded.issues.isEmpty()) {
                // Rejected: the message names the field that was written.
                ++rejected;
                const bool named =
                    std::any_of(loaded.issues.begin(), loaded.issues.end(), [&](const ValidationIssue& i) {
                        return i.field == field.path && !i.message.isEmpty();
                    });
                EXPECT_TRUE(named) << where << ": rejected as "
                                   << loaded.issues.constFirst().field.toStdString() << ": "
                                   << loaded.issues.constFirst().message.toStdString();
                continue;
            }
            ++quoted;
            const QJsonObject reloaded = PlanJson::toJson(*loaded.plan);
            // An empty name takes the name SSMS would derive (applyDerivedDefaults); anything else is kept.
            if (!value.isEmpty())
                EXPECT_EQ(valueAt(reloaded, field.path).toString(), value) << where << ": not kept exactly";
            const QMap<QString, Tokenized> scripts = PlanFileCase::exportScripts(*loaded.plan);
            EXPECT_EQ(scripts.keys(), baseline.keys()) << where;
            bool found = false;
            for (auto it = scripts.cbegin(); it != scripts.cend(); ++it) {
                QString skeleton = it->skeleton;
                if (!value.isEmpty() && skeleton.contains(value)) {
                    // Unquoted only where the value is a plain name (a host in a header), never code.
                    EXPECT_TRUE(isPlainName(value) && isPlainName(benign))
                        << where << ": stands unquoted in " << it.key().toStdString();
                    skeleton.replace(value, benign);
                }
                // An empty value may leave out its clause (DESCRIPTION); any other keeps the structure.
                const bool same = std::any_of(baselines.begin(), baselines.end(), [&](const auto& b) {
                    return b.value(it.key()).skeleton == skeleton;
                });
                if (!value.isEmpty())
                    EXPECT_TRUE(same)
                        << where << ": the structure of " << it.key().toStdString() << " changed:\n"
                        << skeleton.toStdString();
                for (const QString& expandable : it->expandables) {
                    if (!value.isEmpty() && expandable.contains(value))
                        EXPECT_FALSE(value.contains(u'$') || value.contains(u'`'))
                            << where << ": inside an expandable string in " << it.key().toStdString();
                }
                found = found || std::any_of(it->literals.begin(), it->literals.end(), [&](const QString& l) {
                            return !value.isEmpty() && l.contains(value);
                        });
            }
            if (field.inScripts && !value.isEmpty())
                EXPECT_TRUE(found) << where << ": the value is in no quoted token of the scripts";
        }
    }
    std::cout << "plan file: " << rejected << " values rejected by their field, " << quoted
              << " quoted exactly" << std::endl;
    EXPECT_GT(rejected, 0);
    EXPECT_GT(quoted, 0);
}

TEST(BadInputPlanFile, TheCommandLineExportRejectsByPathOrWritesTheSameScripts)
{
    // --plan FILE --export-script DIR, the way change approval gets the scripts: the same verdict and the
    // same bytes as the exporter in-process.
    PlanFileCase files;
    const QString path = QStringLiteral("backup.backupSetName");
    for (const QString& value : hostileValues()) {
        const std::string where = path.toStdString() + " = " + shown(value);
        const PlanFileCase::Loaded loaded = files.load(path, value);
        ASSERT_TRUE(loaded.plan.has_value());
        const QString folder = files.directory() + QStringLiteral("/cli-") + QString::number(qHash(value));
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--plan"), loaded.file,
                   QStringLiteral("--export-script"), folder});
        ASSERT_TRUE(cli.waitForFinished(30000)) << where;
        const QString errors = QString::fromUtf8(cli.readAllStandardError());
        if (!loaded.issues.isEmpty()) {
            EXPECT_NE(cli.exitCode(), 0) << where;
            EXPECT_TRUE(errors.contains(path)) << where << ": " << errors.toStdString();
            EXPECT_FALSE(QDir(folder).exists(QStringLiteral("03-backup-mgc.sql"))) << where;
            continue;
        }
        EXPECT_EQ(cli.exitCode(), 0) << where << ": " << errors.toStdString();
        const QString inProcess = files.directory() + QStringLiteral("/in-") + QString::number(qHash(value));
        QStringList exportErrors;
        ScriptExporter::exportTo(*loaded.plan, inProcess, &exportErrors);
        QFile a(QDir(folder).filePath(QStringLiteral("03-backup-mgc.sql")));
        QFile b(QDir(inProcess).filePath(QStringLiteral("03-backup-mgc.sql")));
        ASSERT_TRUE(a.open(QIODevice::ReadOnly)) << where;
        ASSERT_TRUE(b.open(QIODevice::ReadOnly)) << where;
        const QByteArray bytes = a.readAll();
        EXPECT_EQ(bytes, b.readAll()) << where;
        QString literal = value;
        literal.replace(u'\'', QStringLiteral("''"));
        EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("N'") + literal + u'\''))
            << where << ": the backup set name is not the N'...' literal of the value";
    }
}

// ---- every field of the wizard ---------------------------------------------------------------------------

namespace {

struct FieldOutcome
{
    int messages = 0;
    int accepted = 0;
};

class WizardSweep
{
public:
    explicit WizardSweep(WizardDriver& driver)
        : m_driver(driver)
    {
    }

    // Types every value into every editable text field and spin box of the current page.
    void sweepPage()
    {
        QWizardPage* page = m_driver.wizard().currentPage();
        auto* stepPage = qobject_cast<StepPage*>(page);
        if (stepPage)
            QTRY_VERIFY_WITH_TIMEOUT(!stepPage->isBusy(), 30000);
        QList<QLineEdit*> edits;
        for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
            QString name = edit->objectName();
            if (auto* combo = qobject_cast<QComboBox*>(edit->parentWidget()); combo && combo->isEditable())
                name = combo->objectName();
            if (name.isEmpty() || name.startsWith(QLatin1String("qt_")))
                continue; // the line edit inside a spin box or a time edit: the spin box is swept itself
            if (edit->isReadOnly() || !edit->isEnabled()) {
                m_skipped.insert(name, edit->isReadOnly() ? QStringLiteral("read-only display")
                                                          : QStringLiteral("disabled"));
                continue;
            }
            edits << edit;
        }
        for (QLineEdit* edit : std::as_const(edits))
            sweepLineEdit(page, edit);
        for (QSpinBox* spin : page->findChildren<QSpinBox*>()) {
            if (!spin->objectName().isEmpty() && spin->isEnabled())
                sweepSpinBox(page, spin);
        }
    }

    // The active server table: each cell edited in place as the operator does (double-click, type, Enter).
    void sweepTable(const QString& tableName, const QStringList& columnFields)
    {
        QWizardPage* page = m_driver.wizard().currentPage();
        auto* table = page->findChild<QTableWidget*>(tableName);
        ASSERT_NE(table, nullptr) << tableName.toStdString();
        ASSERT_GE(table->rowCount(), 1);
        auto* summary = page->findChild<QLabel*>(QStringLiteral("issueSummary"));
        QPushButton* run = runButton(page);
        for (int column = 0; column < columnFields.size(); ++column) {
            const QString original = table->item(0, column)->text();
            FieldOutcome& outcome =
                m_outcomes[page->objectName() + u'/' + tableName + u'.' + columnFields.at(column)];
            QStringList values = hostileValues();
            for (const QString& value : hostileValues()) {
                if (columnFields.at(column) == u"fqdn")
                    values << embedded(QStringLiteral(".fqdn"), value);
            }
            for (const QString& value : values) {
                const std::string where = tableName.toStdString() + "." +
                                          columnFields.at(column).toStdString() + " = " + shown(value);
                editCell(table, column, value);
                const QString path = QStringLiteral("lync.activeServers[0].") + columnFields.at(column);
                const ValidationIssues issues = PlanValidator::validate(m_driver.wizard().plan(), {path});
                if (!issues.isEmpty()) {
                    ++outcome.messages;
                    EXPECT_TRUE(summary && summary->isVisibleTo(page) && !summary->text().isEmpty())
                        << where << ": refused without a message on the page";
                    EXPECT_FALSE(forwardOpen()) << where;
                    if (run)
                        EXPECT_FALSE(run->isEnabled()) << where;
                } else {
                    ++outcome.accepted;
                    // The table keeps what was typed; the plan takes it without surrounding blanks.
                    QString expected = table->item(0, column)->text();
                    EXPECT_EQ(valueAt(PlanJson::toJson(m_driver.wizard().plan()), path).toString(),
                              expected.trimmed())
                        << where;
                }
            }
            editCell(table, column, original);
        }
        EXPECT_TRUE(PlanValidator::validate(m_driver.wizard().plan(), {QStringLiteral("lync.activeServers")})
                        .isEmpty());
    }

    void print() const
    {
        QString out =
            QStringLiteral("\nBad input, wizard fields (value typed -> validation message / kept):\n");
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            out += QStringLiteral("  %1 %2 messages, %3 kept\n")
                       .arg(it.key().leftJustified(36), QString::number(it->messages).rightJustified(3),
                            QString::number(it->accepted).rightJustified(3));
        out += QStringLiteral("Skipped:\n");
        for (auto it = m_skipped.cbegin(); it != m_skipped.cend(); ++it)
            out += QStringLiteral("  %1 %2\n").arg(it.key().leftJustified(36), it.value());
        std::cout << out.toStdString() << std::flush;
    }

    int fieldCount() const { return int(m_outcomes.size()); }

private:
    bool forwardOpen() const
    {
        const QWizard& w = m_driver.wizard();
        return (w.button(QWizard::NextButton)->isVisible() && w.button(QWizard::NextButton)->isEnabled()) ||
               (w.button(QWizard::CommitButton)->isVisible() && w.button(QWizard::CommitButton)->isEnabled());
    }

    QPushButton* runButton(QWizardPage* page) const
    {
        return qobject_cast<StepPage*>(page) ? page->findChild<QPushButton*>(QStringLiteral("runButton"))
                                             : nullptr;
    }

    void sweepLineEdit(QWizardPage* page, QLineEdit* edit)
    {
        auto* combo = qobject_cast<QComboBox*>(edit->parentWidget());
        QWidget* field = combo ? static_cast<QWidget*>(combo) : edit;
        const QString name = field->objectName();
        const QString planField = field->property("planField").toString();
        const QString original = edit->text();
        const bool forwardBefore = forwardOpen();
        QPushButton* run = runButton(page);
        const bool runBefore = run && run->isEnabled();
        QStringList values = hostileValues();
        for (const QString& value : hostileValues()) {
            const QString inPath = embedded(planField, value);
            if (!inPath.isEmpty())
                values << inPath;
        }
        FieldOutcome& outcome = m_outcomes[page->objectName() + u'/' + name];
        for (const QString& value : values) {
            const std::string where = name.toStdString() + " = " + shown(value);
            Keyboard::typeInto(edit, value);
            const QString got = edit->text();
            // A line edit holds one line: a pasted line break does not survive into the field.
            if (got != value)
                EXPECT_TRUE(value.contains(u'\n')) << where << ": the field shows " << shown(got);
            auto* message = page->findChild<QLabel*>(name + QStringLiteral("Message"));
            if (field->property("invalid").toBool()) {
                ++outcome.messages;
                ASSERT_NE(message, nullptr) << where;
                EXPECT_TRUE(message->isVisibleTo(page) && !message->text().isEmpty())
                    << where << ": marked invalid without a message";
                EXPECT_FALSE(forwardOpen()) << where << ": Next is open with an invalid value";
                if (run)
                    EXPECT_FALSE(run->isEnabled()) << where << ": Run is open with an invalid value";
            } else {
                ++outcome.accepted;
                expectKept(page, name, planField, got, where);
            }
        }
        Keyboard::typeInto(edit, original);
        EXPECT_FALSE(field->property("invalid").toBool())
            << name.toStdString() << " after the original value";
        EXPECT_EQ(forwardOpen(), forwardBefore) << name.toStdString() << " after the original value";
        if (run)
            EXPECT_EQ(run->isEnabled(), runBefore) << name.toStdString() << " after the original value";
    }

    // An accepted value is in the plan exactly as the field shows it (or, for the fields outside the plan,
    // does what the page says it does).
    void expectKept(QWizardPage* page, const QString& name, const QString& planField, const QString& got,
                    const std::string& where)
    {
        const Plan& plan = m_driver.wizard().plan();
        if (planField.endsWith(QLatin1String(".password"))) {
            const InstanceSettings& instance =
                planField.startsWith(QLatin1String("backup")) ? plan.backupInstance : plan.primaryInstance;
            EXPECT_EQ(instance.password, got) << where;
        } else if (planField == u"lync.shellProgram") {
            // A setting of this computer, not written to a plan file.
            EXPECT_EQ(plan.lync.shellProgram, got) << where;
        } else if (!planField.isEmpty()) {
            EXPECT_EQ(valueAt(PlanJson::toJson(plan), planField).toString(), got) << where;
        } else if (name == u"shellArguments") {
            EXPECT_EQ(plan.lync.shellArguments, QProcess::splitCommand(got)) << where;
        } else if (name.startsWith(QLatin1String("confirm"))) {
            // The typed confirmation: anything but the target keeps Run closed and says why.
            QPushButton* run = runButton(page);
            ASSERT_NE(run, nullptr) << where;
            auto* reason = page->findChild<QLabel*>(QStringLiteral("runReason"));
            EXPECT_FALSE(run->isEnabled()) << where << ": Run opens for a confirmation that does not match";
            EXPECT_TRUE(reason && reason->isVisibleTo(page) && !reason->text().isEmpty()) << where;
        } else {
            ADD_FAILURE() << where << ": a field that is in no plan field and not known to this test";
        }
    }

    void sweepSpinBox(QWizardPage* page, QSpinBox* spin)
    {
        const QString planField = spin->property("planField").toString();
        const int original = spin->value();
        FieldOutcome& outcome = m_outcomes[page->objectName() + u'/' + spin->objectName()];
        for (const QString& value : hostileValues()) {
            const std::string where = spin->objectName().toStdString() + " = " + shown(value);
            QLineEdit* edit = spin->findChild<QLineEdit*>();
            ASSERT_NE(edit, nullptr);
            Keyboard::typeInto(edit, value);
            // The spin box accepts digits only: whatever was typed, it holds a number in its range, and the
            // plan holds that number.
            EXPECT_GE(spin->value(), spin->minimum()) << where;
            EXPECT_LE(spin->value(), spin->maximum()) << where;
            if (!planField.isEmpty())
                EXPECT_EQ(valueAt(PlanJson::toJson(m_driver.wizard().plan()), planField).toInt(),
                          spin->value())
                    << where;
            ++(spin->property("invalid").toBool() ? outcome.messages : outcome.accepted);
        }
        spin->setValue(original);
        QTest::keyClick(spin, Qt::Key_Tab);
    }

    static void editCell(QTableWidget* table, int column, const QString& value)
    {
        // As the operator does: select the cell, F2, type, Enter.
        table->window()->activateWindow();
        table->setFocus();
        table->setCurrentCell(0, column);
        QTest::keyClick(table, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        for (QLineEdit* candidate : table->viewport()->findChildren<QLineEdit*>()) {
            if (candidate->isVisible())
                editor = candidate;
        }
        ASSERT_NE(editor, nullptr) << "no cell editor opened";
        Keyboard::typeInto(editor, value);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !editor->isVisible() || table->viewport()->findChildren<QLineEdit*>().isEmpty(), 2000);
    }

    WizardDriver& m_driver;
    QMap<QString, FieldOutcome> m_outcomes;
    QMap<QString, QString> m_skipped;
};

} // namespace

TEST(BadInputWizard, EveryFieldShowsAMessageOrKeepsTheValueExactly)
{
    resetLab();
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    WizardSweep sweep(driver);
    // The pages with fields, in the order the operator meets them; the steps before each run on the way.
    for (const QString& page : {QStringLiteral("environmentPage"), QStringLiteral("backupPage"),
                                QStringLiteral("restorePage"), QStringLiteral("logShippingPage"),
                                QStringLiteral("setActiveServersPage"), QStringLiteral("poolNormalPage")}) {
        driver.walkTo(page);
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << page.toStdString();
        sweep.sweepPage();
        if (page == u"setActiveServersPage")
            sweep.sweepTable(QStringLiteral("activeServersTable"),
                             {QStringLiteral("fqdn"), QStringLiteral("dataCenter")});
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << page.toStdString();
    }
    sweep.print();
    EXPECT_GE(sweep.fieldCount(), 30) << "the sweep found fewer fields than the pages have";
}

// ---- values that reach the lab
// -----------------------------------------------------------------------------

namespace {

// Waits for Preflight's checks on the current page (running them again when they ran before) and
// acknowledges warnings; returns whether Next opened.
bool runPreflight(WizardDriver& driver)
{
    auto* recheck = driver.find<QPushButton>(QStringLiteral("runChecksButton"));
    if (!recheck)
        return false;
    if (!QTest::qWaitFor([&] { return recheck->isEnabled(); }, 60000))
        return false;
    if (recheck->text().contains(QStringLiteral("Re-chec"))) {
        QTest::mouseClick(recheck, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return recheck->isEnabled(); }, 60000))
            return false;
    }
    auto* acknowledge = driver.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
    if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
        QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
    return driver.nextButton()->isEnabled();
}

void back(WizardDriver& driver)
{
    QTest::mouseClick(driver.wizard().button(QWizard::BackButton), Qt::LeftButton);
}

// Clicks Run and waits for the step to end, whatever the end.
StepStatus runStep(WizardDriver& driver)
{
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    if (!page || !run || !QTest::qWaitFor([&] { return run->isEnabled(); }, 20000))
        return StepStatus::NotInspected;
    // The run starts once the audit trail could record it: until then the status is the last run's.
    FailbackStep* step = page->stepObject();
    bool started = false;
    const QMetaObject::Connection watch =
        QObject::connect(step, &FailbackStep::statusChanged, step, [&started](StepStatus status) {
            started = started || status == StepStatus::Running;
        });
    QTest::mouseClick(run, Qt::LeftButton);
    const bool ended = QTest::qWaitFor([&] { return started && !page->isBusy(); }, 60000);
    QObject::disconnect(watch);
    return ended ? step->status() : StepStatus::Running;
}

// Re-check (the inspection reads the state again, as after any change of the page), then Run.
StepStatus inspectAndRun(WizardDriver& driver)
{
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    auto* inspect = driver.find<QPushButton>(QStringLiteral("inspectButton"));
    if (!page || !inspect || !QTest::qWaitFor([&] { return !page->isBusy() && inspect->isEnabled(); }, 30000))
        return StepStatus::NotInspected;
    QTest::mouseClick(inspect, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !page->isBusy(); }, 30000))
        return StepStatus::Inspecting;
    return runStep(driver);
}

bool fieldRefuses(WizardDriver& driver, const QString& objectName)
{
    auto* edit = driver.find<QLineEdit>(objectName);
    return edit && edit->property("invalid").toBool();
}

} // namespace

TEST(BadInputLab, DatabaseAndFolderNamesReachPreflightOnlyAsLiterals)
{
    resetLab();
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.next();
    const QString startState = databasesAndPool();

    // Preflight with the example's names: what it runs with ordinary values.
    qint64 mark = executedMark();
    driver.next();
    ASSERT_TRUE(runPreflight(driver));
    const Ran baseline = summarize(executedSince(mark));
    ASSERT_FALSE(baseline.statements.isEmpty());
    back(driver);

    // Each round puts another value into each field, so that every value meets every field.
    struct Field
    {
        QString objectName;
        QString path;
        bool sent; // Preflight sends it to a server
    };
    const QList<Field> fields{
        {QStringLiteral("mgcDatabase"), QStringLiteral("mgcDatabase"), true},
        {QStringLiteral("mgccompDatabase"), QStringLiteral("mgccompDatabase"), true},
        {QStringLiteral("shareFolder"), QStringLiteral("backup.shareFolder"), true},
        {QStringLiteral("copyDestinationFolder"), QStringLiteral("logShipping.copyDestinationFolder"), true},
        {QStringLiteral("activeServerCollection"), QStringLiteral("lync.activeServerCollection"), false},
        {QStringLiteral("backupInstanceName"), QStringLiteral("backupInstance.name"), false},
        {QStringLiteral("primaryInstanceName"), QStringLiteral("primaryInstance.name"), false},
    };
    QMap<QString, QString> originals;
    for (const Field& field : fields)
        originals.insert(field.objectName, driver.find<QLineEdit>(field.objectName)->text());
    const QStringList& values = hostileValues();
    int sentCount = 0;
    for (int round = 0; round < values.size(); ++round) {
        QStringList sent;
        QStringList typed;
        for (int i = 0; i < fields.size(); ++i) {
            const Field& field = fields.at(i);
            const QString raw = values.at((i + round) % values.size());
            const QString inPath = embedded(field.path, raw);
            const QString value = inPath.isEmpty() ? raw : inPath;
            driver.retype(field.objectName, originals.value(field.objectName));
            Keyboard::typeInto(driver.find<QLineEdit>(field.objectName), value);
            if (fieldRefuses(driver, field.objectName)) {
                driver.retype(field.objectName, originals.value(field.objectName));
                continue;
            }
            typed << field.objectName + u'=' + QString::fromStdString(shown(value));
            if (field.sent && !value.isEmpty())
                sent << value;
        }
        // Two values may refuse each other (mgc and MGC): then the later field takes its original value.
        for (int i = int(fields.size()) - 1; i >= 0 && !driver.nextButton()->isEnabled(); --i) {
            driver.retype(fields.at(i).objectName, originals.value(fields.at(i).objectName));
            sent.removeIf([&](const QString& v) { return typed.value(i).contains(v); });
        }
        ASSERT_TRUE(driver.nextButton()->isEnabled()) << "round " << round;
        mark = executedMark();
        driver.next();
        runPreflight(driver);
        const std::string where = "round " + std::to_string(round) + ": " + typed.join(u' ').toStdString();
        expectLiteralsOnly(baseline, summarize(executedSince(mark)), sent, where);
        sentCount += int(sent.size());
        back(driver);
    }
    for (const Field& field : fields)
        driver.retype(field.objectName, originals.value(field.objectName));
    EXPECT_GT(sentCount, 40) << "too few hostile values reached Preflight";
    EXPECT_EQ(databasesAndPool(), startState) << "Preflight changed the lab's world";
}

TEST(BadInputLab, BackupSetNamesAndDescriptionsReachTheServerOnlyAsLiterals)
{
    resetLab();
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.walkTo(QStringLiteral("backupPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    qint64 mark = executedMark();
    ASSERT_EQ(inspectAndRun(driver), StepStatus::Done);
    const Ran baseline = summarize(executedSince(mark));
    int ran = 0;
    for (const QString& value : hostileValues()) {
        const std::string where = "backup set name and description = " + shown(value);
        Keyboard::typeInto(driver.find<QLineEdit>(QStringLiteral("backupSetName")), value);
        Keyboard::typeInto(driver.find<QLineEdit>(QStringLiteral("backupDescription")), value);
        if (fieldRefuses(driver, QStringLiteral("backupSetName")) ||
            fieldRefuses(driver, QStringLiteral("backupDescription"))) {
            EXPECT_FALSE(driver.find<QPushButton>(QStringLiteral("runButton"))->isEnabled()) << where;
            continue;
        }
        mark = executedMark();
        // A backup is always made anew: the same step runs again with the value.
        EXPECT_EQ(inspectAndRun(driver), StepStatus::Done)
            << where << ": " << page->stepObject()->outcome().summary.toStdString();
        const Ran hostile = summarize(executedSince(mark));
        expectLiteralsOnly(baseline, hostile, {value}, where);
        // The server took both as whole values: the BACKUP statement's evaluated options.
        bool named = false;
        for (const QJsonObject& e : hostile.entries) {
            if (e.value(QLatin1String("text")).toString() != u"BACKUP DATABASE")
                continue;
            const QStringList args = argsOf(e);
            named = args.contains(QStringLiteral("NAME=") + value) &&
                    args.contains(QStringLiteral("DESCRIPTION=") + value);
            EXPECT_EQ(e.value(QLatin1String("object")).toString(), QStringLiteral("mgc")) << where;
        }
        EXPECT_TRUE(named) << where << ": the BACKUP's NAME and DESCRIPTION are not the values";
        ++ran;
    }
    EXPECT_GE(ran, 15);
}

TEST(BadInputLab, CollectionIdentityReachesTheShellOnlyAsALiteral)
{
    resetLab();
    WizardDriver driver;
    driver.confirmAssumptions();
    driver.walkTo(QStringLiteral("clearActiveServersPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
    qint64 mark = executedMark();
    ASSERT_EQ(inspectAndRun(driver), StepStatus::Done);
    const Ran baseline = summarize(executedSince(mark));
    ASSERT_TRUE(baseline.cmdlets.contains(QStringLiteral("set-cspersistentchatactiveserver")));
    const QString original = driver.wizard().plan().lync.activeServerCollection;
    int ran = 0;
    for (const QString& value : hostileValues()) {
        const std::string where = "active server collection = " + shown(value);
        back(driver);
        back(driver);
        ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
        Keyboard::typeInto(driver.find<QLineEdit>(QStringLiteral("activeServerCollection")), value);
        if (fieldRefuses(driver, QStringLiteral("activeServerCollection"))) {
            EXPECT_FALSE(driver.nextButton()->isEnabled()) << where;
            driver.retype(QStringLiteral("activeServerCollection"), original);
        }
        driver.next();
        ASSERT_TRUE(runPreflight(driver)) << where;
        driver.next();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        if (driver.wizard().plan().lync.activeServerCollection != value)
            continue;
        mark = executedMark();
        // The page still shows the last run's end: Re-check reads the state for the new value, then Run.
        const StepStatus status = inspectAndRun(driver);
        const Ran hostile = summarize(executedSince(mark));
        expectLiteralsOnly(baseline, hostile, {value}, where);
        // No collection of that name: the cmdlet fails, says so, and changes nothing.
        EXPECT_EQ(status, StepStatus::Failed) << where;
        EXPECT_TRUE(hostile.poolChanges.isEmpty()) << where;
        bool literal = false;
        for (const QJsonObject& e : hostile.entries) {
            if (e.value(QLatin1String("kind")) == QLatin1String("shell-statement") &&
                e.value(QLatin1String("text")) == QLatin1String("Set-CsPersistentChatActiveServer"))
                literal = argsOf(e).contains(value);
        }
        EXPECT_TRUE(literal) << where << ": -Identity did not reach the shell as one literal";
        ++ran;
    }
    EXPECT_GE(ran, 15);
}

TEST(BadInputLab, LogShippingNamesAndFoldersReachTheServerOnlyAsLiterals)
{
    // Step 5 runs once per lab state, so the baseline is a walk with ordinary names and the proof a second
    // walk with a different hostile value in each of its names and folders.
    const auto walkAndRun = [](const QMap<QString, QString>& values, Ran* ran, QStringList* sent) {
        resetLab();
        WizardDriver driver;
        driver.confirmAssumptions();
        driver.walkTo(QStringLiteral("logShippingPage"));
        ASSERT_FALSE(testing::Test::HasFatalFailure());
        auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            Keyboard::typeInto(driver.find<QLineEdit>(it.key()), it.value());
            EXPECT_FALSE(fieldRefuses(driver, it.key()))
                << it.key().toStdString() << " = " << shown(it.value());
            *sent << it.value();
        }
        driver.retype(QStringLiteral("confirmSecondaryDatabase"), driver.wizard().plan().mgcDatabase);
        driver.retype(QStringLiteral("confirmSecondaryInstance"), driver.wizard().plan().backupInstance.name);
        const qint64 mark = executedMark();
        const StepStatus status = runStep(driver);
        EXPECT_EQ(status, StepStatus::Done) << page->stepObject()->outcome().summary.toStdString() << " "
                                            << page->stepObject()->outcome().error.text.toStdString();
        *ran = summarize(executedSince(mark));
        if (qEnvironmentVariableIsSet("PCHAT_DEBUG_EXECUTED")) {
            for (const QJsonObject& e : ran->entries)
                std::cout << QJsonDocument(e).toJson(QJsonDocument::Compact).toStdString() << std::endl;
        }
    };
    Ran baseline;
    QStringList none;
    walkAndRun({}, &baseline, &none);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    ASSERT_FALSE(baseline.statements.isEmpty());
    const QMap<QString, QString> hostile{
        {QStringLiteral("backupJobName"), QStringLiteral("a;DROP DATABASE mgc;--")},
        {QStringLiteral("copyJobName"), QStringLiteral("O'Brien")},
        {QStringLiteral("restoreJobName"), QStringLiteral("[x]")},
        {QStringLiteral("backupScheduleName"), QStringLiteral("$(Remove-Item C:\\)")},
        {QStringLiteral("copyScheduleName"), QStringLiteral("`whoami`")},
        {QStringLiteral("restoreScheduleName"), QStringLiteral("M\u00fcller-Stra\u00dfe */ /*")},
        {QStringLiteral("logShippingCopyFolder"), QStringLiteral("E:\\PChatLSCopy\\O'Brien]; --")},
        {QStringLiteral("initializationBackupFile"), QStringLiteral("\u65e5\u672c'];--.bak")},
    };
    Ran ran;
    QStringList sent;
    walkAndRun(hostile, &ran, &sent);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    expectLiteralsOnly(baseline, ran, sent, "log shipping with hostile names");
}

TEST(BadInputPlanFile, TheQuotingRulesTellAQuotedValueFromCode)
{
    // The checks above rest on these readings: a correctly quoted value is one token and leaves the code as
    // it is; the same value spliced in without its quotes doubled changes the code.
    const Tokenized quoted =
        tokenizeTsql(QStringLiteral("BACKUP DATABASE [a]]b] TO DISK = N'O''Brien;--' -- x\n"));
    EXPECT_EQ(quoted.literals, (QStringList{QStringLiteral("a]b"), QStringLiteral("O'Brien;--")}));
    EXPECT_EQ(quoted.skeleton, QStringLiteral("BACKUP DATABASE [id] TO DISK = 's' \n"));
    const Tokenized spliced =
        tokenizeTsql(QStringLiteral("BACKUP DATABASE [a]b] TO DISK = N'O'Brien;--' -- x\n"));
    EXPECT_NE(spliced.skeleton, quoted.skeleton);

    const Tokenized ps =
        tokenizePowerShell(QStringLiteral("Set-CsPersistentChatState -Identity 'O''Brien' # c\n"));
    EXPECT_EQ(ps.literals, QStringList{QStringLiteral("O'Brien")});
    // PowerShell closes a single-quoted string at a typographic quote too: doubled it stays a literal.
    const Tokenized typographic = tokenizePowerShell(QStringLiteral("X -Identity 'O\u2019\u2019Brien'\n"));
    EXPECT_EQ(typographic.literals, QStringList{QStringLiteral("O\u2019Brien")});
    const Tokenized broken = tokenizePowerShell(QStringLiteral("X -Identity 'O\u2019Brien'\n"));
    EXPECT_NE(broken.skeleton, typographic.skeleton);
    const Tokenized expandable = tokenizePowerShell(QStringLiteral("X -Identity \"$(Remove-Item C:\\)\"\n"));
    EXPECT_EQ(expandable.expandables, QStringList{QStringLiteral("$(Remove-Item C:\\)")});
}
