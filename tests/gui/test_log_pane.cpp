// The operator's log pane: each line in its level's colour, a server's text shown as it came (never as
// markup), the pane following new lines unless the operator scrolled up, and the oldest lines dropped.
#include "backend/log/operatorlog.h"
#include "wizard/widgets/logpane.h"

#include <gtest/gtest.h>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <spdlog/common.h>

using pchat::LogPane;

namespace {

const QDateTime at(QDate(2026, 12, 5), QTime(21, 7, 9));

QTextCharFormat formatOfLastLine(const LogPane& pane)
{
    QTextCursor cursor(pane.document()->lastBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    return cursor.charFormat();
}

// Shows the pane small, with count lines: more than it can show at once.
void showWithLines(LogPane& pane, int count)
{
    pane.resize(300, 120);
    pane.show();
    for (int line = 0; line < count; ++line)
        pane.appendLine(at, spdlog::level::info, QStringLiteral("line %1").arg(line));
}

} // namespace

TEST(LogPane, ALineShowsTheServersTextLiterallyInItsLevelsColour)
{
    LogPane pane;
    const QString text = QStringLiteral("Msg 3201 <b>&amp; \"\\\\FS01\\Share\"</b>; DROP");
    pane.appendLine(at, spdlog::level::err, text);
    EXPECT_EQ(pane.document()->lastBlock().text(), QStringLiteral("21:07:09  ") + text);
    EXPECT_EQ(formatOfLastLine(pane).foreground().color(), QColor(0xb3, 0x26, 0x1e));

    pane.appendLine(at, spdlog::level::warn, QStringLiteral("slow"));
    EXPECT_EQ(formatOfLastLine(pane).foreground().color(), QColor(0x8a, 0x53, 0x00));

    // A plain line after a coloured one does not take on its colour.
    pane.appendLine(at, spdlog::level::info, QStringLiteral("Page opened: Vorabprüfungen"));
    EXPECT_EQ(pane.document()->lastBlock().text(), QStringLiteral("21:07:09  Page opened: Vorabprüfungen"));
    // It keeps the palette's text colour, also after a palette change.
    EXPECT_FALSE(formatOfLastLine(pane).hasProperty(QTextFormat::ForegroundBrush));
    // The note on the log file, then the three lines, one block each.
    EXPECT_EQ(pane.document()->blockCount(), 4);
}

TEST(LogPane, FollowsNewLinesUnlessScrolledUp)
{
    LogPane pane;
    showWithLines(pane, 60);
    QScrollBar* scroll = pane.verticalScrollBar();
    ASSERT_GT(scroll->maximum(), 0);
    EXPECT_EQ(scroll->value(), scroll->maximum());

    scroll->setValue(0);
    pane.appendLine(at, spdlog::level::info, QStringLiteral("one more"));
    EXPECT_EQ(scroll->value(), 0);
}

TEST(LogPane, KeepsTheNewestLinesAndStaysWhereTheOperatorScrolled)
{
    LogPane pane;
    showWithLines(pane, 2000);
    QScrollBar* scroll = pane.verticalScrollBar();
    scroll->setValue(scroll->maximum() / 2);
    const QString shown = pane.cursorForPosition(QPoint(5, 5)).block().text();
    pane.appendLine(at, spdlog::level::err, QStringLiteral("line 2000"));
    pane.appendLine(at, spdlog::level::info, QStringLiteral("line 2001"));
    EXPECT_EQ(pane.document()->blockCount(), 2000);
    EXPECT_EQ(pane.document()->lastBlock().text(), QStringLiteral("21:07:09  line 2001"));
    // The line at the top of the pane stays there while the oldest lines go.
    EXPECT_EQ(pane.cursorForPosition(QPoint(5, 5)).block().text(), shown);
}
