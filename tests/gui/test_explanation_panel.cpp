// The trainee's explanation panel: every page has all three sections with the page's key facts, in English
// and after a switch to German, and it reads in a side panel 320 px wide without sideways scrolling.
#include "backend/run/procedure.h"
#include "eventually.h"
#include "translations/languageswitcher.h"
#include "wizard/failbackwizard.h"
#include "wizard/widgets/explanationpanel.h"
#include "wizard/widgets/trainingnotes.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>

using pchat::ExplanationPanel;
using pchat::FailbackWizard;
using pchat::LanguageSwitcher;
using pchat::TrainingNote;
using pchat::TrainingNotes;

namespace {

struct PageFacts
{
    int pageId;
    const char* name;
    // Phrases the rendered text must contain: the facts a trainee must take away from the page.
    QStringList facts;
};

const QList<PageFacts>& allPages()
{
    static const QList<PageFacts> pages{
        {FailbackWizard::WelcomePageId,
         "welcome",
         {QStringLiteral("FailedOver"), QStringLiteral("Topology Builder"), QStringLiteral("mgccomp"),
          QStringLiteral("no new mirror or backup servers")}},
        {FailbackWizard::EnvironmentPageId,
         "environment",
         {QStringLiteral("log-shipping share"), QStringLiteral("\\\\FS01\\PChatLogShip"),
          QStringLiteral("Get-CsService -PersistentChatServer"), QStringLiteral("Msg 18456"),
          QStringLiteral("PChatServerCollection")}},
        {FailbackWizard::PreflightPageId,
         "preflight",
         {QStringLiteral("xp_fileexist"), QStringLiteral("sys.dm_server_services"),
          QStringLiteral("SQL Server Agent"), QStringLiteral("Msg 32015"), QStringLiteral("Msg 3101")}},
        {FailbackWizard::ClearActiveServersPageId,
         "clear-active-servers",
         {QStringLiteral("Set-CsPersistentChatActiveServer"), QStringLiteral("-ActiveServers $Null"),
          QStringLiteral("read access to the network share"),
          QStringLiteral("write access to the local folder"), QStringLiteral("SQL Server Agent"),
          QStringLiteral("CommandNotFoundException")}},
        {FailbackWizard::RemoveMirroringPageId,
         "remove-mirroring",
         {QStringLiteral("SET PARTNER OFF"), QStringLiteral("mgccomp"), QStringLiteral("Remove Mirroring"),
          QStringLiteral("Msg 1416"), QStringLiteral("Msg 3104"), QStringLiteral("sys.database_mirroring")}},
        {FailbackWizard::BackupPageId,
         "backup",
         {QStringLiteral("BACKUP DATABASE [mgc]"), QStringLiteral("Full"), QStringLiteral("Back Up Database"),
          QStringLiteral("Msg 3201"), QStringLiteral("Operating system error 5(Access is denied.)"),
          QStringLiteral("percent processed.")}},
        {FailbackWizard::RestorePageId,
         "restore",
         {QStringLiteral("WITH REPLACE"), QStringLiteral("RESTORE WITH RECOVERY"), QStringLiteral("Msg 3101"),
          QStringLiteral("Exclusive access could not be obtained because the database is in use."),
          QStringLiteral("Close existing connections"), QStringLiteral("Specify Backup"),
          QStringLiteral("Msg 15517")}},
        {FailbackWizard::LogShippingPageId,
         "log-shipping",
         {QStringLiteral("share"), QStringLiteral("SQL Server Agent account of the backup instance"),
          QStringLiteral("copy folder"), QStringLiteral("WITH NORECOVERY"),
          QStringLiteral("sp_add_log_shipping_primary_database"), QStringLiteral("LSCopy"),
          QStringLiteral("Msg 32015"), QStringLiteral("Msg 22022")}},
        {FailbackWizard::SetActiveServersPageId,
         "set-active-servers",
         {QStringLiteral("Set-CsPersistentChatActiveServer"), QStringLiteral("@{Add="),
          QStringLiteral("same data center as the new primary database"),
          QStringLiteral("low-latency, high-bandwidth")}},
        {FailbackWizard::PoolNormalPageId,
         "pool-normal",
         {QStringLiteral("Set-CsPersistentChatState"), QStringLiteral("-PoolState Normal"),
          QStringLiteral("Get-CsPersistentChatState"), QStringLiteral("PoolState : Normal"),
          QStringLiteral("Management object not found")}},
        {FailbackWizard::SummaryPageId,
         "summary",
         {QStringLiteral("Export scripts"), QStringLiteral("Transaction Log Shipping Status"),
          QStringLiteral("14420")}},
    };
    return pages;
}

QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QTextBrowser* textOf(ExplanationPanel& panel)
{
    return panel.findChild<QTextBrowser*>(QStringLiteral("explanationText"));
}

class ExplanationPanelTest : public testing::TestWithParam<PageFacts>
{
protected:
    void TearDown() override
    {
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }
};

} // namespace

