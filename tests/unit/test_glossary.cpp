// The German translation keeps to translations/glossary.md: no form the glossary lists under "Forms to avoid",
// no ASCII double quotes as quotation marks in German prose, and no unfinished entry.
#include <gtest/gtest.h>

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QString sourceDir() { return QStringLiteral(PCHAT_SOURCE_DIR); }

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

std::vector<TsMessage> readTs(const QString& path, QString* error)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    bool inMessage = false;
    bool numerus = false;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                message = TsMessage{};
                message.context = context;
            } else if (name == QLatin1String("source") && inMessage) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.push_back(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The forms in backticks in the column "Forms to avoid" of every table in the glossary.
QStringList avoidedForms(const QString& glossary)
{
    QStringList forms;
    int column = -1;
    static const QRegularExpression separatorRow(QStringLiteral("^\\|[\\s|:-]+\\|?$"));
    static const QRegularExpression backticked(QStringLiteral("`([^`]+)`"));
    for (const QString& rawLine : glossary.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            column = -1; // a table ended
            continue;
        }
        QString inner = line.mid(1);
        if (inner.endsWith(QLatin1Char('|')))
            inner.chop(1);
        const QStringList cells = inner.split(QLatin1Char('|'));
        if (column < 0) {
            for (int i = 0; i < cells.size(); ++i) {
                if (cells.at(i).trimmed().startsWith(QLatin1String("Forms to avoid"), Qt::CaseInsensitive))
                    column = i;
            }
            continue;
        }
        if (separatorRow.match(line).hasMatch() || column >= cells.size())
            continue;
        auto it = backticked.globalMatch(cells.at(column));
        while (it.hasNext())
            forms << it.next().captured(1);
    }
    return forms;
}

// SSMS in German prints the header of a server message as "Meldung 3013, Ebene 16"; the rest stays as sent.
QString withGermanMessageHeader(QString source)
{
    static const QRegularExpression msg(QStringLiteral("\\bMsg (\\d+)"));
    static const QRegularExpression level(QStringLiteral("\\bLevel (\\d+)"));
    source.replace(msg, QStringLiteral("Meldung \\1"));
    source.replace(level, QStringLiteral("Ebene \\1"));
    return source;
}

// The German prose of a translation: quoted server, shell or code text in <i>, <code> or <pre> that the English
// source quotes the same way is left out, and so are the HTML tags themselves (with their attributes).
QString proseOf(const QString& translation, const QString& source)
{
    static const QRegularExpression quotedElement(QStringLiteral("<(i|code|pre)>(.*?)</\\1>"),
                                                  QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^<>]*>"));
    const QString germanHeaderSource = withGermanMessageHeader(source);
    QString prose;
    int from = 0;
    auto it = quotedElement.globalMatch(translation);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString inner = match.captured(2);
        prose += translation.mid(from, match.capturedStart() - from);
        const bool verbatim = source.contains(inner) || germanHeaderSource.contains(inner);
        prose += verbatim ? QStringLiteral(" ") : match.captured();
        from = match.capturedEnd();
    }
    prose += translation.mid(from);
    return prose.replace(tag, QStringLiteral(" "));
}

const QRegularExpression& wholeForm(const QString& form)
{
    static QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(form);
    if (it == compiled.end()) {
        it = compiled.insert(form, QRegularExpression(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(form) +
                                                          QStringLiteral("(?!\\w)"),
                                                      QRegularExpression::UseUnicodePropertiesOption));
    }
    return *it;
}

// Avoided forms in the prose, case-sensitive and as whole words or phrases.
QStringList avoidedFormsIn(const QString& translation, const QString& source, const QStringList& forms)
{
    QStringList found;
    const QString prose = proseOf(translation, source);
    for (const QString& form : forms) {
        if (wholeForm(form).match(prose).hasMatch())
            found << form;
    }
    return found;
}

