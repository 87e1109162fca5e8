// The lab's message catalog against docs/lab-messages.md, the table that cites Microsoft's documentation row
// of every message: number, severity, state and text must agree, and every number the lab raises must be
// listed.
#include "lab/tsql/sqlmessages.h"

#include <gtest/gtest.h>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace pchatlab;

namespace {

struct Row
{
    int severity = 0;
    int state = 0;
    QString text;
    QString docsSeverity;
    QString docsText;
    QString notes;
};

QMap<int, Row> readTable()
{
    QMap<int, Row> rows;
    QFile file(QStringLiteral(PCHAT_SOURCE_DIR "/docs/lab-messages.md"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    static const QRegularExpression rowStart(QStringLiteral("^\\| \\d+ \\|"));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!rowStart.match(line).hasMatch())
            continue;
        // "| a | b |" -> a, b (no cell holds " | ").
        const QStringList cells = line.mid(2, line.size() - 4).split(QStringLiteral(" | "));
        if (cells.size() != 8) {
            ADD_FAILURE() << "malformed row: " << line.toStdString();
            continue;
        }
        Row r;
        r.severity = cells[1].toInt();
        r.state = cells[2].toInt();
        r.text = cells[3];
        r.docsSeverity = cells[4];
        r.docsText = cells[5];
        r.notes = cells[7];
        rows.insert(cells[0].toInt(), r);
    }
    return rows;
}

// The documentation's printf-style placeholders numbered in order, as the lab writes them.
QString numbered(QString docs)
{
    docs.replace(QStringLiteral("%d.%03d"), QStringLiteral("%s")); // one number with three decimals
    static const QRegularExpression placeholder(
        QStringLiteral("%(S_MSG|S_PGID|\\.\\*ls|\\.\\*s|I64d|I64u|ls|hs|ld|lu|d|i|u|s|x)"));
    QString out;
    int n = 0;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(docs);
    while (it.hasNext()) {
        const auto m = it.next();
        out += docs.mid(at, m.capturedStart() - at) + u'%' + QString::number(++n);
        at = m.capturedEnd();
    }
    out += docs.mid(at);
    out.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return out;
}

QString labSources()
{
    QString all;
    QDirIterator it(QStringLiteral(PCHAT_SOURCE_DIR "/lab"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("sqlmessages.cpp")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(f.readAll()) + u'\n';
    }
    return all;
}

} // namespace

TEST(MessageCatalog, EveryMessageMatchesItsCitedRow)
{
    const QMap<int, Row> table = readTable();
    ASSERT_GT(table.size(), 50);
    for (int number : SqlMessages::numbers()) {
        SCOPED_TRACE(number);
        ASSERT_TRUE(table.contains(number)) << "no row in docs/lab-messages.md";
        const Row& r = table[number];
        EXPECT_EQ(SqlMessages::severity(number), r.severity);
        EXPECT_EQ(SqlMessages::state(number), r.state);
        EXPECT_EQ(SqlMessages::templateText(number), r.text);
        if (r.docsText == u"-") {
            EXPECT_TRUE(r.notes.startsWith(QLatin1String("Not in the documentation")))
                << "a message without a documented row needs its source in the notes";
            continue;
        }
        const bool same = r.docsSeverity.toInt() == r.severity && numbered(r.docsText) == r.text;
        EXPECT_TRUE(same || r.notes.startsWith(QLatin1String("Differs:")))
            << "documented: " << r.docsSeverity.toStdString() << " " << numbered(r.docsText).toStdString();
        EXPECT_FALSE(same && r.notes.startsWith(QLatin1String("Differs:"))) << "says it differs but does not";
    }
    for (int number : table.keys())
        EXPECT_TRUE(SqlMessages::numbers().contains(number)) << number << " is listed but not in the catalog";
}

TEST(MessageCatalog, EveryRaisedNumberIsInTheCatalogAndEveryEntryIsRaised)
{
    const QString sources = labSources();
    ASSERT_FALSE(sources.isEmpty());
    // A message built outside the catalog would escape the table: only the catalog constructs numbered errors
    // (PRINT's 0 and RAISERROR's own number and severity excepted).
    static const QRegularExpression direct(QStringLiteral("SqlError(?:\\s+\\w+)?\\(\\s*[1-9]"));
    EXPECT_FALSE(direct.match(sources).hasMatch()) << direct.match(sources).captured(0).toStdString();
    static const QRegularExpression raised(QStringLiteral("(?:error|sendMessage|fail)\\(\\s*(\\d{3,5})\\b"));
    const QList<int> catalog = SqlMessages::numbers();
    auto it = raised.globalMatch(sources);
    QSet<int> seen;
    while (it.hasNext())
        seen.insert(it.next().captured(1).toInt());
    ASSERT_GT(seen.size(), 50);
    for (int number : seen)
        EXPECT_TRUE(catalog.contains(number)) << number << " is raised but not in the catalog";
    for (int number : catalog) {
        EXPECT_TRUE(sources.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(number))))
            << number << " is in the catalog but nothing raises it";
    }
}

TEST(MessageCatalog, PlaceholdersAreNumberedInOrder)
{
    EXPECT_EQ(numbered(QStringLiteral(
                  "%hs successfully processed %I64d pages in %d.%03d seconds (%d.%03d MB/sec).")),
              QStringLiteral("%1 successfully processed %2 pages in %3 seconds (%4 MB/sec)."));
    EXPECT_EQ(numbered(QStringLiteral("completion: %d%%.")), QStringLiteral("completion: %1%."));
    EXPECT_EQ(
        SqlMessages::text(217, {QStringLiteral("32")}),
        QStringLiteral("Maximum stored procedure, function, trigger, or view nesting level exceeded (limit "
                       "32)."));
}