TEST_P(ExplanationPanelTest, NoteHasAllThreeSections)
{
    const TrainingNote note = TrainingNotes::forPage(GetParam().pageId);
    EXPECT_FALSE(plainText(note.whatAndWhy).trimmed().isEmpty());
    EXPECT_FALSE(plainText(note.whatYouWouldSee).trimmed().isEmpty());
    ASSERT_FALSE(note.whatCanGoWrong.isEmpty());
    for (const TrainingNote::Pitfall& pitfall : note.whatCanGoWrong) {
        EXPECT_FALSE(plainText(pitfall.symptom).trimmed().isEmpty());
        EXPECT_FALSE(plainText(pitfall.remedy).trimmed().isEmpty()) << pitfall.symptom.toStdString();
    }
}

TEST_P(ExplanationPanelTest, EnglishPanelShowsTheHeadingsAndTheKeyFacts)
{
    ExplanationPanel panel;
    EXPECT_EQ(panel.objectName(), QStringLiteral("explanationPanel"));
    panel.show();
    panel.setPage(GetParam().pageId);
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    QTextBrowser* text = textOf(panel);
    ASSERT_NE(text, nullptr);
    const QString shown = text->toPlainText();
    for (const char* heading :
         {"What this step does and why", "What SSMS / the Lync shell would show", "What can go wrong"})
        EXPECT_TRUE(shown.contains(QLatin1String(heading))) << heading;
    for (const QString& fact : GetParam().facts)
        EXPECT_TRUE(shown.contains(fact)) << GetParam().name << ": " << fact.toStdString();
    // Each section has text of its own between the headings.
    const qsizetype why = shown.indexOf(QLatin1String("What this step does and why"));
    const qsizetype see = shown.indexOf(QLatin1String("What SSMS / the Lync shell would show"));
    const qsizetype wrong = shown.indexOf(QLatin1String("What can go wrong"));
    EXPECT_GT(see - why, 100);
    EXPECT_GT(wrong - see, 100);
    EXPECT_GT(shown.size() - wrong, 100);
}

TEST_P(ExplanationPanelTest, ReRendersOnLanguageChange)
{
    ExplanationPanel panel;
    panel.show();
    panel.setPage(GetParam().pageId);
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    QTextBrowser* text = textOf(panel);
    ASSERT_NE(text, nullptr);
    const QString english = text->toPlainText();
    // Emptied by hand, so that only a new rendering can fill it again.
    text->clear();
    LanguageSwitcher::instance().apply(QStringLiteral("de"));
    // The change arrives as an event; the panel is current again once it has rendered the new language.
    PCHAT_TRY_VERIFY(panel.isCurrent() && !text->toPlainText().isEmpty(), 2000);
    const QString german = text->toPlainText();
    EXPECT_FALSE(german.trimmed().isEmpty());
    // Once the lead has merged the German catalog, the panel must actually read German.
    const QString heading = QCoreApplication::translate("pchat::ExplanationPanel", "What can go wrong");
    if (heading != QLatin1String("What can go wrong")) {
        EXPECT_TRUE(german.contains(heading));
        EXPECT_NE(german, english);
    }

    text->clear();
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    PCHAT_TRY_VERIFY(panel.isCurrent() && !text->toPlainText().isEmpty(), 2000);
    EXPECT_EQ(text->toPlainText(), english);
}