// ASCII double quotes in the prose. Allowed are a quoted literal that the English source has with the same quotes
// (PowerShell or T-SQL text such as "service: pool"; never a bare placeholder like "%1"), and a lone " between spaces
// where the source names the character itself (a list of characters Windows forbids).
QStringList asciiQuotesIn(const QString& translation, const QString& source)
{
    static const QRegularExpression pair(QStringLiteral("\"([^\"\\n]*)\""));
    static const QRegularExpression placeholdersOnly(QStringLiteral("^(\\s|%\\d|%n)*$"));
    const QString prose = proseOf(translation, source);
    QString rest;
    QStringList found;
    int from = 0;
    auto it = pair.globalMatch(prose);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        rest += prose.mid(from, match.capturedStart() - from);
        const bool literal = source.contains(match.captured()) && !placeholdersOnly.match(match.captured(1)).hasMatch();
        if (literal)
            rest += QLatin1Char(' ');
        else {
            found << match.captured();
            rest += QStringLiteral("  ");
        }
        from = match.capturedEnd();
    }
    rest += prose.mid(from);
    for (int i = rest.indexOf(QLatin1Char('"')); i >= 0; i = rest.indexOf(QLatin1Char('"'), i + 1)) {
        const bool alone = (i == 0 || rest.at(i - 1).isSpace()) && (i + 1 == rest.size() || rest.at(i + 1).isSpace());
        if (!(alone && source.contains(QStringLiteral(" \" "))))
            found << rest.mid(qMax(0, i - 20), 40).simplified();
    }
    return found;
}

QString describe(const TsMessage& message, const QString& translation)
{
    return QStringLiteral("[%1] \"%2\"\n  German: %3")
        .arg(message.context, message.source.left(90).simplified(), translation.left(160).simplified());
}

class GermanTranslation : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QString error;
        s_messages = readTs(sourceDir() + QStringLiteral("/translations/pchat-failback_de.ts"), &error);
        s_error = error;
        s_forms = avoidedForms(readText(sourceDir() + QStringLiteral("/translations/glossary.md")));
    }
    static std::vector<TsMessage> s_messages;
    static QString s_error;
    static QStringList s_forms;
};

std::vector<TsMessage> GermanTranslation::s_messages;
QString GermanTranslation::s_error;
QStringList GermanTranslation::s_forms;

} // namespace

TEST(GlossaryChecker, ReadsTheAvoidColumnOfEveryTable)
{
    const QString glossary = QStringLiteral("Intro `NotAForm`\n\n"
                                            "| English | German | Source | Forms to avoid |\n"
                                            "|---|---|---|---|\n"
                                            "| screenshot | Bildschirmfoto | project | `Screenshot`, `Screenshots` |\n"
                                            "| run | Durchlauf | `NotInTheColumn` | `Lauf` |\n"
                                            "\nText `AlsoNot`\n");
    EXPECT_EQ(avoidedForms(glossary),
              (QStringList{QStringLiteral("Screenshot"), QStringLiteral("Screenshots"), QStringLiteral("Lauf")}));
}

TEST(GlossaryChecker, MatchesWholeWordsCaseSensitivelyInProseOnly)
{
    const QStringList forms{QStringLiteral("Screenshot"), QStringLiteral("Training"), QStringLiteral("Lauf"),
                            QStringLiteral("Login"), QStringLiteral("Msg")};
    EXPECT_EQ(avoidedFormsIn(QStringLiteral("Ein Screenshot-Ordner"), QString(), forms),
              QStringList{QStringLiteral("Screenshot")});
    EXPECT_TRUE(avoidedFormsIn(QStringLiteral("Bildschirmfoto"), QString(), forms).isEmpty());
    EXPECT_TRUE(avoidedFormsIn(QStringLiteral("Mit --training: Ablauf, läuft"), QString(), forms).isEmpty());
    EXPECT_EQ(avoidedFormsIn(QStringLiteral("Der Lauf endet."), QString(), forms), QStringList{QStringLiteral("Lauf")});
    // Server output quoted as the source quotes it, with SSMS's German header, is not German prose.
    EXPECT_TRUE(avoidedFormsIn(QStringLiteral("<i>Meldung 18456, Ebene 14: Login failed for user 'sa'.</i>"),
                               QStringLiteral("<i>Msg 18456, Level 14: Login failed for user 'sa'.</i>"), forms)
                    .isEmpty());
    // ... but the English header itself, or an English word in German prose, is.
    EXPECT_EQ(avoidedFormsIn(QStringLiteral("Fehler: Msg 3101"), QStringLiteral("Error: Msg 3101"), forms),
              QStringList{QStringLiteral("Msg")});
    EXPECT_EQ(avoidedFormsIn(QStringLiteral("<i>Der Login schlug fehl.</i>"),
                             QStringLiteral("<i>The login failed.</i>"), forms),
              QStringList{QStringLiteral("Login")});
}

TEST(GlossaryChecker, RejectsAsciiQuotationMarksButNotQuotedCode)
{
    EXPECT_FALSE(asciiQuotesIn(QStringLiteral("die Liste \"Aktiver Server\""), QStringLiteral("the Active Server list"))
                     .isEmpty());
    EXPECT_FALSE(asciiQuotesIn(QStringLiteral("Unbekannte Sprache \"%1\""), QStringLiteral("Unknown language \"%1\""))
                     .isEmpty());
    EXPECT_FALSE(asciiQuotesIn(QStringLiteral("ein \" allein"), QStringLiteral("alone")).isEmpty());
    EXPECT_TRUE(asciiQuotesIn(QStringLiteral("die Liste „Aktiver Server“"), QString()).isEmpty());
    EXPECT_TRUE(asciiQuotesIn(QStringLiteral("sogar \"service: pool\""), QStringLiteral("even \"service: pool\""))
                    .isEmpty());
    EXPECT_TRUE(asciiQuotesIn(QStringLiteral("<code>\"service: pool\"</code>"),
                              QStringLiteral("<code>\"service: pool\"</code>"))
                    .isEmpty());
    EXPECT_TRUE(asciiQuotesIn(QStringLiteral("<a href=\"x.html\">Bericht</a>"), QStringLiteral("<a href=\"x.html\">Report</a>"))
                    .isEmpty());
    EXPECT_TRUE(asciiQuotesIn(QStringLiteral("Entfernen Sie ? \" < > aus"), QStringLiteral("Remove ? \" < > from"))
                    .isEmpty());
}

TEST_F(GermanTranslation, IsReadable)
{
    EXPECT_TRUE(s_error.isEmpty()) << qPrintable(s_error);
    EXPECT_GT(s_messages.size(), 1000u);
    EXPECT_TRUE(s_forms.contains(QStringLiteral("Screenshot"))) << "translations/glossary.md lists no forms to avoid";
}

TEST_F(GermanTranslation, HasNoUnfinishedEntry)
{
    for (const TsMessage& message : s_messages) {
        EXPECT_FALSE(message.unfinished) << qPrintable(describe(message, message.translations.value(0)));
        for (const QString& translation : message.translations)
            EXPECT_FALSE(translation.isEmpty()) << qPrintable(describe(message, translation));
    }
}

TEST_F(GermanTranslation, UsesNoFormTheGlossaryAvoids)
{
    for (const TsMessage& message : s_messages) {
        for (const QString& translation : message.translations) {
            const QStringList found = avoidedFormsIn(translation, message.source, s_forms);
            EXPECT_TRUE(found.isEmpty()) << "avoided form " << qPrintable(found.join(QStringLiteral(", "))) << " in "
                                         << qPrintable(describe(message, translation));
        }
    }
}

TEST_F(GermanTranslation, QuotesGermanProseWithGermanQuotationMarks)
{
    for (const TsMessage& message : s_messages) {
        for (const QString& translation : message.translations) {
            const QStringList found = asciiQuotesIn(translation, message.source);
            EXPECT_TRUE(found.isEmpty()) << "ASCII quotes (use „…“) at " << qPrintable(found.join(QStringLiteral(" | ")))
                                         << " in " << qPrintable(describe(message, translation));
        }
    }
}