TEST_P(ExplanationPanelTest, ReadsInANarrowSidePanelWithoutScrollingSideways)
{
    ExplanationPanel panel;
    panel.setPage(GetParam().pageId);
    panel.resize(320, 700);
    panel.show();
    QApplication::processEvents();
    QTextBrowser* text = textOf(panel);
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->horizontalScrollBar()->maximum(), 0) << GetParam().name;
    // No line of the laid-out document is wider than the viewport.
    EXPECT_LE(text->document()->size().width(), text->viewport()->width() + 1) << GetParam().name;
    // The text is long enough to scroll, and does.
    EXPECT_GT(text->verticalScrollBar()->maximum(), 0);

    // For a developer to look at: PCHAT_EXPLANATION_SHOTS=/tmp/explain writes each page as a PNG.
    const QString shots = qEnvironmentVariable("PCHAT_EXPLANATION_SHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        const QString base = QDir(shots).filePath(QString::fromLatin1(GetParam().name));
        EXPECT_TRUE(panel.grab().save(base + QStringLiteral("-320.png")));
        panel.resize(640, 700);
        QApplication::processEvents();
        EXPECT_TRUE(panel.grab().save(base + QStringLiteral("-640.png")));
    }
}

// Both procedures' wizards read their notes from one table: a failover page shows the failover's note, never
// the failback's note of the page with the same id. Environment and Summary tell each procedure's story (the
// failover's Summary read "the primary instance serves mgc" once) and share how to connect and export.
TEST(TrainingNotes, EachProcedureShowsItsOwnNoteOnEveryPage)
{
    const pchat::Procedure& failback = pchat::Procedure::failback();
    const pchat::Procedure& failover = pchat::Procedure::failover();
    const auto text = [](const pchat::Procedure& procedure, int pageId) {
        return TrainingNotes::forPage(procedure, pageId).whatAndWhy;
    };
    for (int index = 0; index < failover.actions().size(); ++index) {
        const int pageId = FailbackWizard::actionPageId(index);
        const pchat::StepId step = failover.actions().at(index).id;
        EXPECT_EQ(text(failover, pageId), TrainingNotes::forStep(step).whatAndWhy) << pageId;
        EXPECT_FALSE(text(failover, pageId).isEmpty()) << pageId;
        EXPECT_NE(text(failover, pageId), text(failback, pageId)) << pageId;
    }
    EXPECT_NE(text(failover, FailbackWizard::WelcomePageId), text(failback, FailbackWizard::WelcomePageId));
    EXPECT_NE(text(failover, FailbackWizard::PreflightPageId),
              text(failback, FailbackWizard::PreflightPageId));
    EXPECT_NE(text(failover, FailbackWizard::EnvironmentPageId),
              text(failback, FailbackWizard::EnvironmentPageId));
    EXPECT_EQ(TrainingNotes::forPage(failover, FailbackWizard::EnvironmentPageId).whatYouWouldSee,
              TrainingNotes::forPage(failback, FailbackWizard::EnvironmentPageId).whatYouWouldSee);
    const int summary = FailbackWizard::actionPageId(int(failover.actions().size()));
    EXPECT_FALSE(text(failover, summary).isEmpty());
    EXPECT_NE(text(failover, summary), text(failback, FailbackWizard::SummaryPageId));
    EXPECT_TRUE(text(failover, summary).contains(QStringLiteral("FailedOver")));
    EXPECT_EQ(TrainingNotes::forPage(failover, summary).whatCanGoWrong.constFirst().symptom,
              TrainingNotes::forPage(failback, summary).whatCanGoWrong.constFirst().symptom);
    EXPECT_TRUE(TrainingNotes::forPage(failover, summary + 1).isEmpty());
    EXPECT_TRUE(TrainingNotes::forStep(pchat::StepId::Preflight).isEmpty());
}

TEST(ExplanationPanel, UnknownPageShowsAPlainMessage)
{
    EXPECT_TRUE(TrainingNotes::forPage(-1).isEmpty());
    EXPECT_TRUE(TrainingNotes::forPage(FailbackWizard::SummaryPageId + 1).isEmpty());
    ExplanationPanel panel;
    panel.show();
    panel.setPage(-1);
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    QTextBrowser* text = textOf(panel);
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(text->toPlainText().trimmed().isEmpty());
}

TEST(ExplanationPanel, AHiddenPanelRendersOnlyWhenItIsShown)
{
    QWidget window;
    auto* panel = new ExplanationPanel(&window);
    window.show();
    panel->setPage(FailbackWizard::RestorePageId);
    PCHAT_TRY_VERIFY(panel->isCurrent(), 2000);
    QTextBrowser* text = textOf(*panel);
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->toPlainText().contains(QLatin1String("RESTORE")));
    // Behind another tab: page changes and language switches are only remembered.
    panel->hide();
    panel->setPage(FailbackWizard::LogShippingPageId);
    EXPECT_FALSE(text->toPlainText().contains(QLatin1String("sp_add_log_shipping_primary_database")));
    LanguageSwitcher::instance().apply(QStringLiteral("de"));
    QApplication::processEvents();
    EXPECT_FALSE(text->toPlainText().contains(QLatin1String("sp_add_log_shipping_primary_database")));
    // Shown again, it shows the page and language it was last given.
    panel->show();
    const QString shown = text->toPlainText();
    const QString heading = QCoreApplication::translate("pchat::ExplanationPanel", "What can go wrong");
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_TRUE(shown.contains(QLatin1String("sp_add_log_shipping_primary_database")));
    EXPECT_NE(heading, QLatin1String("What can go wrong"));
    EXPECT_TRUE(shown.contains(heading)) << shown.toStdString();
}

TEST(ExplanationPanel, ANewPageStartsAtTheTop)
{
    ExplanationPanel panel;
    panel.resize(320, 400);
    panel.show();
    panel.setPage(FailbackWizard::RestorePageId);
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    QTextBrowser* text = textOf(panel);
    ASSERT_NE(text, nullptr);
    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
    panel.setPage(FailbackWizard::LogShippingPageId);
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    EXPECT_EQ(text->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(text->toPlainText().contains(QLatin1String("sp_add_log_shipping_primary_database")));
}

// A shown panel renders a new page on the pass after the window's paint, not inside the click that changed
// the page: the Next and the explanation are two short stalls of the UI thread instead of one long one.
TEST(ExplanationPanel, AShownPanelRendersANewPageAfterTheClick)
{
    ExplanationPanel panel;
    panel.show();
    panel.setPage(FailbackWizard::RestorePageId);
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    QTextBrowser* text = textOf(panel);
    ASSERT_NE(text, nullptr);
    panel.setPage(FailbackWizard::LogShippingPageId);
    EXPECT_FALSE(panel.isCurrent());
    EXPECT_FALSE(text->toPlainText().contains(QLatin1String("sp_add_log_shipping_primary_database")));
    PCHAT_TRY_VERIFY(panel.isCurrent(), 2000);
    EXPECT_TRUE(text->toPlainText().contains(QLatin1String("sp_add_log_shipping_primary_database")));
}

INSTANTIATE_TEST_SUITE_P(EveryPage, ExplanationPanelTest, testing::ValuesIn(allPages()),
                         [](const testing::TestParamInfo<PageFacts>& info) {
                             QString name = QString::fromLatin1(info.param.name);
                             name.remove(u'-');
                             return name.toStdString();
                         });
